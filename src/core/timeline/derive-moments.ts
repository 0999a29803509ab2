import type { TimelineTag } from '../commands/command-types.ts';
import type { IssueSnapshot } from '../incident/issue.ts';
import {
  type Moment,
  type Moments,
  PHASES,
  type Phase,
  type TimelineEntry,
} from './timeline-types.ts';

/**
 * The metric moments, from the tagged entries or their automatic equivalents (issue 4, item 4),
 * and the entry that defines each, which gets the moment as a key.
 */
export function deriveMoments(all: TimelineEntry[], issue: IssueSnapshot): Moments {
  // Reopened after a false alarm, the incident starts again: its clocks run from the reopen,
  // and nothing before it (an /ack of the false alarm) counts.
  const restart = restartAfterFalseAlarm(all);
  const entries = restart ? all.filter((e) => Date.parse(e.at) >= Date.parse(restart.at)) : all;
  const opened = restart ?? entries.find((e) => e.kind === 'opened');
  const tagged = (tag: TimelineTag) => entries.filter((e) => e.tag === tag);
  const statuses = (status: string) => entries.filter((e) => e.status === status);

  const start = earliest([opened, ...tagged('start-time')]);
  const detected = earliest(tagged('impact-detected')) ?? opened;
  const acknowledged = earliest([
    ...entries.filter((e) => e.kind === 'ack'),
    ...tagged('response-initiated'),
  ]);
  const causeIdentified = earliest(tagged('cause-identified')) ?? earliest(statuses('identified'));
  const mitigating = earliest(statuses('mitigating'));
  const mitigated = earliest(tagged('impact-mitigated')) ?? earliest(statuses('monitoring'));

  // Only what happened since the last reopen can say the incident is resolved or closed.
  const reopened = latest(entries.filter((e) => e.kind === 'reopened'));
  const sinceReopen = (list: TimelineEntry[]) =>
    reopened ? list.filter((e) => Date.parse(e.at) >= Date.parse(reopened.at)) : list;
  const closedEntry =
    issue.state === 'closed'
      ? latest(sinceReopen(entries.filter((e) => e.kind === 'closed')))
      : undefined;
  const closedAt =
    closedEntry?.at ?? (issue.state === 'closed' ? (issue.closedAt ?? undefined) : undefined);
  const stated =
    latest(sinceReopen(tagged('end-time'))) ?? latest(sinceReopen(statuses('resolved')));
  // A resolution written down after the close was resolved by the close at the latest.
  const afterClose = stated && closedEntry && Date.parse(stated.at) > Date.parse(closedEntry.at);
  // A false alarm is closed, not resolved: nothing was broken.
  const closeResolves = closedEntry?.falseAlarm ? undefined : closedEntry;
  const resolved = (afterClose ? closeResolves : stated) ?? closeResolves;

  mark(start, 'start');
  mark(detected, 'detected');
  mark(acknowledged, 'acknowledged');
  mark(causeIdentified, 'cause-identified');
  mark(mitigated, 'mitigated');
  mark(resolved, 'resolved');
  mark(closedEntry, 'closed');

  return {
    start: start?.at ?? issue.createdAt,
    detected: detected?.at ?? start?.at ?? issue.createdAt,
    acknowledged: acknowledged?.at,
    causeIdentified: causeIdentified?.at,
    mitigationStarted: earliest([causeIdentified, mitigating])?.at,
    mitigated: mitigated?.at,
    resolved: resolved?.at ?? (closedEntry?.falseAlarm ? undefined : closedAt),
    closed: closedAt,
  };
}

/** Where each phase begins, in workflow order, leaving out unknown ones and any that go back in time. */
export function phaseBoundaries(moments: Moments): { phase: Phase; at: string }[] {
  const begins: Record<Phase, string | undefined> = {
    detection: moments.start,
    triage: moments.acknowledged,
    mitigation: moments.mitigationStarted,
    // Restoring service without a "monitoring" step still ends mitigation.
    resolution:
      moments.mitigated ?? (moments.resolved !== moments.closed ? moments.resolved : undefined),
    'post-incident': moments.closed,
  };
  const boundaries: { phase: Phase; at: string }[] = [];
  for (const phase of PHASES) {
    const at = begins[phase];
    const previous = boundaries.at(-1);
    if (at === undefined || (previous && Date.parse(at) < Date.parse(previous.at))) continue;
    boundaries.push({ phase, at });
  }
  return boundaries;
}

/** The phase the incident is in: the last one whose beginning is known. */
export function currentPhase(moments: Moments): Phase {
  return phaseBoundaries(moments).at(-1)?.phase ?? 'detection';
}

/** The last reopen that follows a close as not planned, if the incident had one. */
function restartAfterFalseAlarm(entries: TimelineEntry[]): TimelineEntry | undefined {
  let restart: TimelineEntry | undefined;
  let falseAlarm = false;
  for (const entry of entries) {
    if (entry.kind === 'closed') falseAlarm = entry.falseAlarm === true;
    else if (entry.kind === 'reopened' && falseAlarm) {
      restart = entry;
      falseAlarm = false;
    }
  }
  return restart;
}

function mark(entry: TimelineEntry | undefined, moment: Moment): void {
  if (entry && !entry.keys.includes(moment)) entry.keys.push(moment);
}

function earliest(list: (TimelineEntry | undefined)[]): TimelineEntry | undefined {
  let best: TimelineEntry | undefined;
  for (const entry of list) {
    if (entry && (!best || Date.parse(entry.at) < Date.parse(best.at))) best = entry;
  }
  return best;
}

function latest(list: (TimelineEntry | undefined)[]): TimelineEntry | undefined {
  let best: TimelineEntry | undefined;
  for (const entry of list) {
    if (entry && (!best || Date.parse(entry.at) >= Date.parse(best.at))) best = entry;
  }
  return best;
}

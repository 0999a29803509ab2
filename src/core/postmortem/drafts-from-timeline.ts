import type { Severity } from '../config/config.ts';
import { formatMinutesLong } from '../config/duration.ts';
import { impactFromBody } from '../incident/impact-from-body.ts';
import type { IssueSnapshot } from '../incident/issue.ts';
import { minutesBetween } from '../timeline/metrics.ts';
import type { Timeline, TimelineEntry } from '../timeline/timeline-types.ts';
import { parseIsoTime, utcClock, utcDay } from './dates.ts';
import type { PostmortemDrafts } from './facts.ts';

/** Root causes quoted in the draft: the latest ones said, never a wall of them. */
const MAX_CAUSES = 5;

/**
 * What the incident already says about the prose sections, so the draft does not ask people
 * again: the Summary from its record, the Impact from the issue body, the Root Cause from
 * `/status … | root cause …`, `/status identified` and `[cause identified]` entries, and the
 * Detection from the entry that detected it. Plain sentences; the filler marks them as drafts.
 */
export function draftsFromTimeline(
  timeline: Timeline,
  issue: IssueSnapshot,
  severity: Pick<Severity, 'id' | 'title'> | undefined,
  durationMinutes: number | null,
): PostmortemDrafts {
  return {
    summary: summaryOf(timeline, severity, durationMinutes),
    impact: impactFromBody(issue.body),
    rootCause: causesOf(timeline),
    detection: detectionOf(timeline),
  };
}

function summaryOf(
  timeline: Timeline,
  severity: Pick<Severity, 'id' | 'title'> | undefined,
  durationMinutes: number | null,
): string {
  const { moments, entries } = timeline;
  const level = severity
    ? `a ${severity.id.toUpperCase()} (${severity.title}) incident`
    : 'an incident';
  const end = moments.closed ?? moments.resolved;
  const lasted =
    durationMinutes !== null && end
      ? ` that lasted ${formatMinutesLong(Math.max(0, Math.round(durationMinutes)))}, ${span(moments.start, end)}`
      : `, from ${at(moments.start, undefined)} UTC`;
  const sentences = [`${timeline.incident.title}: ${level}${lasted}.`];
  const detected = entries.find((e) => e.keys.includes('detected'));
  if (detected) {
    const how =
      detected.kind === 'opened' ? 'opened the incident issue' : `reported: ${detected.text}`;
    sentences.push(`@${detected.actor} ${how} at ${at(detected.at, moments.start)}.`);
  }
  const acknowledged = entries.find((e) => e.keys.includes('acknowledged'));
  if (acknowledged)
    sentences.push(
      `@${acknowledged.actor} acknowledged it at ${at(acknowledged.at, moments.start)}.`,
    );
  const mitigated = entries.find((e) => e.keys.includes('mitigated'));
  if (mitigated)
    sentences.push(
      `Mitigated at ${at(mitigated.at, moments.start)}: ${sentence(said(timeline, mitigated))}`,
    );
  const resolved = entries.find((e) => e.keys.includes('resolved') && e.kind !== 'closed');
  if (resolved)
    sentences.push(
      `Resolved at ${at(resolved.at, moments.start)}: ${sentence(said(timeline, resolved))}`,
    );
  return sentences.join(' ');
}

function causesOf(timeline: Timeline): string[] {
  const causes: { at: string; actor: string; text: string }[] = [];
  for (const update of timeline.statusUpdates) {
    if (update.rootCause)
      causes.push({ at: update.at, actor: update.actor, text: update.rootCause });
  }
  for (const entry of timeline.entries) {
    if (entry.tag === 'cause-identified' || entry.status === 'identified') {
      causes.push({ at: entry.at, actor: entry.actor, text: said(timeline, entry) });
    }
  }
  const seen = new Set<string>();
  return causes
    .sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
    .filter((cause) => {
      const key = cause.text.trim().toLowerCase();
      if (key === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_CAUSES)
    .map(
      (cause) =>
        `${cause.text.trim().replace(/\.$/, '')} (@${cause.actor}, ${at(cause.at, timeline.moments.start)} UTC).`,
    );
}

function detectionOf(timeline: Timeline): string | undefined {
  const detected = timeline.entries.find((e) => e.keys.includes('detected'));
  if (!detected) return undefined;
  const when = `${at(detected.at, timeline.moments.start)} UTC`;
  const late = minutesBetween(timeline.moments.start, detected.at);
  const after = late > 0 ? `, ${formatMinutesLong(late)} after the start` : '';
  return detected.kind === 'opened'
    ? `Detected at ${when}${after}, when @${detected.actor} opened the incident issue.`
    : `Detected at ${when}${after}: ${sentence(detected.text)} (@${detected.actor})`;
}

/** What a person said in an entry: a status update's message without its status label. */
function said(timeline: Timeline, entry: TimelineEntry): string {
  if (entry.kind !== 'status') return entry.text;
  const update = timeline.statusUpdates.find(
    (u) => u.commentId === entry.commentId && u.status === entry.status && u.at === entry.at,
  );
  return update?.message ?? entry.text;
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** "10:30" on the incident's first day, "2024-01-16 01:10" on any other. */
function at(iso: string, start: string | undefined): string {
  const ms = parseIsoTime(iso);
  if (ms === undefined) return iso;
  const startMs = start ? parseIsoTime(start) : undefined;
  return startMs !== undefined && utcDay(startMs) === utcDay(ms)
    ? utcClock(ms)
    : `${utcDay(ms)} ${utcClock(ms)}`;
}

/** "from 10:00 to 12:34 UTC on 2024-01-15", or with both dates across days. */
function span(startIso: string, endIso: string): string {
  const start = parseIsoTime(startIso);
  const end = parseIsoTime(endIso);
  if (start === undefined || end === undefined) return `from ${startIso} to ${endIso}`;
  return utcDay(start) === utcDay(end)
    ? `from ${utcClock(start)} to ${utcClock(end)} UTC on ${utcDay(start)}`
    : `from ${utcDay(start)} ${utcClock(start)} to ${utcDay(end)} ${utcClock(end)} UTC`;
}

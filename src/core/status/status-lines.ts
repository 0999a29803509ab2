import type { PhrasingContent } from 'mdast';
import { statusLabel } from '../commands/command-types.ts';
import type { Config } from '../config/config.ts';
import { formatMinutesShort } from '../config/duration.ts';
import { code, field, text, userText } from '../markdown/nodes.ts';
import { neutralizeMentions, quietLogin, safeInline } from '../text/safe-text.ts';
import { formatInstant } from '../time/format-time.ts';
import { FALSE_ALARM } from '../timeline/capture-issue-event.ts';
import { describeMeasure, type Measure, minutesBetween } from '../timeline/metrics.ts';
import { FALSE_ALARM_METRICS } from '../timeline/render-metrics.ts';
import { PHASE_LABELS } from '../timeline/timeline-types.ts';
import { impactOf } from './impact-of.ts';
import type { StatusView } from './render-status-comment.ts';

/**
 * The status comment's fields, in the order an arriving responder asks: where are we (status,
 * latest update, ETA), what is broken, who is on it, how the clocks stand against the targets,
 * and when this was last updated. Deadlines that have passed say by how much, as of the last
 * refresh; a measure is shown as soon as its moment is known.
 */
export function statusLines(view: StatusView, config: Config): PhrasingContent[][] {
  const { severity, issue, state, deadlines, metrics } = view;
  const zone = config.timezone;
  const at = (iso: string) => formatInstant(iso, zone);
  const late = (iso: string) => formatMinutesShort(minutesBetween(iso, view.now.toISOString()));
  const active = state.open && metrics.moments.resolved === undefined;
  const sev = severity?.id.toUpperCase();

  const items: PhrasingContent[][] = [
    field('Incident', `${view.id}: ${safeInline(issue.title, 200)}`),
    severity
      ? field(
          'Severity',
          `${sev} (${severity.title})${severity.meaning ? `: ${severity.meaning}` : ''}`,
        )
      : field(
          'Severity',
          `none: add one of the labels ${config.severities.map((s) => s.label).join(', ')}`,
        ),
    state.falseAlarm
      ? field('Status', FALSE_ALARM)
      : field(
          'Status',
          `${statusLabel(state.status?.status)} (phase: ${PHASE_LABELS[state.phase]})`,
        ),
  ];
  if (state.status) {
    items.push(
      field(
        'Latest update',
        userText(state.status.message, 300),
        text(` (${quietLogin(state.status.actor)}, ${at(state.status.at)})`),
      ),
    );
  } else if (state.open) {
    items.push(
      field('Latest update', 'none yet (post one with ', code('/status <state> <update>'), ')'),
    );
  }
  if (active) {
    const etaPassed = view.eta !== undefined && view.now.getTime() > Date.parse(view.eta);
    items.push(
      field('ETA', view.eta ? `${at(view.eta)}${etaPassed ? ' (passed)' : ''}` : 'not known yet'),
    );
  }
  const impact = impactOf(issue.body);
  items.push(
    field(
      'Impact',
      impact
        ? safeInline(impact, 300)
        : 'not described yet: edit the issue description to say who is affected',
    ),
    state.roles.commander
      ? field('Commander', quietLogin(state.roles.commander))
      : field('Commander', 'none yet (assign one with ', code('/ic @user'), ')'),
  );
  if (state.roles.lead) items.push(field('Tech lead', quietLogin(state.roles.lead)));
  if (state.roles.scribe) items.push(field('Scribe', quietLogin(state.roles.scribe)));

  const acknowledgedAt = metrics.moments.acknowledged;
  if (acknowledgedAt !== undefined) {
    // Once acknowledged, the deadline is history: the line says who did it and when.
    const who = state.acknowledgedBy ? `by ${quietLogin(state.acknowledgedBy)} ` : '';
    items.push(field('Acknowledged', `${who}at ${at(acknowledgedAt)}`));
  } else if (state.falseAlarm) {
    // A false alarm missed no deadline: nothing to flag.
  } else if (!active) {
    // Resolved without anyone acknowledging: say so, without a breach that keeps growing.
    items.push(field('Acknowledged', `never (was due ${at(deadlines.acknowledgeBy)})`));
  } else {
    const target = formatMinutesShort(config.acknowledgeTargetMinutes);
    const breach = deadlines.acknowledgeOverdue
      ? `: breached by ${late(deadlines.acknowledgeBy)}`
      : '';
    items.push(
      field('Acknowledge by', `${at(deadlines.acknowledgeBy)}, ${target} after detection${breach}`),
    );
  }
  const measured: [string, Measure | undefined][] = [
    ['Time to acknowledge', metrics.timeToAcknowledge],
    ['Time to mitigate', metrics.timeToMitigate],
    ['Time to resolve', metrics.timeToResolve],
    ['Duration', metrics.duration],
  ];
  for (const [label, measure] of measured) {
    if (measure) items.push(field(label, describeMeasure(measure)));
  }
  if (metrics.falseAlarm) items.push(field('Metrics', FALSE_ALARM_METRICS));

  if (severity && active && deadlines.resolveBy) {
    const target = formatMinutesShort(severity.targetResolutionMinutes);
    const breach = deadlines.resolveOverdue ? `: breached by ${late(deadlines.resolveBy)}` : '';
    items.push(field('Resolve by', `${at(deadlines.resolveBy)}, ${sev} target ${target}${breach}`));
  }
  if (severity && deadlines.nextUpdateDue) {
    const every = formatMinutesShort(severity.updateEveryMinutes);
    const overdue = deadlines.updateOverdue ? `: overdue by ${late(deadlines.nextUpdateDue)}` : '';
    items.push(
      field('Next update due', `${at(deadlines.nextUpdateDue)}, every ${every}${overdue}`),
    );
  }
  if (severity && active) {
    const expected = [severity.response, severity.communication].filter(Boolean).join('; ');
    if (expected) items.push(field('Expected', expected));
  }
  // The path is shown when there is one; a missing path is the configuration's business, not
  // something to read in the middle of an incident.
  if (config.escalation.length > 0) items.push(field('Escalation', escalationPath(config)));
  items.push(field('Last updated', at(view.lastUpdatedAt)));
  return items;
}

function escalationPath(config: Config): string {
  return config.escalation
    .map(
      (l) =>
        `${l.level} ${neutralizeMentions(l.who)}${l.afterMinutes === undefined ? '' : ` after ${formatMinutesShort(l.afterMinutes)}`}`,
    )
    .join(' → ');
}

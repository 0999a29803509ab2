import type { List, PhrasingContent } from 'mdast';
import { bulletList, field, strong, text } from '../markdown/nodes.ts';
import { formatInstant } from '../time/format-time.ts';
import { type Deadlines, describeMeasure, type Measure, type Metrics } from './metrics.ts';

/** What a false alarm shows instead of its measures. */
export const FALSE_ALARM_METRICS = 'left out: closed as a false alarm (not planned)';

/** The moments and the four measures, each against its target, as a list. */
export function renderMetrics(metrics: Metrics, zone: string): List {
  const { moments } = metrics;
  const at = (iso: string | undefined) =>
    iso === undefined ? 'not yet' : formatInstant(iso, zone);
  const span = (measure: Measure | undefined) =>
    measure === undefined ? 'not yet known' : describeMeasure(measure);
  const times = [
    field('Start', at(moments.start)),
    field('Detected', at(moments.detected)),
    field('Acknowledged', at(moments.acknowledged)),
    field('Mitigated', at(moments.mitigated)),
    field('Resolved', at(moments.resolved)),
    field('Closed', at(moments.closed)),
  ];
  if (metrics.falseAlarm) return bulletList([...times, field('Metrics', FALSE_ALARM_METRICS)]);
  return bulletList([
    ...times,
    field('Time to acknowledge', span(metrics.timeToAcknowledge)),
    field('Time to mitigate', span(metrics.timeToMitigate)),
    field('Time to resolve', span(metrics.timeToResolve)),
    field('Duration', span(metrics.duration)),
  ]);
}

/**
 * What is due next while the incident is open; overdue items say so in bold. No running clock
 * (elapsed time) here: the comment must only change when something happens.
 */
export function renderDeadlines(deadlines: Deadlines, zone: string, acknowledged: boolean): List {
  const due = (iso: string, overdue: boolean): PhrasingContent[] =>
    overdue
      ? [text(`${formatInstant(iso, zone)} `), strong('overdue')]
      : [text(formatInstant(iso, zone))];
  const items: PhrasingContent[][] = [];
  if (!acknowledged)
    items.push(
      field('Acknowledge by', ...due(deadlines.acknowledgeBy, deadlines.acknowledgeOverdue)),
    );
  if (deadlines.resolveBy)
    items.push(field('Resolve by', ...due(deadlines.resolveBy, deadlines.resolveOverdue)));
  if (deadlines.nextUpdateDue) {
    items.push(
      field('Next status update due', ...due(deadlines.nextUpdateDue, deadlines.updateOverdue)),
    );
  }
  return bulletList(items);
}

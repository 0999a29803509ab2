import type { Heading, RootContent } from 'mdast';
import type { Config } from '../config/config.ts';
import { renderMarker } from '../markdown/marker.ts';
import { emphasis, paragraph, text } from '../markdown/nodes.ts';
import { toMarkdown } from '../markdown/to-markdown.ts';
import { computeDeadlines, computeMetrics } from './metrics.ts';
import { renderIncidentState } from './render-incident-state.ts';
import { renderDeadlines, renderMetrics } from './render-metrics.ts';
import { renderPhaseGantt } from './render-phase-gantt.ts';
import { renderTimelineTable } from './render-timeline-table.ts';
import type { Timeline, TimelineEntry } from './timeline-types.ts';

export interface TimelineCommentOptions {
  /** The incident's id ("INC-2024-001"), for the heading and the hidden marker. */
  incidentId: string;
  config: Config;
  /**
   * Only decides which deadlines show as overdue (the core never reads the clock). Nothing else
   * depends on it, so a refresh with no new events renders the same text and writes nothing.
   */
  now: Date;
}

/** GitHub refuses comments over 65,536 characters; stay well under it. */
export const MAX_TIMELINE_COMMENT_CHARS = 60_000;

/**
 * The one timeline comment of an incident, updated in place: state, table, metrics, phases.
 * A very long incident leaves out its oldest ordinary entries (never a key moment) to fit.
 */
export function renderTimelineComment(timeline: Timeline, options: TimelineCommentOptions): string {
  let shown = timeline.entries;
  for (;;) {
    const markdown = renderWith(timeline, shown, options);
    const droppable = shown.filter((entry) => entry.keys.length === 0).length;
    if (markdown.length <= MAX_TIMELINE_COMMENT_CHARS || droppable === 0) return markdown;
    shown = dropOldest(shown, Math.ceil(droppable / 4));
  }
}

function dropOldest(entries: TimelineEntry[], count: number): TimelineEntry[] {
  let left = count;
  return entries.filter((entry) => {
    if (left === 0 || entry.keys.length > 0) return true;
    left -= 1;
    return false;
  });
}

function renderWith(
  timeline: Timeline,
  entries: TimelineEntry[],
  options: TimelineCommentOptions,
): string {
  const { config, now } = options;
  const zone = config.timezone;
  const metrics = computeMetrics(timeline, config);
  const children: RootContent[] = [
    { type: 'html', value: renderMarker('timeline', { incident: options.incidentId }) },
    heading(3, `Timeline of ${options.incidentId}`),
    renderIncidentState(timeline.state),
    renderTimelineTable(entries, zone),
  ];
  const omitted = timeline.entries.length - entries.length;
  if (omitted > 0) {
    children.push(
      paragraph(
        emphasis(
          `${omitted} earlier ${omitted === 1 ? 'entry is' : 'entries are'} left out to fit GitHub's comment size limit; the issue's history has them all.`,
        ),
      ),
    );
  }
  children.push(heading(4, 'Metrics'), renderMetrics(metrics, zone));
  if (timeline.state.open) {
    const deadlines = computeDeadlines(timeline, config, now);
    children.push(
      heading(4, 'Deadlines'),
      renderDeadlines(deadlines, zone, timeline.moments.acknowledged !== undefined),
    );
  }
  const lastEventAt = timeline.entries.at(-1)?.at ?? timeline.moments.start;
  const gantt = renderPhaseGantt(timeline.moments, lastEventAt);
  if (gantt) children.push(heading(4, 'Phases'), gantt);
  const zones = zone === 'UTC' ? 'UTC' : `UTC and ${zone}`;
  children.push(
    paragraph(
      emphasis(
        `Times in ${zones}. Rebuilt from this issue's history on every change; add an event with "/timeline <what happened> | <HH:MM>", or see "/help".`,
      ),
    ),
  );
  return toMarkdown({ type: 'root', children });
}

function heading(depth: 3 | 4, value: string): Heading {
  return { type: 'heading', depth, children: [text(value)] };
}

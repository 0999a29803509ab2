import type { Heading, RootContent } from 'mdast';
import type { Config } from '../config/config.ts';
import { renderMarker } from '../markdown/marker.ts';
import { emphasis, paragraph, text } from '../markdown/nodes.ts';
import type { TableLines } from '../markdown/table-lines.ts';
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
 *
 * Linear in what is shown, not in the entries: rows are serialised once and remembered (see
 * table-lines.ts), and the entries to leave out are found by measuring rows from the newest
 * back until the comment is full, so the rows left out are never rendered at all.
 */
export function renderTimelineComment(timeline: Timeline, options: TimelineCommentOptions): string {
  const zone = options.config.timezone;
  let shown = fitting(timeline, options);
  let table = renderTimelineTable(shown, zone);
  for (;;) {
    const markdown = assemble(timeline, shown, table, options);
    const excess = markdown.length - MAX_TIMELINE_COMMENT_CHARS;
    if (excess <= 0 || !shown.some((entry) => entry.keys.length === 0)) return markdown;
    // The first row after a cut shows its date, and the note says how many are left out, so
    // the comment can come out a little longer than measured: leave out a few more.
    shown = dropOldest(shown, table.rows, excess);
    table = renderTimelineTable(shown, zone);
  }
}

/** Room for the note that says how many entries are left out. */
const OMISSION_NOTE_CHARS = 160;
/** Rows measured at a time while looking for where to cut. */
const MEASURE_CHUNK = 256;

/**
 * The entries that fit in the comment: every key moment, and the newest ordinary entries
 * whose rows fit in what is left, measured as the full table would show them.
 */
function fitting(timeline: Timeline, options: TimelineCommentOptions): TimelineEntry[] {
  const entries = timeline.entries;
  const zone = options.config.timezone;
  const empty = renderTimelineTable([], zone);
  const frame = assemble(timeline, entries, empty, options).length;
  const keyIndexes = entries.flatMap((entry, i) => (entry.keys.length > 0 ? [i] : []));
  const keyRows = renderTimelineTable(entries, zone, keyIndexes).rows;
  let left = MAX_TIMELINE_COMMENT_CHARS - frame - lineLengths(keyRows);
  const ordinary = entries.flatMap((entry, i) => (entry.keys.length === 0 ? [i] : []));
  // Walk back from the newest ordinary entry; `cut` ends as the oldest one kept.
  let cut = ordinary.length;
  while (cut > 0) {
    const chunk = ordinary.slice(Math.max(0, cut - MEASURE_CHUNK), cut);
    const lines = renderTimelineTable(entries, zone, chunk).rows;
    let i = lines.length;
    while (i > 0 && left - ((lines[i - 1]?.length ?? 0) + 1) >= 0) {
      i -= 1;
      left -= (lines[i]?.length ?? 0) + 1;
    }
    cut -= lines.length - i;
    if (i > 0) break;
  }
  if (cut === 0) return entries;
  // Some are left out after all: make room for the note that says so.
  left -= OMISSION_NOTE_CHARS;
  const rows = renderTimelineTable(entries, zone, ordinary.slice(cut)).rows;
  let k = 0;
  while (left < 0 && k < rows.length) {
    left += (rows[k]?.length ?? 0) + 1;
    k += 1;
  }
  const kept = new Set(ordinary.slice(cut + k));
  return entries.filter((entry, i) => entry.keys.length > 0 || kept.has(i));
}

function lineLengths(lines: string[]): number {
  return lines.reduce((sum, line) => sum + line.length + 1, 0);
}

/** Leaves out the oldest ordinary entries until `excess` characters of rows are gone. */
function dropOldest(shown: TimelineEntry[], lines: string[], excess: number): TimelineEntry[] {
  let left = excess;
  return shown.filter((entry, i) => {
    if (left <= 0 || entry.keys.length > 0) return true;
    left -= (lines[i]?.length ?? 0) + 1;
    return false;
  });
}

/** Where the table goes in the comment: it is serialised apart, row by row. */
const TABLE_SLOT = '<!-- incident-scribe:timeline-table -->';

function assemble(
  timeline: Timeline,
  entries: TimelineEntry[],
  table: TableLines,
  options: TimelineCommentOptions,
): string {
  const { config, now } = options;
  const zone = config.timezone;
  const metrics = computeMetrics(timeline, config);
  const children: RootContent[] = [
    { type: 'html', value: renderMarker('timeline', { incident: options.incidentId }) },
    heading(3, `Timeline of ${options.incidentId}`),
    renderIncidentState(timeline.state),
    { type: 'html', value: TABLE_SLOT },
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
  const rest = toMarkdown({ type: 'root', children });
  // The slot is an HTML block of its own line, so the table takes its place as a block.
  return rest.replace(TABLE_SLOT, () => [...table.head, ...table.rows].join('\n'));
}

function heading(depth: 3 | 4, value: string): Heading {
  return { type: 'heading', depth, children: [text(value)] };
}

import type { PhrasingContent, Table, TableCell, TableRow } from 'mdast';
import { TAG_LABELS } from '../commands/command-types.ts';
import { emphasis, strong, text, userText } from '../markdown/nodes.ts';
import { quietLogin } from '../text/safe-text.ts';
import { formatClock } from '../time/format-time.ts';
import { MOMENT_LABELS, type TimelineEntry } from './timeline-types.ts';

/**
 * The timeline as the reference post-mortem writes it, `| Time (UTC) | Event |`, with a column
 * in the configured zone when it is not UTC. A row shows its date only when the day changes.
 */
export function renderTimelineTable(entries: readonly TimelineEntry[], zone: string): Table {
  const zones = zone === 'UTC' ? ['UTC'] : ['UTC', zone];
  const header: TableRow = row([...zones.map((z) => [text(`Time (${z})`)]), [text('Event')]]);
  const lastDay = new Map<string, string>();
  const rows = entries.map((entry) => {
    const times = zones.map((z, column) => {
      const day = formatClock(entry.at, z, true).slice(0, 10);
      const clock = formatClock(entry.at, z, lastDay.get(z) !== day);
      lastDay.set(z, day);
      // A command's time links to the comment it came from, so the record can be checked.
      const linked = column === 0 && entry.url !== undefined && entry.source === 'command';
      const shown: PhrasingContent =
        linked && entry.url
          ? { type: 'link', url: entry.url, children: [text(clock)] }
          : text(clock);
      return [shown];
    });
    return row([...times, eventCell(entry)]);
  });
  return {
    type: 'table',
    align: zones.map(() => null).concat([null]),
    children: [header, ...rows],
  };
}

/** "**Acknowledged** · text — @actor"; a tag that defines no moment shows in italics. */
function eventCell(entry: TimelineEntry): PhrasingContent[] {
  const cell: PhrasingContent[] = [];
  if (entry.keys.length > 0) {
    cell.push(strong(entry.keys.map((key) => MOMENT_LABELS[key]).join(' · ')), text(' · '));
  } else if (entry.tag) {
    cell.push(emphasis(`[${TAG_LABELS[entry.tag].toLowerCase()}]`), text(' '));
  }
  cell.push(userText(entry.text), text(` — ${quietLogin(entry.actor)}`));
  return cell;
}

function row(cells: PhrasingContent[][]): TableRow {
  return {
    type: 'tableRow',
    children: cells.map((children): TableCell => ({ type: 'tableCell', children })),
  };
}

import type { PhrasingContent, TableCell, TableRow } from 'mdast';
import { TAG_LABELS } from '../commands/command-types.ts';
import { emphasis, strong, text, userText } from '../markdown/nodes.ts';
import { type TableLines, tableLines } from '../markdown/table-lines.ts';
import { quietLogin } from '../text/safe-text.ts';
import { wallClock } from '../time/format-time.ts';
import { MOMENT_LABELS, type TimelineEntry } from './timeline-types.ts';

/**
 * The timeline as the reference post-mortem writes it, `| Time (UTC) | Event |`, with a column
 * in the configured zone when it is not UTC. A row shows its date only when the day changes.
 * Serialised as lines, one per entry, so a long timeline can be cut to fit by counting; with
 * `only`, just the rows of those indexes (each still dated against the entry before it), so a
 * cut can be measured without rendering the rows it leaves out.
 */
export function renderTimelineTable(
  entries: readonly TimelineEntry[],
  zone: string,
  only?: Iterable<number>,
): TableLines {
  const zones = zone === 'UTC' ? ['UTC'] : ['UTC', zone];
  const header: TableRow = row([...zones.map((z) => [text(`Time (${z})`)]), [text('Event')]]);
  const indexes = only ? [...only] : entries.map((_, i) => i);
  const rows = indexes.map((i) => {
    const entry = entries[i] as TimelineEntry;
    const before = entries[i - 1];
    const times = zones.map((z, column) => {
      const local = wallClock(entry.at, z);
      const newDay = !before || wallClock(before.at, z).slice(0, 10) !== local.slice(0, 10);
      const clock = newDay ? `${local.slice(0, 10)} ${local.slice(11, 16)}` : local.slice(11, 16);
      // A command's time links to the comment it came from, so the record can be checked.
      const linked = column === 0 && entry.url !== undefined && entry.source === 'command';
      const shown: PhrasingContent =
        linked && entry.url
          ? { type: 'link', url: entry.url, children: [text(clock)] }
          : text(clock);
      return [shown];
    });
    const shown = row([...times, eventCell(entry)]);
    // The row itself is its key: whatever it shows, and nothing else, decides its line.
    return { key: JSON.stringify(shown), row: shown };
  });
  return tableLines(header, rows, [...zones.map(() => null), null]);
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

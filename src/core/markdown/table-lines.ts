import type { AlignType, TableRow } from 'mdast';
import { RecentMap } from '../recent-map.ts';
import { toMarkdown } from './to-markdown.ts';

/**
 * A GFM table serialised as lines, one per row, each row's line remembered by a key the caller
 * gives (a cache, not state: the key must name everything the row shows).
 *
 * Why: the serializer checks every text against each of its escaping rules, about 0.2 ms a
 * row, and the timeline table of a long incident is rebuilt on every event. Rows are
 * serialised independently (cells are not padded, and a cell's line breaks are escaped), so a
 * row's line can be reused; only new and changed rows go through the serializer, all of them
 * in one call.
 */
export interface KeyedRow {
  key: string;
  row: TableRow;
}

export interface TableLines {
  /** The header row and the delimiter row. */
  head: [string, string];
  /** One line per row, in order. */
  rows: string[];
}

/** Remembered rows (and headers); the least recently used are forgotten first. */
const remembered = new RecentMap<string, string>(20_000);

export function tableLines(header: TableRow, rows: KeyedRow[], align: AlignType[]): TableLines {
  const headKey = JSON.stringify([header, align]);
  const missing = rows.filter(({ key }) => !remembered.has(key));
  const known = remembered.has(headKey) && missing.length === 0;
  const [head1, head2, ...lines] = known
    ? ((remembered.get(headKey) as string).split('\n') as [string, string])
    : serialise(
        header,
        missing.map(({ row }) => row),
        align,
      );
  const fresh = new Map(missing.map(({ key }, i) => [key, lines[i] as string]));
  const out = rows.map(({ key }) => fresh.get(key) ?? (remembered.get(key) as string));
  for (const [key, line] of fresh) remembered.set(key, line);
  if (!known) remembered.set(headKey, `${head1}\n${head2}`);
  return { head: [head1 as string, head2 as string], rows: out };
}

function serialise(header: TableRow, rows: TableRow[], align: AlignType[]): string[] {
  const table = { type: 'table' as const, align, children: [header, ...rows] };
  const lines = toMarkdown({ type: 'root', children: [table] })
    .replace(/\n$/, '')
    .split('\n');
  // mdast-util-gfm-table escapes line breaks in cells, so each row is one line; a version
  // that did not would misplace rows, so say so rather than render a wrong record.
  if (lines.length !== rows.length + 2) throw new Error('a table row serialised to several lines');
  return lines;
}

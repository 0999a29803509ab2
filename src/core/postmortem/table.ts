import type { Table, TableCell, TableRow } from 'mdast';
import { plainText } from './parse-document.ts';
import { normalizeTitle } from './sections.ts';

/** A GFM table read as a header and body rows, with the cell text a reader sees. */
export interface TableView {
  node: Table;
  headers: string[];
  rows: RowView[];
}

export interface RowView {
  node: TableRow;
  line: number;
  cells: TableCell[];
  texts: string[];
}

/** Reads a table node; a table has at least its header row. */
export function readTable(node: Table): TableView {
  const [head, ...body] = node.children;
  return {
    node,
    headers: head ? head.children.map((cell) => plainText(cell).trim()) : [],
    rows: body.map((row) => ({
      node: row,
      line: row.position?.start.line ?? 0,
      cells: row.children,
      texts: row.children.map((cell) => plainText(cell).trim()),
    })),
  };
}

/** The header names real post-mortems use for each column the scribe reads, in normal form. */
export const COLUMN_NAMES = {
  id: ['id', '#', 'no', 'number', 'ref'],
  description: ['description', 'action', 'action item', 'task', 'item', 'what'],
  owner: ['owner', 'assignee', 'who', 'owners', 'assigned to', 'responsible'],
  due: ['due', 'due date', 'deadline', 'eta', 'target date', 'by when', 'due by'],
  time: ['time', 'time utc', 'utc', 'when', 'timestamp', 'date', 'date time', 'date and time'],
  event: ['event', 'events', 'what happened', 'description', 'action', 'details'],
  actor: ['who', 'by', 'actor', 'person'],
} as const;

export type ColumnRole = keyof typeof COLUMN_NAMES;

/** Which column plays which role (-1 when absent); each column plays at most one role. */
export function mapColumns<R extends ColumnRole>(
  headers: readonly string[],
  roles: readonly R[],
): Record<R, number> {
  const result = {} as Record<R, number>;
  const taken = new Set<number>();
  for (const role of roles) {
    const names: readonly string[] = COLUMN_NAMES[role];
    const index = headers.findIndex(
      (header, i) => !taken.has(i) && names.includes(headerKey(header)),
    );
    result[role] = index;
    if (index >= 0) taken.add(index);
  }
  return result;
}

/** A header in normal form for matching column names. */
export function headerKey(header: string): string {
  // "#" has no letters, so normalizeTitle would erase it; keep it as the name it is.
  const trimmed = header.trim();
  return trimmed === '#' ? '#' : normalizeTitle(trimmed);
}

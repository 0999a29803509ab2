import type { Table } from 'mdast';
import { type DueDate, parseDueDate } from './dates.ts';
import { incidentDay } from './front-matter.ts';
import {
  asRead,
  findSection,
  type PostmortemDocument,
  type ReadPostmortem,
  sectionContent,
} from './parse-document.ts';
import { mapColumns, type RowView, readTable, type TableView } from './table.ts';

/** One action item as `scribe action-items` reports it. */
export interface ActionItem {
  id: string;
  description: string;
  /** "@login" or "@org/team" as written (invisible joiners removed); null when empty. */
  owner: string | null;
  /** YYYY-MM-DD, or null when missing or unreadable. */
  due: string | null;
  line: number;
  /** Columns the scribe does not interpret (Priority, Type, Bug, Issue), by header. */
  fields: Record<string, string>;
}

export type ActionItemsResult =
  | { ok: true; found: boolean; items: ActionItem[] }
  | { ok: false; message: string };

const ROLES = ['id', 'description', 'owner', 'due'] as const;
export type ActionItemColumns = Record<(typeof ROLES)[number], number>;

/** The Action Items table and which column holds what. */
export interface ActionItemsTable {
  table: TableView;
  columns: ActionItemColumns;
}

/** An action item with what the linter needs to place its messages. */
export interface ActionItemRow extends ActionItem {
  row: RowView;
  dueText: string;
  dueResult: DueDate;
}

/** Reads the Action Items table of a post-mortem's text. */
export function parseActionItems(input: string | ReadPostmortem): ActionItemsResult {
  const read = asRead(input);
  if (!read.ok) {
    const where = read.line === undefined ? '' : `line ${read.line}: `;
    return { ok: false, message: `${where}${read.message}` };
  }
  const doc = read.doc;
  const found = findActionItemsTable(doc);
  if (!found) return { ok: true, found: false, items: [] };
  const items = readActionItemRows(found, incidentDay(doc)).map(
    ({ row, dueText, dueResult, ...item }) => item,
  );
  return { ok: true, found: true, items };
}

/**
 * The first table under the Action Items heading (or one of its other names); failing
 * that, the first table anywhere with a description and an owner column.
 */
export function findActionItemsTable(doc: PostmortemDocument): ActionItemsTable | undefined {
  const section = findSection(doc, 'action-items');
  const inSection = section
    ? sectionContent(doc.root, section).find((node): node is Table => node.type === 'table')
    : undefined;
  if (inSection) return withColumns(readTable(inSection));
  for (const node of doc.root.children) {
    if (node.type !== 'table') continue;
    const candidate = withColumns(readTable(node));
    if (candidate.columns.description >= 0 && candidate.columns.owner >= 0) return candidate;
  }
  return undefined;
}

/** Every non-blank row of the table as an action item. */
export function readActionItemRows(
  found: ActionItemsTable,
  incident: string | undefined,
): ActionItemRow[] {
  const { table, columns } = found;
  const cell = (row: RowView, index: number) => (index < 0 ? '' : (row.texts[index] ?? ''));
  return table.rows
    .filter((row) => row.texts.some((text) => text !== ''))
    .map((row, index) => {
      const owner = stripJoiners(cell(row, columns.owner));
      const dueText = cell(row, columns.due);
      const dueResult = parseDueDate(dueText, incident);
      return {
        id: columns.id < 0 ? String(index + 1) : cell(row, columns.id),
        description: cell(row, columns.description),
        owner: owner === '' ? null : owner,
        due: dueResult.ok ? dueResult.date : null,
        line: row.line,
        fields: extraFields(table, columns, row),
        row,
        dueText,
        dueResult,
      };
    });
}

function withColumns(table: TableView): ActionItemsTable {
  return { table, columns: mapColumns(table.headers, ROLES) };
}

function extraFields(
  table: TableView,
  columns: ActionItemColumns,
  row: RowView,
): Record<string, string> {
  const used = new Set(Object.values(columns));
  // fromEntries defines own properties, so a header named "__proto__" stays a plain key.
  return Object.fromEntries(
    table.headers.flatMap((header, index) =>
      used.has(index) || header === '' ? [] : [[header, row.texts[index] ?? '']],
    ),
  );
}

/** The scribe writes "@\u200dlogin" so its files never ping; read it back as "@login". */
export function stripJoiners(text: string): string {
  return text.replaceAll('\u200d', '').trim();
}

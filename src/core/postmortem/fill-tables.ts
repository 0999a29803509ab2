import type { PhrasingContent, Root, RootContent, Table } from 'mdast';
import { toMarkdown } from '../markdown/to-markdown.ts';
import { parseIsoTime, utcClock, utcDay } from './dates.ts';
import type { ActionItemFact, PostmortemFacts, TimelineFact } from './facts.ts';
import {
  ensureSection,
  firstInSection,
  personText,
  placeInSection,
  promptParagraph,
  safeText,
  tableOf,
} from './fill-nodes.ts';
import { mentionOffsets } from './lint-tables.ts';
import { type ColumnRole, mapColumns, readTable } from './table.ts';

const TIMELINE_HEADERS = ['Time', 'Event', 'Who'];
const ACTION_HEADERS = ['ID', 'Description', 'Owner', 'Due Date'];
// Marks the scribe's own example comment, so refilling replaces it instead of adding another.
const EXAMPLE_START = '<!-- Example action item';

/**
 * Fills the Timeline table, keeping the template's header when it has Time and Event
 * columns. An incident within one day shows HH:MM; one across days shows dates on every row.
 */
export function fillTimeline(root: Root, facts: PostmortemFacts, appended: string[]): void {
  const section = ensureSection(root, 'timeline', appended);
  const existing = firstInSection(root, section, 'table');
  if (facts.timeline.length === 0) {
    if (!existing && section.end === section.index + 1) {
      placeInSection(root, section, 'paragraph', [
        promptParagraph('what happened, and when (UTC)'),
      ]);
    }
    return;
  }
  const { headers, align } = headerFor(existing, ['time', 'event'], TIMELINE_HEADERS);
  const roles = mapColumns(headers, ['time', 'event', 'actor']);
  const rows = sortedRows(facts.timeline);
  // One day: HH:MM, as the reference writes it. Rows on several days all carry their date,
  // so no reader (and not the linter) has to guess which day an undated time belongs to.
  const startDay = dayOf(facts.times.start) ?? dayOf(rows[0]?.at ?? null);
  const oneDay = rows.every((row) => dayOf(row.at) === startDay);
  const firstDay = oneDay ? startDay : undefined;
  const cells = rows.map((row) => {
    const cellsOf: PhrasingContent[][] = headers.map(() => []);
    cellsOf[roles.time] = [{ type: 'text', value: timeCell(row.at, firstDay) }];
    const event: PhrasingContent[] = [safeText(namesWithoutAt(row.text), 500)];
    if (row.actor && roles.actor >= 0) cellsOf[roles.actor] = [personText(row.actor)];
    else if (row.actor)
      event.push({ type: 'text', value: ' (' }, personText(row.actor), {
        type: 'text',
        value: ')',
      });
    cellsOf[roles.event] = event;
    return cellsOf;
  });
  placeInSection(root, section, 'table', [tableOf(headers, align, cells)]);
}

/**
 * Fills the Action Items table from the items recorded during the incident. With none, the
 * table keeps only its header and an example row follows, commented out.
 */
export function fillActionItems(root: Root, facts: PostmortemFacts, appended: string[]): void {
  let section = ensureSection(root, 'action-items', appended);
  const existing = firstInSection(root, section, 'table');
  const { headers, align } = headerFor(existing, ['description', 'owner'], ACTION_HEADERS);
  const roles = mapColumns(headers, ['id', 'description', 'owner', 'due']);
  const rows = facts.actionItems.map((item) => actionCells(item, headers, roles));
  placeInSection(root, section, 'table', [tableOf(headers, align, rows)]);
  section = ensureSection(root, 'action-items', appended);
  // Drop an example comment left by the template or an earlier fill, then add one if empty.
  for (let i = section.end - 1; i > section.index; i--) {
    const node = root.children[i];
    if (node?.type === 'html' && node.value.startsWith(EXAMPLE_START)) root.children.splice(i, 1);
  }
  if (rows.length === 0) {
    section = ensureSection(root, 'action-items', appended);
    const table = firstInSection(root, section, 'table') as Table;
    root.children.splice(root.children.indexOf(table) + 1, 0, exampleComment(headers, roles));
  }
}

function actionCells(
  item: ActionItemFact,
  headers: readonly string[],
  roles: Record<'id' | 'description' | 'owner' | 'due', number>,
): PhrasingContent[][] {
  const cells: PhrasingContent[][] = headers.map(() => []);
  // A filed item is named by its issue: the sync finds it again by that link.
  const link: PhrasingContent | undefined = item.issue
    ? {
        type: 'link',
        url: item.issue.url,
        children: [{ type: 'text', value: `#${item.issue.number}` }],
      }
    : undefined;
  if (roles.id >= 0) cells[roles.id] = [link ?? safeText(item.id, 20)];
  cells[roles.description] = [safeText(namesWithoutAt(item.description), 500)];
  if (item.owner) cells[roles.owner] = [personText(item.owner)];
  if (roles.due >= 0 && item.due && /^\d{4}-\d{2}-\d{2}$/.test(item.due)) {
    cells[roles.due] = [{ type: 'text', value: item.due }];
  }
  return cells;
}

function exampleComment(
  headers: readonly string[],
  roles: Record<'id' | 'description' | 'owner' | 'due', number>,
): RootContent {
  const example: Partial<Record<ColumnRole, string>> = {
    id: '1',
    description: 'Alert when the connection pool is more than 80% used',
    owner: '@login or @org/team',
    due: 'Jan 30',
  };
  const cells = headers.map((): PhrasingContent[] => []);
  for (const role of ['id', 'description', 'owner', 'due'] as const) {
    if (roles[role] >= 0) cells[roles[role]] = [{ type: 'text', value: example[role] as string }];
  }
  // Serialize a throwaway table and keep its one body row; only our own words are in it.
  const row = toMarkdown({ type: 'root', children: [tableOf(headers, null, [cells])] })
    .trimEnd()
    .split('\n')
    .at(-1);
  return {
    type: 'html',
    value: `${EXAMPLE_START}: copy the row into the table above, one row per action; the owner is one @login or @org/team, the due date a date such as 2024-01-30 or Jan 30.\n${row}\n-->`,
  };
}

function headerFor(
  table: Table | undefined,
  needed: ColumnRole[],
  fallback: string[],
): { headers: string[]; align: Table['align'] } {
  if (table) {
    const view = readTable(table);
    const roles = mapColumns(view.headers, needed);
    if (needed.every((role) => roles[role] >= 0))
      return { headers: view.headers, align: table.align };
  }
  return { headers: fallback, align: null };
}

function sortedRows(rows: readonly TimelineFact[]): TimelineFact[] {
  // Stable: rows at the same instant keep the order the timeline gave them.
  return rows
    .map((row, index) => ({ row, index, ms: parseIsoTime(row.at) ?? Number.POSITIVE_INFINITY }))
    .sort((a, b) => a.ms - b.ms || a.index - b.index)
    .map(({ row }) => row);
}

function dayOf(iso: string | null): string | undefined {
  const ms = iso ? parseIsoTime(iso) : undefined;
  return ms === undefined ? undefined : utcDay(ms);
}

function timeCell(at: string, firstDay: string | undefined): string {
  const ms = parseIsoTime(at);
  if (ms === undefined) return safeText(at, 40).value;
  return utcDay(ms) === firstDay ? utcClock(ms) : `${utcDay(ms)} ${utcClock(ms)}`;
}

/**
 * "@carol is incident commander" as "carol is incident commander": outside the Owner and Who
 * columns people are named without "@", as the linter's cell-mention rule asks.
 */
function namesWithoutAt(text: string): string {
  let out = '';
  let from = 0;
  for (const at of mentionOffsets(text)) {
    out += text.slice(from, at);
    from = at + 1;
  }
  return out + text.slice(from);
}

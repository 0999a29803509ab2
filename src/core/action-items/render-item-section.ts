import { safeInline } from '../text/safe-text.ts';

/** What the status comment shows of one item. */
export interface ItemLine {
  number: number;
  url: string;
  title: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  due: string | undefined;
}

// The section sits inside the scribe's own status comment, between these two lines, so an item
// sync can rewrite it without rebuilding the incident and a refresh can carry it over unchanged.
const START = '<!-- incident-scribe-items -->';
const END = '<!-- /incident-scribe-items -->';

/** Whether an item is done, won't be done (closed as not planned: an accepted risk), or open. */
export function itemStatus(
  item: Pick<ItemLine, 'state' | 'stateReason'>,
): 'open' | 'done' | 'wont' {
  if (item.state === 'open') return 'open';
  return item.stateReason === 'not_planned' ? 'wont' : 'done';
}

/**
 * The status comment's list of action items: open ones first (overdue ones marked against
 * `today`, YYYY-MM-DD), then done, then won't do; undefined when the incident has none.
 */
export function renderItemSection(items: readonly ItemLine[], today: string): string | undefined {
  if (items.length === 0) return undefined;
  const groups = { open: [] as ItemLine[], done: [] as ItemLine[], wont: [] as ItemLine[] };
  for (const item of items) groups[itemStatus(item)].push(item);
  const line = (item: ItemLine, what: string) =>
    `- [#${item.number}](${item.url}) ${safeInline(item.title, 120)}: ${what}`;
  const lines = [
    ...groups.open.map((i) =>
      line(i, i.due ? `due ${i.due}${i.due < today ? ' (**overdue**)' : ''}` : 'no due date'),
    ),
    ...groups.done.map((i) => line(i, 'done')),
    ...groups.wont.map((i) => line(i, "won't do (accepted risk)")),
  ];
  const counts = `${groups.open.length} open, ${groups.done.length} done, ${groups.wont.length} won't do`;
  return [START, `**Action items** (${counts}):`, '', ...lines, END].join('\n');
}

/** The section as a status comment holds it, or undefined. */
export function extractItemSection(body: string | undefined): string | undefined {
  if (!body) return undefined;
  const start = body.indexOf(START);
  const end = start < 0 ? -1 : body.indexOf(END, start);
  return end < 0 ? undefined : body.slice(start, end + END.length);
}

/**
 * A status comment with its section replaced (or added before the closing line, or removed):
 * undefined when the comment has nowhere to put it.
 */
export function replaceItemSection(body: string, section: string | undefined): string | undefined {
  const current = extractItemSection(body);
  if (current !== undefined) return body.replace(current, () => section ?? '');
  if (section === undefined) return body;
  const footer = body.lastIndexOf('\nKept up to date by incident-scribe');
  if (footer < 0) return undefined;
  return `${body.slice(0, footer)}\n${section}\n${body.slice(footer)}`;
}

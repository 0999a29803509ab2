import type { RestTimelineItem } from './timeline-events.ts';

/** One page of an issue's REST timeline (100 items a page), and whether another follows. */
export type FetchPage = (page: number) => Promise<{ items: RestTimelineItem[]; next: boolean }>;

export const PAGE_SIZE = 100;

/**
 * An in-process cache of issue timelines, so an ordinary event reads only the page its new
 * items are on instead of all ceil(n/100) pages. GitHub stays the database: the cache is
 * checked against what GitHub answers on every read, and thrown away when they disagree.
 *
 * A timeline only grows at its end; an item in the middle changes when a comment is edited
 * or deleted. So a read fetches from the page that holds the last item it knows (at least one
 * known item overlaps) to the last page: items it knows must come back in the same places
 * with the same identity, or something was deleted and the whole timeline is read again.
 * An edited comment keeps its place; its new text comes with the read when it is on the pages
 * read, and the caller names the comment its event is about (`changed`) so an edit further
 * back is fetched on its own. Writes by this process patch the cache (see patchComment).
 */
export class TimelineCache {
  readonly #entries = new Map<string, RestTimelineItem[]>();
  readonly #capacity: number;

  constructor(capacity = 200) {
    this.#capacity = capacity;
  }

  /** The whole timeline, reading only what the cache cannot vouch for. */
  async read(
    key: string,
    fetchPage: FetchPage,
    options: {
      changed?: number;
      fetchComment?: (id: number) => Promise<RestTimelineItem | undefined>;
    } = {},
  ): Promise<RestTimelineItem[]> {
    const known = this.#entries.get(key);
    const tail = known ? await readTail(known, fetchPage) : undefined;
    let items = tail ?? (await readAll(fetchPage));
    const { changed, fetchComment } = options;
    if (known && tail && changed !== undefined && fetchComment) {
      // The comment this event is about, when it lies before the pages just read.
      const firstRead = Math.floor((known.length - 1) / PAGE_SIZE) * PAGE_SIZE;
      const index = items.findIndex((item) => isComment(item, changed));
      if (index >= 0 && index < firstRead) {
        const fresh = await fetchComment(changed);
        if (fresh) items[index] = { ...items[index], ...fresh, event: 'commented' };
        else items = await readAll(fetchPage);
      }
    }
    this.#remember(key, items);
    return items;
  }

  /** Keeps a comment this process just edited (or deleted, with `undefined`) in step. */
  patchComment(keyPrefix: string, commentId: number, fresh: RestTimelineItem | undefined): void {
    for (const [key, items] of this.#entries) {
      if (!key.startsWith(keyPrefix)) continue;
      const index = items.findIndex((item) => isComment(item, commentId));
      if (index < 0) continue;
      if (fresh) items[index] = { ...items[index], ...fresh, event: 'commented' };
      else items.splice(index, 1);
    }
  }

  #remember(key: string, items: RestTimelineItem[]): void {
    this.#entries.delete(key);
    this.#entries.set(key, items);
    // Least recently read first: drop it when full.
    while (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
  }
}

async function readAll(fetchPage: FetchPage): Promise<RestTimelineItem[]> {
  const items: RestTimelineItem[] = [];
  for (let page = 1; ; page++) {
    const answer = await fetchPage(page);
    items.push(...answer.items);
    if (!answer.next || answer.items.length === 0) return items;
  }
}

/** Known items plus what follows them, or undefined when GitHub's pages disagree with them. */
async function readTail(
  known: readonly RestTimelineItem[],
  fetchPage: FetchPage,
): Promise<RestTimelineItem[] | undefined> {
  if (known.length === 0) return undefined;
  const first = Math.floor((known.length - 1) / PAGE_SIZE) + 1;
  const start = (first - 1) * PAGE_SIZE;
  const read: RestTimelineItem[] = [];
  for (let page = first; ; page++) {
    const answer = await fetchPage(page);
    read.push(...answer.items);
    if (!answer.next || answer.items.length === 0) break;
  }
  // Read from the first page: that is the whole timeline, whatever the cache thought.
  if (start === 0) return read;
  const overlap = known.length - start;
  if (read.length < overlap) return undefined;
  for (let i = 0; i < overlap; i++) {
    if (identity(read[i] as RestTimelineItem) !== identity(known[start + i] as RestTimelineItem))
      return undefined;
  }
  return [...known.slice(0, start), ...read];
}

/** What makes an item the same item on a later read (an edit keeps it; a deletion shifts it). */
function identity(item: RestTimelineItem): string {
  const extra = item as { node_id?: string; source?: { issue?: { number?: number } } };
  return [
    item.event ?? '',
    item.id ?? '',
    extra.node_id ?? '',
    item.created_at ?? '',
    item.label?.name ?? '',
    item.assignee?.login ?? '',
    extra.source?.issue?.number ?? '',
  ].join('|');
}

function isComment(item: RestTimelineItem, id: number): boolean {
  return item.event === 'commented' && item.id === id;
}

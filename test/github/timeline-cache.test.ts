import { describe, expect, it } from 'vitest';
import { TimelineCache } from '../../src/github/timeline-cache.ts';
import type { RestTimelineItem } from '../../src/github/timeline-events.ts';

/** A timeline GitHub holds, served 100 items a page, with every page asked for counted. */
function github(count: number) {
  const items: RestTimelineItem[] = Array.from({ length: count }, (_, i) => comment(i + 1));
  const asked: number[] = [];
  const fetchPage = async (page: number) => {
    asked.push(page);
    return {
      items: items.slice((page - 1) * 100, page * 100),
      next: page * 100 < items.length,
    };
  };
  return { items, asked, fetchPage };
}

function comment(id: number, body = `note ${id}`): RestTimelineItem {
  return { event: 'commented', id, body, created_at: '2024-02-01T08:00:00Z' };
}

const ids = (items: RestTimelineItem[]) => items.map((i) => i.id);

describe('the timeline cache', () => {
  it('reads every page once, then only from the page of the last item it knows', async () => {
    const gh = github(250);
    const cache = new TimelineCache();
    expect(await cache.read('k', gh.fetchPage)).toHaveLength(250);
    expect(gh.asked).toEqual([1, 2, 3]);
    gh.asked.length = 0;
    gh.items.push(comment(251));
    expect(ids(await cache.read('k', gh.fetchPage))).toEqual(ids(gh.items));
    expect(gh.asked).toEqual([3]);
  });

  it('heals a missed delivery: whatever was added since is on the pages it reads', async () => {
    const gh = github(199);
    const cache = new TimelineCache();
    await cache.read('k', gh.fetchPage);
    // Three comments whose deliveries never arrived, then the one at hand.
    for (const id of [200, 201, 202, 203]) gh.items.push(comment(id));
    gh.asked.length = 0;
    expect(ids(await cache.read('k', gh.fetchPage))).toEqual(ids(gh.items));
    expect(gh.asked).toEqual([2, 3]);
  });

  it('reads everything again when an item it knows was deleted', async () => {
    const gh = github(250);
    const cache = new TimelineCache();
    await cache.read('k', gh.fetchPage);
    gh.items.splice(10, 1);
    gh.asked.length = 0;
    expect(ids(await cache.read('k', gh.fetchPage))).toEqual(ids(gh.items));
    expect(gh.asked).toEqual([3, 1, 2, 3]);
  });

  it('fetches the changed comment alone when it lies before the pages read', async () => {
    const gh = github(250);
    const cache = new TimelineCache();
    await cache.read('k', gh.fetchPage);
    gh.items[5] = comment(6, '/status identified edited');
    const fetched: number[] = [];
    const fetchComment = async (id: number) => {
      fetched.push(id);
      return gh.items.find((i) => i.id === id);
    };
    const read = await cache.read('k', gh.fetchPage, { changed: 6, fetchComment });
    expect(read[5]?.body).toBe('/status identified edited');
    expect(fetched).toEqual([6]);
    // A comment on the pages read comes fresh with them: nothing more to fetch.
    gh.items[240] = comment(241, 'edited too');
    const again = await cache.read('k', gh.fetchPage, { changed: 241, fetchComment });
    expect(again[240]?.body).toBe('edited too');
    expect(fetched).toEqual([6]);
  });

  it('keeps its own edits and deletions in step, so they cost no full read', async () => {
    const gh = github(250);
    const cache = new TimelineCache();
    await cache.read('acme/shop#1', gh.fetchPage);
    gh.items.splice(3, 1);
    cache.patchComment('acme/shop', 4, undefined);
    gh.asked.length = 0;
    expect(ids(await cache.read('acme/shop#1', gh.fetchPage))).toEqual(ids(gh.items));
    expect(gh.asked).toEqual([3]);
  });
});

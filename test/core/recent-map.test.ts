import { describe, expect, it } from 'vitest';
import { RecentMap } from '../../src/core/recent-map.ts';

describe('a map that forgets the least recently used', () => {
  it('forgets beyond its entries, sparing what was just read', () => {
    const map = new RecentMap<string, number>(2);
    map.set('a', 1);
    map.set('b', 2);
    expect(map.get('a')).toBe(1);
    map.set('c', 3);
    expect([map.has('a'), map.has('b'), map.has('c')]).toEqual([true, false, true]);
  });

  it('forgets beyond its weight, counting a key once however often it is set', () => {
    const map = new RecentMap<string, string>(10, { max: 6, of: (key) => key.length });
    map.set('abc', 'x');
    map.set('abc', 'y');
    map.set('de', 'z');
    expect([map.get('abc'), map.get('de')]).toEqual(['y', 'z']);
    map.set('fg', 'w');
    expect([map.has('abc'), map.has('de'), map.has('fg')]).toEqual([false, true, true]);
  });
});

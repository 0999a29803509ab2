import { describe, expect, it } from 'vitest';
import { longIncidentRequests } from '../../bench/long-incident.ts';

// The replay of n `/timeline` commands costs at most 4n + ceil(n/100)·k requests (k = 12),
// and no single command more than 6; `npm run bench` runs it up to n = 2,000.
const K = 12;

describe('a long incident', () => {
  it('costs requests in proportion to its commands, not their square', async () => {
    const small = await longIncidentRequests(100);
    expect(small.requests).toBeLessThanOrEqual(4 * 100 + K);
    expect(small.maxPerDelivery).toBeLessThanOrEqual(6);
    const large = await longIncidentRequests(200);
    expect(large.requests).toBeLessThanOrEqual(4 * 200 + 2 * K);
    expect(large.maxPerDelivery).toBeLessThanOrEqual(6);
    // Doubling the commands doubles the cost (the quadratic replay grew 2.5 times and more).
    expect(large.requests / small.requests).toBeLessThanOrEqual(2.1);
    // Each command reads the timeline once (the page its new items are on), not all pages.
    expect(large.timelineReads).toBeLessThanOrEqual(200 + 2 * K);
  }, 300_000);
});

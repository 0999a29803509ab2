import { scenarioNames } from './replay.ts';
import { DUPLICATES, faults, replaySuite } from './replay-suite.ts';

/** The full suite's replays come in this many files, so the test runner spreads them over cores. */
export const SHARDS = 3;

/**
 * Every scenario under test/scenarios/ (every SHARDS-th, from `shard`), each delivery sent
 * twice (same id and new ids, in order and concurrently), and with 10% of API requests failing
 * under three seeds. SCRIBE_RELIABILITY_SCENARIOS=a.yml,b.yml replays only those (to reproduce
 * one finding); a shard may then have none, and records empty figures.
 */
export function fullReplay(shard: number): void {
  const only = process.env.SCRIBE_RELIABILITY_SCENARIOS?.split(',').filter(Boolean);
  const names = (
    only ? scenarioNames().filter((name) => only.includes(name)) : scenarioNames()
  ).filter((_, i) => i % SHARDS === shard - 1);
  replaySuite(
    `duplicates, concurrency, faults (${shard}/${SHARDS})`,
    names,
    [...DUPLICATES, ...faults([1, 2, 3])],
    1_800_000,
  );
}

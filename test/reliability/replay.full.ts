import { scenarioNames } from './replay.ts';
import { DUPLICATES, faults, replaySuite } from './replay-suite.ts';

// Every scenario under test/scenarios/, each delivery sent twice (same id and new ids, in
// order and concurrently), and with 10% of API requests failing under three seeds.
// SCRIBE_RELIABILITY_SCENARIOS=a.yml,b.yml replays only those (to reproduce one finding).
const only = process.env.SCRIBE_RELIABILITY_SCENARIOS?.split(',').filter(Boolean);
const names = only ? scenarioNames().filter((name) => only.includes(name)) : scenarioNames();

replaySuite(
  'duplicates, concurrency, faults',
  names,
  [...DUPLICATES, ...faults([1, 2, 3])],
  1_800_000,
);

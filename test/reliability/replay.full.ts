import { scenarioNames } from './replay.ts';
import { DUPLICATES, faults, replaySuite } from './replay-suite.ts';

// Every scenario under test/scenarios/, each delivery sent twice (same id and new ids, in
// order and concurrently), and with 10% of API requests failing under three seeds.
replaySuite(
  'duplicates, concurrency, faults',
  scenarioNames(),
  [...DUPLICATES, ...faults([1, 2, 3])],
  1_800_000,
);

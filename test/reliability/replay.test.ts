import { DUPLICATES, faults, replaySuite } from './replay-suite.ts';

// The quick replay in `npm test`: one scenario, its deliveries doubled (new ids, in order) and
// 10% of its requests failing. The concurrent variants and every scenario run in
// `npm run test:reliability` (replay-full.ts).
replaySuite(
  'replay (quick)',
  ['cmd-status.yml'],
  [DUPLICATES[2] as (typeof DUPLICATES)[number], ...faults([1])],
  300_000,
);

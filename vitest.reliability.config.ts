import { defineConfig } from 'vitest/config';

// `npm run test:reliability`: the reliability suite in full (every scenario replayed with
// duplicates, faults, hostile input, 10,000 runs per property), then its figures.
export default defineConfig({
  test: {
    include: ['test/reliability/**/*.test.ts', 'test/reliability/**/*.full.ts'],
    testTimeout: 1_800_000,
    hookTimeout: 600_000,
    pool: 'forks',
    env: { SCRIBE_RELIABILITY: 'full' },
    globalSetup: ['test/reliability/print-figures.ts'],
  },
});

import { appendFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The reliability suite runs quick in `npm test` and in full in `npm run test:reliability`
 * (SCRIBE_RELIABILITY=full): the same checks, more cases and runs.
 */
export const FULL = process.env.SCRIBE_RELIABILITY === 'full';

/** Property runs per property: 10,000 in the full suite. */
export const RUNS = FULL ? 10_000 : 200;

/** What one suite counted; the full suite adds them up and prints them at the end. */
export interface Figures {
  cases?: number;
  runs?: number;
  crashes?: number;
  mentions?: number;
  duplicates?: number;
  lostWrites?: number;
  /** Checks that failed, by name: what has not been fixed yet, reported rather than hidden. */
  failing?: string[];
}

/** Records a suite's figures where the full suite's teardown reads them (no-op otherwise). */
export function record(suite: string, figures: Figures): void {
  const dir = process.env.SCRIBE_RELIABILITY_FIGURES;
  if (!dir) return;
  appendFileSync(join(dir, 'figures.jsonl'), `${JSON.stringify({ suite, ...figures })}\n`);
}

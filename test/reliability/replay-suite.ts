import { describe, expect, it } from 'vitest';
import type { FaultKind } from '../../src/sandbox/emulator/faults.ts';
import { FAULT_KINDS } from '../../src/sandbox/emulator/faults.ts';
import { record } from './figures.ts';
import {
  comparable,
  duplicateComments,
  loadScenario,
  play,
  runProblems,
  type Variant,
} from './replay.ts';

export const DUPLICATES: Variant[] = [
  { label: 'each delivery twice (same id), in order', duplicate: true },
  { label: 'each delivery twice (same id), concurrently', duplicate: true, concurrent: true },
  { label: 'each delivery twice (new ids), in order', duplicate: 'new-ids' },
  { label: 'each delivery twice (new ids), concurrently', duplicate: 'new-ids', concurrent: true },
];

/** 10% of the app's API requests fail, with every kind of fault, for each seed. */
export function faults(seeds: number[], kinds: FaultKind[] = [...FAULT_KINDS]): Variant[] {
  return seeds.map((seed) => ({
    label: `10% of API requests fail (seed ${seed})`,
    faults: { rate: 0.1, seed, kinds },
  }));
}

/**
 * Each scenario played once as the reference, then once per variant: the final state must
 * equal the reference (ignoring times and ids), every delivery end 2xx, no contract broken,
 * no unhandled rejection. The figures go to the full suite's summary.
 */
export function replaySuite(
  suite: string,
  names: string[],
  variants: Variant[],
  timeout: number,
): void {
  const figures = {
    cases: 0,
    runs: 0,
    crashes: 0,
    duplicates: 0,
    lostWrites: 0,
    failing: [] as string[],
  };

  describe.each(names)('%s replayed', (name) => {
    const scenario = loadScenario(name);
    let baseline: unknown;
    let baselineDuplicates = 0;

    it('plays once as the reference', { timeout }, async () => {
      const run = await play(scenario, { label: 'once' });
      figures.cases++;
      figures.runs++;
      expect(runProblems(run)).toEqual([]);
      baseline = comparable(run.state);
      baselineDuplicates = duplicateComments(run.state, run.botLogin);
    });

    it.each(variants)(
      '$label: same final state, every delivery 2xx',
      { timeout },
      async (variant) => {
        const unhandled: unknown[] = [];
        const onRejection = (reason: unknown) => unhandled.push(reason);
        process.on('unhandledRejection', onRejection);
        let run: Awaited<ReturnType<typeof play>>;
        try {
          run = await play(scenario, variant);
        } catch (error) {
          figures.crashes++;
          throw error;
        } finally {
          process.off('unhandledRejection', onRejection);
        }
        figures.runs++;
        const problems = runProblems(run, { lastAnswerOnly: variant.faults !== undefined });
        const state = comparable(run.state);
        const same = JSON.stringify(state) === JSON.stringify(baseline);
        figures.duplicates += Math.max(
          0,
          duplicateComments(run.state, run.botLogin) - baselineDuplicates,
        );
        if (!same) {
          figures.lostWrites++;
          figures.failing.push(`${name}: ${variant.label}: final state differs`);
        }
        if (problems.length > 0) figures.failing.push(`${name}: ${variant.label}: ${problems[0]}`);
        expect({ unhandled, problems }).toEqual({ unhandled: [], problems: [] });
        expect(state).toEqual(baseline);
      },
    );
  });

  describe(`${suite}: figures`, () => {
    it('are recorded', () => {
      record(suite, figures);
      expect(figures.runs).toBe(names.length * (variants.length + 1));
    });
  });
}

import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Figures } from './figures.ts';

/** Gives the suites a folder for their figures, and prints the totals once all have run. */
export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'scribe-reliability-'));
  process.env.SCRIBE_RELIABILITY_FIGURES = dir;
  return () => {
    let lines: string[] = [];
    try {
      lines = readFileSync(join(dir, 'figures.jsonl'), 'utf8').trim().split('\n').filter(Boolean);
    } catch {
      // No suite recorded anything: the totals below are zero.
    }
    rmSync(dir, { recursive: true, force: true });
    const rows = lines.map((line) => JSON.parse(line) as Figures & { suite: string });
    const sum = (key: keyof Omit<Figures, 'failing'>) =>
      rows.reduce((total, row) => total + (row[key] ?? 0), 0);
    const out = [
      '',
      'incident-scribe reliability figures',
      ...rows.map(
        (r) =>
          `  ${r.suite.padEnd(28)} cases ${r.cases ?? 0}, runs ${r.runs ?? 0}, crashes ${r.crashes ?? 0}, mentions ${r.mentions ?? 0}, duplicates ${r.duplicates ?? 0}, lost writes ${r.lostWrites ?? 0}`,
      ),
      `  total: cases ${sum('cases')}, runs ${sum('runs')}, crashes ${sum('crashes')}, mentions ${sum('mentions')}, duplicates ${sum('duplicates')}, lost writes ${sum('lostWrites')}`,
      ...rows.flatMap((r) => (r.failing ?? []).map((f) => `  not yet holding (${r.suite}): ${f}`)),
      '',
    ];
    process.stdout.write(`${out.join('\n')}\n`);
  };
}

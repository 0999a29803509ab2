import { readFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { lintPostmortem } from '../src/core/postmortem/lint.ts';
import { configFrom } from '../test/helpers/config.ts';

/** How lint time grows with file size: a ratio near 10 for 10× the text means linear. */
export async function benchLint(): Promise<[string, string][]> {
  const config = configFrom();
  const base = await readFile('test/fixtures/postmortem/documents/inc-2024-001.md', 'utf8');
  // Grow the timeline: the part of a real post-mortem that gets long.
  const grown = (rows: number) =>
    base.replace(
      '| 12:34 |',
      `${'| 12:33 | Still watching the error rate | carol |\n'.repeat(rows)}| 12:34 |`,
    );
  const time = (text: string) => {
    const started = performance.now();
    lintPostmortem(text, { config });
    return performance.now() - started;
  };
  time(grown(10)); // warm up the parser
  const small = grown(1_000);
  const large = grown(10_000);
  const ratio = time(large) / time(small);
  return [
    [
      `lint: ${Math.round(large.length / 1024)} KB vs ${Math.round(small.length / 1024)} KB post-mortem, time ratio`,
      ratio.toFixed(1),
    ],
  ];
}

/** A 1 MB post-mortem (the linter's cap), checked once in process. */
export async function benchLintMegabyte(): Promise<{ kb: number; ms: number }> {
  const config = configFrom();
  const base = await readFile('test/fixtures/postmortem/documents/inc-2024-001.md', 'utf8');
  const row = '| 12:33 | Still watching the error rate | carol |\n';
  const rows = Math.floor((1024 * 1024 - base.length - 1024) / row.length);
  const text = base.replace('| 12:34 |', `${row.repeat(rows)}| 12:34 |`);
  const started = performance.now();
  lintPostmortem(text, { config });
  return { kb: text.length / 1024, ms: performance.now() - started };
}

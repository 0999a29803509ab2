import { performance } from 'node:perf_hooks';
import { findCommandLines } from '../src/core/commands/find-command-lines.ts';
import { parseConfigText } from '../src/core/config/validate-config.ts';
import { lintPostmortem } from '../src/core/postmortem/lint.ts';
import { configFrom } from '../test/helpers/config.ts';

/**
 * The parsers on hostile input, as ratios measured side by side (issue 10.8): the time for
 * ten times the input over the time for the input, so about 10 means linear, about 100
 * quadratic; and the time to refuse a 1 MB nested file over the time to lint a real one.
 */
export function benchParsers(): [string, string][] {
  const config = configFrom();
  // Mean time per run, over enough runs to last 50 ms, after a warm-up.
  const time = (run: () => unknown) => {
    run();
    let runs = 0;
    const started = performance.now();
    while (performance.now() - started < 50 || runs < 3) {
      run();
      runs++;
    }
    return (performance.now() - started) / runs;
  };
  const ratio = (small: () => unknown, large: () => unknown, digits = 1) =>
    (time(large) / time(small)).toFixed(digits);

  // Lists nested by indentation: refused before parsing, so the 1 MB file costs a scan.
  const nested = (depth: number) =>
    Array.from({ length: depth }, (_, i) => `${' '.repeat(2 * i)}- a`).join('\n');
  const tabs = (depth: number) =>
    Array.from({ length: depth }, (_, i) => `${'\t'.repeat(i)}- a`).join('\n');
  const real = `# Post-mortem\n\n${'Some text with a [link](https://x) and *emphasis*.\n\n'.repeat(400)}`;

  // Comments: the hostile shapes that made Markdown parsing quadratic, at 6 KB and 60 KB.
  const comment = (unit: string, chars: number) => `/ack\n${unit.repeat(chars / unit.length)}`;
  const commentRatio = (unit: string) =>
    ratio(
      // A new text each run: the finder remembers the texts it has read.
      () => findCommandLines(`${comment(unit, 6_000)}${Math.random()}`),
      () => findCommandLines(`${comment(unit, 60_000)}${Math.random()}`),
    );

  // Configuration: every unknown key located, 800 vs 8,000 of them.
  const unknownKeys = (n: number) =>
    `timezone: UTC\n${Array.from({ length: n }, (_, i) => `unknown${i}: 1`).join('\n')}\n`;

  return [
    [
      'parsers: refuse 1 MB of lists nested 1,000 deep by spaces / lint a 20 KB post-mortem, time ratio',
      ratio(
        () => lintPostmortem(real, { config }),
        () => lintPostmortem(nested(1_000), { config }),
        3,
      ),
    ],
    [
      'parsers: refuse 1 MB of lists nested 1,400 deep by tabs / lint a 20 KB post-mortem, time ratio',
      ratio(
        () => lintPostmortem(real, { config }),
        () => lintPostmortem(tabs(1_400), { config }),
        3,
      ),
    ],
    ['parsers: comment of "*_" 60 KB vs 6 KB, time ratio', commentRatio('*_')],
    ['parsers: comment of "[a](" 60 KB vs 6 KB, time ratio', commentRatio('[a](')],
    ['parsers: comment of "> " 60 KB vs 6 KB, time ratio', commentRatio('> ')],
    ['parsers: comment of "<!--" 60 KB vs 6 KB, time ratio', commentRatio('<!--')],
    [
      'parsers: configuration with 8,000 vs 800 unknown keys, time ratio',
      ratio(
        () => parseConfigText(unknownKeys(800)),
        () => parseConfigText(unknownKeys(8_000)),
      ),
    ],
  ];
}

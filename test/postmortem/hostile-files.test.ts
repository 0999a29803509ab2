import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { parseConfigText } from '../../src/core/config/validate-config.ts';
import { parseActionItems } from '../../src/core/postmortem/action-items.ts';
import type { CheckRunReport } from '../../src/core/postmortem/check-report.ts';
import { lintPostmortem } from '../../src/core/postmortem/lint.ts';
import { checkPostmortemPull } from '../../src/usecases/postmortem/check-postmortem.ts';
import { memoryPort } from '../helpers/memory-port.ts';
import { configFrom, FIXTURES } from './helpers.ts';

// Every Markdown parse goes through remark-parse's parser: count them.
const parses = vi.hoisted(() => ({ count: 0 }));
vi.mock('remark-parse', async (importOriginal) => {
  const actual = (await importOriginal()) as { default: (...args: unknown[]) => void };
  return {
    default: function counted(this: { parser: (doc: string) => unknown }, ...args: unknown[]) {
      actual.default.apply(this, args);
      const parser = this.parser;
      this.parser = (doc: string) => {
        parses.count++;
        return parser(doc);
      };
    },
  };
});

const config = configFrom();

/** Lists nested `depth` deep by indentation alone: each item two spaces under the last. */
const spaceNested = (depth: number) =>
  Array.from({ length: depth }, (_, i) => `${' '.repeat(2 * i)}- a`).join('\n');
/** The same with one more tab per level. */
const tabNested = (depth: number) =>
  Array.from({ length: depth }, (_, i) => `${'\t'.repeat(i)}- a`).join('\n');

const TOO_DEEP = {
  rule: 'too-complex',
  line: 51,
  message: 'this line nests quotes or lists 51 levels deep; more than 50 cannot be checked',
};

beforeEach(() => {
  parses.count = 0;
});

describe('files nested deep by indentation are refused before parsing', () => {
  it.each([
    ['lists nested 1,000 deep by spaces (1 MB)', spaceNested(1000), 51],
    ['lists nested 1,400 deep by tabs', tabNested(1400), 51],
    [
      'lists nested by tabs inside a quote (one level more)',
      tabNested(200).replace(/^/gm, '> '),
      50,
    ],
    ['empty list items nested by spaces', spaceNested(200).replaceAll('- a', '-'), 51],
  ])('%s', (_what, text, line) => {
    expect(text.length).toBeLessThan(1024 * 1024);
    const messages = lintPostmortem(text, { config });
    expect(messages.map(({ rule, line, message }) => ({ rule, line, message }))).toEqual([
      { ...TOO_DEEP, line },
    ]);
    expect(parseActionItems(text)).toEqual({
      ok: false,
      message: `line ${line}: ${TOO_DEEP.message}`,
    });
    expect(parses.count).toBe(0);
  });

  it('still checks lists nested 50 deep by indentation, and code indented far', () => {
    const code = `\`\`\`\n${' '.repeat(400)}deep code\n\`\`\`\n`;
    const messages = lintPostmortem(`${spaceNested(50)}\n\n${code}`, { config });
    expect(messages.filter((m) => m.rule === 'too-complex')).toEqual([]);
    expect(parses.count).toBe(1);
  });
});

describe('a pull request adding post-mortems', () => {
  function pullPort(files: Record<string, string>) {
    const { port } = memoryPort();
    const reports: CheckRunReport[] = [];
    port.listPullFiles = async () => Object.keys(files);
    port.readFile = async (path) => files[path];
    port.reportCheckRun = async (report) => {
      reports.push(report);
    };
    return { port, reports };
  }

  it('parses each file once, and writes the check run even for a hostile file', async () => {
    const good = readFileSync(join(FIXTURES, 'documents', 'inc-2024-001.md'), 'utf8');
    const { port, reports } = pullPort({
      'docs/postmortems/2024-01-15-inc-2024-001.md': good,
      'docs/postmortems/nested.md': tabNested(1400),
    });
    const result = await checkPostmortemPull(port, config, {
      number: 7,
      headSha: 'abc',
      headRef: 'pm',
    });
    expect(result).toBe('post-mortem checked');
    // The good file is parsed once (lint, action items and the report share it); the nested
    // one is refused before its parse.
    expect(parses.count).toBe(1);
    expect(reports).toHaveLength(1);
    expect(reports[0]?.conclusion).toBe('failure');
    expect(reports[0]?.annotations).toEqual([
      {
        path: 'docs/postmortems/nested.md',
        line: 51,
        level: 'failure',
        message: TOO_DEEP.message,
        title: 'too-complex',
      },
    ]);
  });
});

describe('a configuration with thousands of unknown keys', () => {
  it('places every one at its line, reading the file once', () => {
    const keys = Array.from({ length: 8000 }, (_, i) => `unknown${i}: 1`);
    const result = parseConfigText(`timezone: UTC\n${keys.join('\n')}\n`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(8000);
    expect(result.problems.slice(0, 2).concat(result.problems.slice(-1))).toEqual([
      expect.objectContaining({ key: 'unknown0', line: 2, column: 1 }),
      expect.objectContaining({ key: 'unknown1', line: 3, column: 1 }),
      expect.objectContaining({ key: 'unknown7999', line: 8001, column: 1 }),
    ]);
  });
});

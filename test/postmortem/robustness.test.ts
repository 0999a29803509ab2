import { describe, expect, it } from 'vitest';
import { lintPostmortem } from '../../src/core/postmortem/lint.ts';
import { configFrom } from './helpers.ts';

const config = configFrom();

describe('the linter on hostile or broken input', () => {
  it('answers a file over 1 MB with exactly one error', () => {
    expect(lintPostmortem('é'.repeat(600_000), { config })).toEqual([
      {
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'file-size',
        message:
          'the file is larger than 1 MB (1048576 bytes), the limit for a post-mortem, so it was not checked; move logs and dumps to linked files',
      },
    ]);
  });

  it('refuses YAML aliases in the front matter instead of expanding them', () => {
    const text = '---\na: &a [1, 2]\nb: [*a, *a, *a]\n---\n';
    const messages = lintPostmortem(text, { config, requiredSections: [] });
    expect(messages.map((m) => [m.line, m.rule])).toEqual([[3, 'front-matter']]);
  });

  it('lists every missing section of an empty file', () => {
    const messages = lintPostmortem('', { config });
    expect(messages.map((m) => m.rule)).toEqual([
      'front-matter',
      ...Array(11).fill('required-sections'),
    ]);
  });

  it('does not crash on tables without a body, deep nesting, or binary noise', () => {
    const noise = Array.from({ length: 2000 }, (_, i) => String.fromCharCode(i % 256)).join('');
    const nested = `${'> - '.repeat(500)}TODO: deep\n`;
    const text = `## Action Items\n\n| ID |\n| -- |\n\n${nested}\n${noise}\n| a |\n| - |\n| b | c | d |\n`;
    expect(() => lintPostmortem(text, { config })).not.toThrow();
  });

  it('places a prompt written after escapes at the start of its text', () => {
    const messages = lintPostmortem('\\*not emphasis\\* TODO: write\n', {
      config,
      requiredSections: [],
    });
    expect(messages.filter((m) => m.rule === 'prompts')).toEqual([
      {
        line: 1,
        column: 1,
        severity: 'error',
        rule: 'prompts',
        message: 'still to write: TODO: write',
      },
    ]);
  });
});

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

  it('refuses a paragraph dense with brackets before the parser crawls through it', () => {
    const text = `# Post-mortem\n\nFine.\n\nStill fine\n${']'.repeat(1001)}\n`;
    expect(lintPostmortem(text, { config })).toEqual([
      {
        line: 5,
        column: 1,
        severity: 'error',
        rule: 'too-complex',
        message:
          'the paragraph starting here holds more than 1000 brackets and emphasis marks ([ ] * _ ~); split it with blank lines so it can be checked',
      },
    ]);
  });

  it('counts table rows one by one, so a long timeline is still checked', () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) => `| 10:${String(i % 60).padStart(2, '0')} | [Note] _x_ |\n`,
    );
    const text = `## Timeline (UTC)\n\n| Time | Event |\n| - | - |\n${rows.join('')}`;
    const rules = new Set(
      lintPostmortem(text, { config, requiredSections: [] }).map((m) => m.rule),
    );
    expect([...rules].sort()).toEqual(['front-matter', 'prompts', 'timeline-chronological']);
  });

  it('refuses quotes and lists nested past 50 levels instead of overflowing the stack', () => {
    for (const marker of ['> ', '- ', '1. ', '> * ']) {
      const messages = lintPostmortem(`ok\n\n${marker.repeat(5000)}x\n`, { config });
      expect(messages.map((m) => [m.line, m.rule])).toEqual([[3, 'too-complex']]);
    }
    expect(lintPostmortem(`${'> '.repeat(50)}x\n`, { config, requiredSections: [] })).toHaveLength(
      1,
    );
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

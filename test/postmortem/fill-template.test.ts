import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type FillResult,
  fillTemplate,
  type PostmortemFacts,
} from '../../src/core/postmortem/fill-template.ts';
import { lintPostmortem } from '../../src/core/postmortem/lint.ts';
import { cases, configFrom, expected, FIXTURES, REPO_ROOT, readOptional } from './helpers.ts';

const DEFAULT_TEMPLATE = readFileSync(join(REPO_ROOT, 'templates/postmortem.md'), 'utf8');

function fillCase(name: string): { facts: PostmortemFacts; result: FillResult } {
  const dir = join(FIXTURES, 'fill', name);
  const facts = JSON.parse(readFileSync(join(dir, 'facts.json'), 'utf8')) as PostmortemFacts;
  const template = readOptional(join(dir, 'template.md')) ?? DEFAULT_TEMPLATE;
  return { facts, result: fillTemplate(template, facts) };
}

// One folder per case: facts.json, template.md (default: templates/postmortem.md), and the
// expected output.md and result.json (appended sections, or the error). UPDATE=1 rewrites.
describe('filling a post-mortem template', () => {
  for (const name of cases('fill')) {
    it(`produces the expected post-mortem for ${name}`, () => {
      const dir = join(FIXTURES, 'fill', name);
      const { result } = fillCase(name);
      const summary = result.ok ? { appendedSections: result.appendedSections } : result;
      const actualSummary = `${JSON.stringify(summary, null, 2)}\n`;
      // Compared as data, so the formatter may lay out the stored JSON as it likes.
      expect(summary).toEqual(JSON.parse(expected(join(dir, 'result.json'), actualSummary)));
      if (result.ok)
        expect(result.markdown).toBe(expected(join(dir, 'output.md'), result.markdown));
    });
  }

  it('is stable: filling its own output again changes nothing', () => {
    for (const name of ['default-template-inc-2024-001', 'multi-day', 'hostile-facts']) {
      const { facts, result } = fillCase(name);
      if (!result.ok) throw new Error(result.error);
      expect(fillTemplate(result.markdown, facts)).toEqual({ ...result, appendedSections: [] });
    }
  });

  it('leaves only prompts for people when everything the scribe knows is filled in', () => {
    const { result } = fillCase('default-template-inc-2024-001');
    if (!result.ok) throw new Error(result.error);
    const messages = lintPostmortem(result.markdown, { config: configFrom() });
    // Item 3 has no owner and no due date yet: those are for people to settle too.
    expect(messages.filter((m) => m.rule !== 'prompts' && m.rule !== 'drafts')).toEqual([
      {
        line: 100,
        column: 55,
        severity: 'error',
        rule: 'action-item-owner',
        message: 'this action item has no owner',
      },
      {
        line: 100,
        column: 57,
        severity: 'error',
        rule: 'action-item-due',
        message: 'this action item has no due date',
      },
    ]);
    // What the incident said is drafted for people to confirm: a warning, not a failure.
    expect(messages.filter((m) => m.rule === 'drafts').map((m) => [m.line, m.severity])).toEqual([
      [45, 'warning'],
      [49, 'warning'],
      [56, 'warning'],
      [74, 'warning'],
    ]);
    // What is left is exactly what only people can write.
    expect(
      messages.filter((m) => m.rule === 'prompts').map((m) => m.message.slice(16, 46)),
    ).toEqual([
      'TODO: who wrote this post-mort',
      'TODO: an estimate, or none',
      'TODO: data lost, delayed or wr',
      'TODO: teams blocked, hours spe',
      'TODO: Why did it happen? Keep ',
      'TODO: Could we have known soon',
      'TODO: what helped: tools, runb',
      'TODO: where we lost time, or w',
      'TODO: What should the rest of ',
    ]);
  });

  it('writes no raw HTML, extra table cell or invisible joiner from hostile facts', () => {
    const { result } = fillCase('hostile-facts');
    if (!result.ok) throw new Error(result.error);
    const body = result.markdown.slice(result.markdown.indexOf('\n---\n') + 5);
    const messages = lintPostmortem(result.markdown, { config: configFrom() });
    expect(
      messages.filter((m) => ['table-ragged', 'cell-html', 'cell-mention'].includes(m.rule)),
    ).toEqual([]);
    // Mentions in a repository file notify nobody: logins are plain, so `grep @bob` finds them.
    expect(body).not.toContain('\u200d');
    expect(body).toContain('| 2 | Owner as a team | @acme/sre | 2024-03-15 |');
    expect(body).not.toMatch(/(?<!\\)<(?:script|img)/i); // only escaped, as text
    expect(body).not.toContain('](javascript:');
  });

  it('refuses a template over 1 MB', () => {
    const { facts } = fillCase('default-template-nothing-known');
    expect(fillTemplate(`# T\n\n${'a'.repeat(1024 * 1024)}`, facts)).toEqual({
      ok: false,
      error: 'the post-mortem template is larger than 1 MB',
    });
  });
});

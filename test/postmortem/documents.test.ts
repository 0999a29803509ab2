import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseActionItems } from '../../src/core/postmortem/action-items.ts';
import { lintPostmortem } from '../../src/core/postmortem/lint.ts';
import { configFrom, FIXTURES } from './helpers.ts';

const read = (name: string) => readFileSync(join(FIXTURES, 'documents', name), 'utf8');

describe('the completed INC-2024-001 post-mortem, written in the reference layout', () => {
  it('passes the linter without a message', () => {
    expect(lintPostmortem(read('inc-2024-001.md'), { config: configFrom() })).toEqual([]);
  });

  it('passes when every owner has access', () => {
    const knownOwners = new Set(['@bob', '@carol', '@acme/sre']);
    expect(lintPostmortem(read('inc-2024-001.md'), { config: configFrom(), knownOwners })).toEqual(
      [],
    );
  });

  it('yields its three action items with dates in the incident year', () => {
    const result = parseActionItems(read('inc-2024-001.md'));
    expect(result).toEqual({
      ok: true,
      found: true,
      items: [
        {
          id: '1',
          description: "Configure the pool size under the new client's key, with a test",
          owner: '@bob',
          due: '2024-01-30',
          line: 95,
          fields: {},
        },
        {
          id: '2',
          description: 'Alert when database connections pass 80% of the limit',
          owner: '@acme/sre',
          due: '2024-02-05',
          line: 96,
          fields: {},
        },
        {
          id: '3',
          description:
            'Post every production deploy in the incident channel, and add it to the runbook',
          owner: '@carol',
          due: '2024-02-10',
          line: 97,
          fields: {},
        },
      ],
    });
  });
});

describe('a post-mortem whose headings and tables use other names', () => {
  it('passes the linter: Follow-ups, TL;DR, When/What happened, #/Task/Assignee/ETA are all understood', () => {
    expect(lintPostmortem(read('other-headers.md'), { config: configFrom() })).toEqual([]);
  });

  it('reads its action items, rolling "Jan 5" into the year after a December incident', () => {
    const result = parseActionItems(read('other-headers.md'));
    expect(result).toEqual({
      ok: true,
      found: true,
      items: [
        {
          id: 'A1',
          description: 'Alert when the live index is over 2h old',
          owner: '@dana',
          due: '2024-01-05',
          line: 66,
          fields: { Priority: 'P1', Bug: '#812' },
        },
        {
          id: 'A2',
          description: 'Retry the alias swap when the job times out',
          owner: '@acme/search',
          due: '2024-01-15',
          line: 67,
          fields: { Priority: 'P2', Bug: '#813' },
        },
        {
          id: 'A3',
          description: 'Document the manual alias move',
          owner: '@erin',
          due: '2024-01-08',
          line: 68,
          fields: { Priority: 'P3', Bug: '' },
        },
      ],
    });
  });
});

describe('the default template, before anyone fills it', () => {
  it('fails with one message per prompt, the missing front matter keys and the empty table', () => {
    const template = readFileSync(join(FIXTURES, '../../../templates/postmortem.md'), 'utf8');
    const messages = lintPostmortem(template, { config: configFrom() });
    const rules = messages.map((m) => m.rule);
    expect(rules.filter((r) => r === 'prompts')).toHaveLength(25);
    expect(rules.filter((r) => r !== 'prompts')).toEqual([
      'front-matter',
      'front-matter',
      'front-matter',
      'action-items-table',
    ]);
  });
});

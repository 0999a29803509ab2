import { describe, expect, it } from 'vitest';
import { itemClaimRef } from '../../src/core/action-items/item-identity.ts';
import type { FiledItem, WantedItem } from '../../src/core/action-items/item-types.ts';
import { itemsFromPostmortem } from '../../src/core/action-items/items-from-postmortem.ts';
import { planItemSync } from '../../src/core/action-items/plan-item-sync.ts';

const repo = { owner: 'acme', repo: 'shop' };

describe('the items of a post-mortem', () => {
  const doc = (
    rows: string,
    front = "issue: https://github.com/acme/shop/issues/1\nstart: '2024-01-15T10:00:00Z'",
  ) =>
    `---\n${front}\n---\n# Post-mortem\n\n## Action Items\n\n| ID | Description | Owner | Due Date |\n| - | - | - | - |\n${rows}\n`;

  it('reads owners, due dates with the incident year, and the issues a row names', () => {
    const read = itemsFromPostmortem(
      doc(
        '| [#7](https://github.com/acme/shop/issues/7) | Fix it | @bob | Jan 30 |\n| 2 | Watch it, see #9 | acme/sre | 2024-02-05 |\n| 3 | Someone | Bob Smith | soon |\n| 4 | Elsewhere | @bob | [x](https://github.com/other/repo/issues/8) |',
      ),
      repo,
    );
    expect(read).toEqual({
      ok: true,
      incidentIssue: 1,
      items: [
        { item: '#7', description: 'Fix it', owner: '@bob', due: '2024-01-30', refs: [7] },
        {
          item: '2',
          description: 'Watch it, see #9',
          owner: '@acme/sre',
          due: '2024-02-05',
          refs: [9],
        },
        { item: '3', description: 'Someone', owner: null, due: null, refs: [] },
        { item: '4', description: 'Elsewhere', owner: '@bob', due: null, refs: [] },
      ],
    });
  });

  it('names no incident for an issue link to another repository', () => {
    const read = itemsFromPostmortem(
      doc('| 1 | x | @bob | Jan 30 |', 'issue: https://github.com/evil/repo/issues/1'),
      repo,
    );
    expect(read).toMatchObject({ ok: true, incidentIssue: undefined });
  });
});

describe('the claim of an item', () => {
  it('is a valid ref name, distinct for ids that differ only in characters refs forbid', () => {
    expect(itemClaimRef('INC-2024-001', 'AI-1')).toBe(
      'refs/incident-scribe/items/inc-2024-001/ai-1',
    );
    const a = itemClaimRef('INC-2024-001', 'a..b');
    const b = itemClaimRef('INC-2024-001', 'a b');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^refs\/incident-scribe\/items\/inc-2024-001\/a-b-[0-9a-f]{8}$/);
  });
});

describe('comparing a source with the filed items', () => {
  const filed = (
    number: number,
    item: string,
    extra: Partial<FiledItem['marker']> = {},
  ): FiledItem => ({
    number,
    id: number * 10,
    title: 'Fix it',
    body: '',
    state: 'open',
    stateReason: null,
    assignees: [],
    labels: [],
    htmlUrl: `https://github.com/acme/shop/issues/${number}`,
    marker: {
      incident: 'INC-2024-001',
      item,
      parent: 1,
      title: 'Fix it',
      owner: '@bob',
      due: '2024-01-30',
      ...extra,
    },
  });
  const want = (item: string, extra: Partial<WantedItem> = {}): WantedItem => ({
    item,
    description: 'Fix it',
    owner: '@bob',
    due: '2024-01-30',
    refs: [],
    ...extra,
  });

  it('matches by a named issue first, then by id, and says what changed', () => {
    const plans = planItemSync(
      [want('#5', { refs: [5], due: '2024-02-06' }), want('2'), want('3')],
      [filed(5, 'A200'), filed(6, '2'), filed(7, '9')],
      () => true,
    );
    expect(plans.map((p) => [p.kind, 'filed' in p ? p.filed.number : undefined])).toEqual([
      ['update', 5],
      ['unchanged', 6],
      ['create', undefined],
      ['removed', 7],
    ]);
    expect(plans[0]).toMatchObject({
      changes: ['due date 2024-01-30 → 2024-02-06'],
      wanted: { item: 'A200' },
    });
  });

  it('takes the first of two rows with one id', () => {
    expect(planItemSync([want('1'), want('1', { due: null })], [], () => true)).toHaveLength(1);
  });
});

import { describe, expect, it } from 'vitest';
import type { IssueSnapshot } from '../../src/core/incident/issue.ts';
import { refreshIncident } from '../../src/usecases/incident/refresh-incident.ts';
import { ensureOwnComment } from '../../src/usecases/shared/own-comment.ts';
import { configFrom } from '../helpers/config.ts';
import { memoryPort } from '../helpers/memory-port.ts';

const config = configFrom();
const now = new Date('2024-01-15T10:20:00Z');

function issue(labels: string[]): IssueSnapshot {
  return {
    number: 1,
    title: 'Checkout API returns 500',
    body: '',
    state: 'open',
    stateReason: null,
    author: { login: 'alice', type: 'User' },
    labels,
    assignees: [],
    createdAt: '2024-01-15T10:00:00Z',
    closedAt: null,
    htmlUrl: 'https://github.com/acme/shop/issues/1',
  };
}

describe('declaring an incident', () => {
  it('costs nothing on an issue that is not one', async () => {
    const { port, calls } = memoryPort();
    const { outcome } = await refreshIncident(port, config, { issue: issue(['bug']), now });
    expect(outcome).toBe('not-an-incident');
    expect(calls).toEqual([]);
  });

  it('says when the severity label is removed, and keeps the same comment', async () => {
    const { port, comments } = memoryPort();
    await refreshIncident(port, config, {
      issue: issue(['sev2']),
      addedLabel: 'sev2',
      now,
    });
    const { outcome } = await refreshIncident(port, config, { issue: issue(['incident']), now });
    expect(outcome).toBe('updated');
    expect(comments.get(1)?.length).toBe(1);
    expect(comments.get(1)?.[0]?.body).toContain(
      '**Severity**: none: add one of the labels sev1, sev2, sev3, sev4',
    );
  });

  it('shows the impact from the issue description without pinging anyone in it', async () => {
    const { port, comments } = memoryPort();
    const described = {
      ...issue(['sev1']),
      body: '<!-- template -->\n\nAll EU customers, see @alice\n\nMore detail',
    };
    await refreshIncident(port, config, { issue: described, now });
    expect(comments.get(1)?.[0]?.body).toContain(
      '- **Impact**: All EU customers, see @\u200dalice\n',
    );
  });
});

describe('when two deliveries race to create the same comment', () => {
  it('converges on the oldest one', async () => {
    const { port, comments } = memoryPort();
    const self = 'incident-scribe[bot]';
    // Both deliveries listed the comments before either wrote: both see none.
    const [a, b] = await Promise.all([
      ensureOwnComment(port, 1, 'status', '<!-- incident-scribe:status {} -->\nA', {
        comments: [],
        self,
      }),
      ensureOwnComment(port, 1, 'status', '<!-- incident-scribe:status {} -->\nA', {
        comments: [],
        self,
      }),
    ]);
    expect(comments.get(1)?.map((c) => c.id)).toEqual([1000]);
    expect([a.comment?.id, b.comment?.id]).toEqual([1000, 1000]);
  });

  it('ignores markers in comments people wrote', async () => {
    const { port, comments } = memoryPort();
    const forged = {
      id: 5,
      body: '<!-- incident-scribe:status {} -->\nforged',
      user: { login: 'mallory', type: 'User' },
      createdAt: '',
      updatedAt: '',
      htmlUrl: '',
    };
    comments.set(1, [forged]);
    await ensureOwnComment(port, 1, 'status', '<!-- incident-scribe:status {} -->\nreal', {
      comments: [forged],
      self: 'incident-scribe[bot]',
    });
    expect(comments.get(1)?.map((c) => c.body)).toEqual([
      '<!-- incident-scribe:status {} -->\nforged',
      '<!-- incident-scribe:status {} -->\nreal',
    ]);
  });
});

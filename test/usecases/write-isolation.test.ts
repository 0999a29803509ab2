import { describe, expect, it } from 'vitest';
import type { IssueEvent } from '../../src/core/incident/issue.ts';
import { handleEvent } from '../../src/usecases/handle-event.ts';
import { configFrom } from '../helpers/config.ts';
import { memoryPort } from '../helpers/memory-port.ts';
import { commentEvent } from '../helpers/payloads.ts';

const config = configFrom();
const body = '/timeline Restarted the checkout pods\n/frobnicate';

/** A port on which GitHub refuses one kind of write (as it refused an oversized body). */
function portRefusing(marker: string) {
  const memory = memoryPort();
  const create = memory.port.createIssueComment;
  memory.port.createIssueComment = async (issue, text) => {
    if (text.includes(`incident-scribe:${marker} `)) {
      throw Object.assign(new Error('Validation Failed'), { status: 422 });
    }
    return create(issue, text);
  };
  // The comment at hand, as the issue's timeline shows it.
  const comment: IssueEvent = {
    kind: 'commented',
    id: 500,
    actor: { login: 'bob', type: 'User' },
    at: '2024-01-15T10:20:00Z',
    updatedAt: '2024-01-15T10:20:00Z',
    body,
    htmlUrl: '',
  };
  memory.events.set(1, [comment]);
  return memory;
}

async function deliver(port: ReturnType<typeof memoryPort>['port'], log: string[]) {
  const { payload } = commentEvent('created', body, { labels: ['sev1', 'incident'] });
  return handleEvent(
    { name: 'issue_comment', payload: payload as Record<string, unknown> },
    {
      port,
      loadConfig: async () => ({ ok: true as const, config, sources: [] }),
      now: () => new Date('2024-01-15T10:21:00Z'),
      builtInTemplate: async () => '',
      log: (line) => log.push(line),
    },
  );
}

const kinds = (bodies: string[]) =>
  bodies.map((b) => /incident-scribe:([a-z-]+) /.exec(b)?.[1]).sort();

describe('when GitHub refuses one of the scribe’s writes', () => {
  it('still writes the timeline comment and the reply after a refused status comment, logs it once, and fails the event', async () => {
    const { port, comments } = portRefusing('status');
    const log: string[] = [];
    await expect(deliver(port, log)).rejects.toThrow('failed: status comment');
    expect(kinds((comments.get(1) ?? []).map((c) => c.body))).toEqual([
      'command-reply',
      'timeline',
    ]);
    expect(log).toEqual(['status comment failed: 422 Validation Failed']);
  });

  it('still writes the status comment and the reply after a refused timeline comment', async () => {
    const { port, comments } = portRefusing('timeline');
    await expect(deliver(port, [])).rejects.toThrow('failed: timeline comment');
    expect(kinds((comments.get(1) ?? []).map((c) => c.body))).toEqual(['command-reply', 'status']);
  });

  it('answers normally when nothing is refused', async () => {
    const { port, comments } = portRefusing('nothing');
    expect(await deliver(port, [])).toBe('updated');
    expect(kinds((comments.get(1) ?? []).map((c) => c.body))).toEqual([
      'command-reply',
      'status',
      'timeline',
    ]);
  });
});

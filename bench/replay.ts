import { performance } from 'node:perf_hooks';
import type { IssueSnapshot } from '../src/core/incident/issue.ts';
import type { GitHubPort, IssueComment } from '../src/github/port.ts';
import { refreshIncident } from '../src/usecases/incident/refresh-incident.ts';
import { configFrom } from '../test/helpers/config.ts';
import { memoryPort } from '../test/helpers/memory-port.ts';

/**
 * The long incident in process, over the memory port: n people's `/timeline` comments, each
 * delivered as its own event. Requests are counted as GitHub would bill them: a list of k
 * items is ceil(k/100) pages. (Until bench/long-incident.ts lands, from the refresh work.)
 */
const config = configFrom();
const START = Date.parse('2024-01-15T10:00:00Z');

function incident(): IssueSnapshot {
  return {
    number: 1,
    title: 'Checkout API returns 500',
    body: 'Customers cannot pay.',
    state: 'open',
    stateReason: null,
    author: { login: 'alice', type: 'User' },
    labels: ['sev1', 'incident'],
    assignees: [],
    createdAt: '2024-01-15T10:00:00Z',
    closedAt: null,
    htmlUrl: 'https://github.com/acme/shop/issues/1',
  };
}

/** A memory port whose list verbs count pages, as the Octokit port pays them. */
function billedPort() {
  const memory = memoryPort();
  let requests = 0;
  const pages = (n: number) => Math.max(1, Math.ceil(n / 100));
  const port: GitHubPort = {
    ...memory.port,
    async listIssueTimeline(issue) {
      const list = await memory.port.listIssueTimeline(issue);
      requests += pages(list.length);
      return list;
    },
    async listIssueComments(issue) {
      const list = await memory.port.listIssueComments(issue);
      requests += pages(list.length);
      return list;
    },
  };
  const counted = new Proxy(port, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function' || key === 'listIssueTimeline' || key === 'listIssueComments')
        return value;
      if (key === 'selfLogin' || key === 'writes') return value;
      return (...args: unknown[]) => {
        requests++;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { port: counted, memory, requests: () => requests };
}

function personComment(id: number, minute: number): IssueComment {
  const at = new Date(START + minute * 60_000).toISOString().replace('.000Z', 'Z');
  return {
    id,
    body: `/timeline Checked shard ${id} of the checkout database`,
    user: { login: 'bob', type: 'User' },
    createdAt: at,
    updatedAt: at,
    htmlUrl: `https://github.com/acme/shop/issues/1#issuecomment-${id}`,
  };
}

/** Replays n `/timeline` commands; total requests, and the CPU it took. */
export async function replayLongIncident(n: number): Promise<{ requests: number; cpuMs: number }> {
  const { port, memory, requests } = billedPort();
  const cpu = process.cpuUsage();
  for (let i = 1; i <= n; i++) {
    const comment = personComment(i, i % 600);
    memory.comments.set(1, [...(memory.comments.get(1) ?? []), comment]);
    await refreshIncident(port, config, {
      issue: incident(),
      now: new Date(START + (i % 600) * 60_000 + 30_000),
      commentId: comment.id,
      sender: 'bob',
    });
  }
  const used = process.cpuUsage(cpu);
  return { requests: requests(), cpuMs: (used.user + used.system) / 1000 };
}

/** CPU of one refresh (a new `/timeline` comment) on an incident that has `entries` already. */
export async function cpuPerRefresh(entries: number): Promise<number> {
  const { port, memory } = billedPort();
  memory.comments.set(
    1,
    Array.from({ length: entries }, (_, i) => personComment(i + 1, i % 600)),
  );
  const at = (i: number) => new Date(START + 601 * 60_000 + i * 1000);
  // The first refresh writes the status and timeline comments; the measured one is ordinary.
  await refreshIncident(port, config, { issue: incident(), now: at(0), sender: 'bob' });
  const next = personComment(entries + 1, 601);
  memory.comments.set(1, [...(memory.comments.get(1) ?? []), next]);
  const started = process.cpuUsage();
  const wall = performance.now();
  await refreshIncident(port, config, {
    issue: incident(),
    now: at(1),
    commentId: next.id,
    sender: 'bob',
  });
  const used = process.cpuUsage(started);
  void wall;
  return (used.user + used.system) / 1000;
}

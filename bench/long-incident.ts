// The long incident: what n `/timeline` commands cost in GitHub requests (played through the
// sandbox, the real app against the emulator), and what one refresh costs in CPU at a given
// number of entries (in process, against the in-memory port). Called by bench/run.ts; the
// request counts are also asserted in test/usecases/long-incident.test.ts.

import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IssueSnapshot } from '../src/core/incident/issue.ts';
import { runSandbox } from '../src/sandbox/sandbox.ts';
import { refreshIncident } from '../src/usecases/incident/refresh-incident.ts';
import { configFrom } from '../test/helpers/config.ts';
import { memoryPort } from '../test/helpers/memory-port.ts';

export interface LongIncidentCost {
  /** Commands replayed. */
  n: number;
  /** Every API request the app made over the whole replay, declaration included. */
  requests: number;
  /** Of which reads of the issue's timeline. */
  timelineReads: number;
  /** The most requests any one command's delivery made (the declaration, which also reads
   * the configuration and makes the installation token, is left out). */
  maxPerDelivery: number;
}

/** A scenario: an incident declared with sev2, then n `/timeline` commands a minute apart. */
export function longIncidentScenario(n: number): string {
  const steps = [
    '  - { at: "08:00", as: alice, open_issue: { title: "Login fails", labels: [sev2] } }',
  ];
  for (let i = 1; i <= n; i++) steps.push(`  - { as: alice, comment: "/timeline Step ${i}" }`);
  return `repo: acme/shop\nstart: 2024-02-01T08:00:00Z\nusers: { alice: write }\nsteps:\n${steps.join('\n')}\n`;
}

/** Replays n `/timeline` commands through the sandbox (app mode) and counts requests. */
export async function longIncidentRequests(n: number): Promise<LongIncidentCost> {
  const dir = await mkdtemp(join(tmpdir(), 'scribe-long-incident-'));
  const scenario = join(dir, 'long.yml');
  await writeFile(scenario, longIncidentScenario(n));
  const errors: string[] = [];
  const code = await runSandbox({
    scenario,
    out: join(dir, 'out'),
    mode: 'app',
    cwd: dir,
    stdout: () => {},
    stderr: (text) => errors.push(text),
  });
  if (code !== 0) throw new Error(`long incident (n = ${n}) exited ${code}: ${errors.join('')}`);
  const requests = (await readFile(join(dir, 'out', 'requests.jsonl'), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { operation: string; delivery: string | null });
  const perDelivery = new Map<string, number>();
  for (const r of requests)
    perDelivery.set(`${r.delivery}`, (perDelivery.get(`${r.delivery}`) ?? 0) + 1);
  const declaration = requests[0]?.delivery;
  perDelivery.delete(`${declaration}`);
  return {
    n,
    requests: requests.length,
    timelineReads: requests.filter((r) => r.operation === 'issues/list-events-for-timeline').length,
    maxPerDelivery: Math.max(0, ...perDelivery.values()),
  };
}

/**
 * CPU milliseconds of one refresh (a `/timeline` comment) of an incident with `entries` timeline
 * entries, the median of `runs`, measured in process (no I/O: the in-memory port).
 */
export async function refreshCpuMs(entries: number, runs = 5): Promise<number> {
  const config = configFrom();
  const { port, comments } = memoryPort();
  const start = Date.parse('2024-02-01T08:00:00Z');
  const list = [];
  for (let i = 1; i <= entries; i++) {
    const at = new Date(start + i * 60_000).toISOString().replace('.000Z', 'Z');
    list.push({
      id: i,
      body: `/timeline Step ${i} of the incident`,
      user: { login: 'alice', type: 'User' },
      createdAt: at,
      updatedAt: at,
      htmlUrl: `https://github.com/acme/shop/issues/1#issuecomment-${i}`,
    });
  }
  comments.set(1, list);
  const last = entries;
  const issue: IssueSnapshot = {
    number: 1,
    title: 'Login fails',
    body: 'Users cannot sign in.',
    state: 'open',
    stateReason: null,
    author: { login: 'alice', type: 'User' },
    labels: ['sev2', 'incident'],
    assignees: [],
    createdAt: '2024-02-01T08:00:00Z',
    closedAt: null,
    htmlUrl: 'https://github.com/acme/shop/issues/1',
  };
  const now = new Date(start + (entries + 1) * 60_000);
  const request = { issue, now, commentId: last };
  await refreshIncident(port, config, request); // the first run writes the comments
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const before = process.cpuUsage();
    await refreshIncident(port, config, request);
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] as number;
}

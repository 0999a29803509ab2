import { configFrom } from '../test/helpers/config.ts';
// `npm run bench`: what the scribe costs, as request counts and ratios (never wall-clock
// assertions: the machines are shared and noisy). Prints a table; exits 0.

import type { IssueSnapshot } from '../src/core/incident/issue.ts';
import { refreshIncident } from '../src/usecases/incident/refresh-incident.ts';
import { memoryPort } from '../test/helpers/memory-port.ts';
import { benchLint } from './lint.ts';
import { benchSandbox } from './sandbox.ts';

const config = configFrom();
const now = new Date('2024-01-15T10:20:00Z');

const issue = (labels: string[]): IssueSnapshot => ({
  number: 1,
  title: 'Checkout API returns 500',
  body: 'Customers cannot pay.',
  state: 'open',
  stateReason: null,
  author: { login: 'alice', type: 'User' },
  labels,
  assignees: [],
  createdAt: '2024-01-15T10:00:00Z',
  closedAt: null,
  htmlUrl: '',
});

const rows: [string, string][] = [];

// 1. Requests per declaration event (configuration already loaded).
{
  const { port, calls } = memoryPort();
  await refreshIncident(port, config, { issue: issue(['bug']), now });
  rows.push(['requests: label on an ordinary issue', String(calls.length)]);
  calls.length = 0;
  await refreshIncident(port, config, {
    issue: issue(['sev1']),
    addedLabel: 'sev1',
    now,
  });
  rows.push(['requests: first severity label (reads + writes)', String(calls.length)]);
  calls.length = 0;
  await refreshIncident(port, config, {
    issue: issue(['sev1', 'incident']),
    addedLabel: 'sev1',
    now,
  });
  rows.push([
    'requests: the same event redelivered',
    `${calls.length} (writes: ${calls.filter((c) => !/^(list|read|get)/.test(c)).length})`,
  ]);
}

// 2. The built-in lifecycle in both runtimes, and a long incident, played in the sandbox.
rows.push(...(await benchSandbox()));

// 3. The linter's growth with file size.
rows.push(...(await benchLint()));

const width = Math.max(...rows.map(([k]) => k.length));
for (const [key, value] of rows) console.log(`${key.padEnd(width)}  ${value}`);

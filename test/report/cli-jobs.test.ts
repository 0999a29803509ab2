import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/adapters/cli/cli.ts';
import { createContractChecker } from '../../src/sandbox/contracts/contract-checker.ts';
import { Emulator } from '../../src/sandbox/emulator/emulator.ts';

const BOT = 'github-actions[bot]';
let emulator: Emulator;

beforeAll(async () => {
  emulator = await Emulator.start({
    repo: 'acme/shop',
    start: '2024-02-06T09:00:00Z',
    mode: 'action',
    users: { bob: 'write' },
    contracts: createContractChecker(),
  });
  for (const [title, due] of [
    ['Validate pool sizes', '2024-01-30'],
    ['Runbook', '2024-02-10'],
  ]) {
    const marker = JSON.stringify({
      incident: 'INC-2024-001',
      item: title,
      parent: 1,
      due,
      owner: '@bob',
    });
    emulator.act(BOT, 'POST', '/repos/acme/shop/issues', {
      title,
      labels: ['action-item'],
      body: `<!-- incident-scribe:action-item ${marker} -->`,
    });
  }
});
afterAll(() => emulator.close());

async function scribe(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd: process.cwd(),
    env: {
      GITHUB_TOKEN: emulator.actionToken('cli'),
      GITHUB_API_URL: emulator.url,
      SCRIBE_LOGIN: BOT,
    },
    clock: () => new Date('2024-02-06T09:00:00Z'),
  });
  return { code, out: out.join(''), err: err.join('') };
}

const issueCount = () => [...emulator.world.issues.values()].filter((i) => !i.pull).length;

describe('scribe report', () => {
  it('with --dry-run prints the report and the writes, and writes nothing', async () => {
    const run = await scribe(['report', '--repo', 'acme/shop', '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('dry-run: would open issue "Action items report: 2024-W06"');
    expect(run.out).toContain('dry-run: would comment on #1');
    expect(run.out).toContain(
      '| [#1](https://github.com/acme/shop/issues/1) Validate pool sizes | 2024-01-30 | 7 days |',
    );
    expect(run.out).toContain('overdue-count: 1\n');
    expect(issueCount()).toBe(2);
  });

  it('opens the report once, and updates it when run again', async () => {
    expect((await scribe(['report', '--repo', 'acme/shop'])).code).toBe(0);
    const again = await scribe(['report', '--repo', 'acme/shop']);
    expect(again.out).toContain(
      'acme/shop weekly-report: unchanged Action items report: 2024-W06; 1 overdue; 0 reminders\n',
    );
    expect(again.out).toContain('report-url: https://github.com/acme/shop/issues/3\n');
    expect(issueCount()).toBe(3);
    expect(emulator.violations).toEqual([]);
  });
});

describe('scribe escalate', () => {
  it('reads the open incidents once and writes nothing when there are none', async () => {
    const before = emulator.requests.length;
    const run = await scribe(['escalate', '--repo', 'acme/shop']);
    expect(run.out).toContain(
      'acme/shop escalation-sweep: 0 open incidents; 0 escalation comments\n',
    );
    const made = emulator.requests.slice(before).map((r) => r.operation);
    expect(made.filter((op) => op !== 'repos/get-content')).toEqual(['issues/list-for-repo']);
  });

  it('refuses a bad repository name', async () => {
    expect((await scribe(['escalate', '--repo', 'acme'])).err).toContain('not OWNER/NAME: acme');
  });
});

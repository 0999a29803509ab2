import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runAction } from '../../src/adapters/action/run-action.ts';
import { createOctokitPort } from '../../src/github/octokit-port.ts';
import { createContractChecker } from '../../src/sandbox/contracts/contract-checker.ts';
import { Emulator } from '../../src/sandbox/emulator/emulator.ts';
import {
  sandboxActionOctokit,
  sandboxOctokit,
} from '../../src/sandbox/webhooks/sandbox-octokit.ts';
import { escalationSweep } from '../../src/usecases/escalation/escalation-sweep.ts';
import { weeklyReport } from '../../src/usecases/report/weekly-report.ts';
import { configFrom } from '../helpers/config.ts';

const open: Emulator[] = [];
afterEach(async () => {
  for (const e of open.splice(0)) await e.close();
});

async function emulator(mode: 'app' | 'action', start: string) {
  const e = await Emulator.start({
    repo: 'acme/shop',
    start,
    mode,
    users: { alice: 'write', bob: 'write' },
    contracts: createContractChecker(),
  });
  open.push(e);
  return e;
}

function portOf(e: Emulator) {
  const Octokit = sandboxOctokit();
  return createOctokitPort({
    octokit: new Octokit({ auth: { token: e.actionToken('test') }, baseUrl: e.url }),
    repo: { owner: 'acme', repo: 'shop' },
    selfLogin: async () => e.world.botLogin,
    sleep: async () => {},
    maxWrites: 1000,
  });
}

function fileItem(e: Emulator, n: number, due: string) {
  const marker = JSON.stringify({
    incident: 'INC-2024-001',
    item: `AI-${n}`,
    parent: 1,
    due,
    owner: '@bob',
  });
  e.act(e.world.botLogin, 'POST', '/repos/acme/shop/issues', {
    title: `Item ${n} <b>bold</b>`,
    labels: ['action-item'],
    body: `<!-- incident-scribe:action-item ${marker} -->`,
  });
}

describe('the Action on workflow_dispatch', () => {
  it('writes the report to the job summary with HTML escaped, and sets the outputs', async () => {
    const e = await emulator('action', '2024-02-06T09:00:00Z');
    fileItem(e, 1, '2024-01-30');
    const dir = await mkdtemp(join(tmpdir(), 'scribe-job-'));
    const files = {
      event: join(dir, 'event.json'),
      summary: join(dir, 'summary.md'),
      output: join(dir, 'output'),
    };
    await writeFile(files.event, JSON.stringify({ inputs: { job: 'weekly-report' } }));
    const out: string[] = [];
    const code = await runAction({
      env: {
        GITHUB_EVENT_NAME: 'workflow_dispatch',
        GITHUB_EVENT_PATH: files.event,
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_API_URL: e.url,
        GITHUB_STEP_SUMMARY: files.summary,
        GITHUB_OUTPUT: files.output,
        'INPUT_GITHUB-TOKEN': e.actionToken('run-1'),
      },
      Octokit: sandboxActionOctokit(),
      clock: () => new Date('2024-02-06T09:00:00Z'),
      sleep: async () => {},
      stdout: (t) => out.push(t),
    });
    expect(code).toBe(0);
    const summary = await readFile(files.summary, 'utf8');
    expect(summary).toContain('## Action items report: 2024-W06');
    expect(summary).toContain('Item 1 &lt;b>bold&lt;/b>');
    expect(summary).not.toContain('<');
    const output = await readFile(files.output, 'utf8');
    expect(output).toMatch(
      /^overdue-count<<(scribe_\w+)\n1\n\1\nreport-url<<(scribe_\w+)\nhttps:\/\/github.com\/acme\/shop\/issues\/2\n\2\n$/,
    );
  });
});

describe('the weekly report over many items', () => {
  it('reads the open items in ceil(n/100) pages', async () => {
    const e = await emulator('action', '2024-02-06T09:00:00Z');
    for (let n = 1; n <= 250; n++) fileItem(e, n, '2024-02-20');
    const before = e.requests.length;
    await weeklyReport(
      portOf(e),
      configFrom('report: { reminders: false }'),
      new Date('2024-02-06T09:00:00Z'),
    );
    const made = e.requests.slice(before);
    // Reports (1), open items (3 pages of 100), items closed this week (1), incidents (1), and
    // the reports again after opening this week's (to catch a racing run's copy).
    expect(made.filter((r) => r.operation === 'issues/list-for-repo')).toHaveLength(7);
    expect(made.filter((r) => r.method !== 'GET').map((r) => r.operation)).toEqual([
      'issues/create',
    ]);
  });
});

describe('the escalation sweep', () => {
  const config = configFrom(
    'escalation: [{ level: L1, who: "@acme/oncall" }, { level: L2, who: "@dave", after: 15m }]',
  );

  it('sends each level once when two sweeps run at once, and says when the level has no access', async () => {
    const e = await emulator('app', '2025-03-12T10:00:00Z');
    e.act('alice', 'POST', '/repos/acme/shop/issues', {
      title: 'Payments fail',
      // As the scribe labelled it when the issue was opened.
      labels: ['sev1', 'incident'],
    });
    e.clock.set(new Date('2025-03-12T10:16:00Z'));
    const at = new Date('2025-03-12T10:16:00Z');
    await Promise.all([
      escalationSweep(portOf(e), config, at),
      escalationSweep(portOf(e), config, at),
    ]);
    const bodies = [...e.world.comments.values()]
      .filter((c) => c.user === e.world.botLogin)
      .map((c) => c.body);
    expect(bodies.filter((b) => b.includes('Escalated to L2'))).toHaveLength(1);
    expect(bodies.filter((b) => b.includes('incident-scribe:status'))).toHaveLength(1);
    expect(bodies.join('\n')).toContain('@\u200ddave has no access to this repository');
    expect(bodies.join('\n')).toContain(
      '**Escalated**: L2 @\u200ddave (no access to this repository) at 2025-03-12 10:16 UTC',
    );
    expect(e.violations).toEqual([]);
  });
});

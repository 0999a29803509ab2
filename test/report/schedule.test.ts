import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAppJob } from '../../src/adapters/schedule/app-scheduler.ts';
import { createContractChecker } from '../../src/sandbox/contracts/contract-checker.ts';
import { Emulator } from '../../src/sandbox/emulator/emulator.ts';
import { APP_ID } from '../../src/sandbox/emulator/world.ts';
import { sandboxOctokit } from '../../src/sandbox/webhooks/sandbox-octokit.ts';

const BOT = 'incident-scribe[bot]';
let emulator: Emulator;

beforeAll(async () => {
  emulator = await Emulator.start({
    repo: 'acme/shop',
    start: '2024-02-06T09:00:00Z',
    mode: 'app',
    users: { bob: 'write' },
    contracts: createContractChecker(),
  });
  const marker = JSON.stringify({
    incident: 'INC-2024-001',
    item: '1',
    parent: 1,
    due: '2024-01-30',
    owner: '@bob',
  });
  emulator.act(BOT, 'POST', '/repos/acme/shop/issues', {
    title: 'Validate pool sizes',
    labels: ['action-item'],
    body: `<!-- incident-scribe:action-item ${marker} -->`,
  });
});
afterAll(() => emulator.close());

async function schedule(job: string, options: { anyDay?: boolean; after?: string } = {}) {
  const lines: string[] = [];
  const failures = await runAppJob(job, {
    appId: String(APP_ID),
    privateKey: emulator.auth.privateKey,
    baseUrl: emulator.url,
    Octokit: sandboxOctokit(),
    now: () => new Date('2024-02-06T09:00:00Z'),
    dryRun: false,
    after: options.after,
    anyDay: options.anyDay ?? false,
    paceMs: 0,
    sleep: async () => {},
    print: (line) => lines.push(line),
  });
  return { failures, lines };
}

describe('scribe schedule, for every repository of the App', () => {
  it('leaves the weekly report for the repository’s report.weekday', async () => {
    expect(await schedule('weekly-report')).toEqual({
      failures: 0,
      lines: ['acme/shop weekly-report: not today (report.weekday: monday)'],
    });
  });

  it('writes the report as the App when told any day will do', async () => {
    expect(await schedule('weekly-report', { anyDay: true })).toEqual({
      failures: 0,
      lines: [
        'acme/shop weekly-report: opened Action items report: 2024-W06; 1 overdue; 1 reminder',
      ],
    });
    const report = emulator.world.issues.get(2);
    expect([report?.title, report?.user]).toEqual(['Action items report: 2024-W06', BOT]);
  });

  it('resumes after the last repository a run printed', async () => {
    expect(await schedule('escalation-sweep', { after: 'acme/shop' })).toEqual({
      failures: 0,
      lines: [],
    });
    expect(await schedule('escalation-sweep')).toEqual({
      failures: 0,
      lines: ['acme/shop escalation-sweep: 0 open incidents; 0 escalation comments'],
    });
    expect(emulator.violations).toEqual([]);
  });

  it('redelivers the App’s failed webhook deliveries, once for the App', async () => {
    emulator.world.hookDeliveries.push({
      id: 7001,
      guid: 'lost-in-a-deploy',
      deliveredAt: '2024-02-06T08:30:00Z',
      redelivery: false,
      statusCode: 502,
      durationMs: 40,
      event: 'issues',
      action: 'closed',
    });
    expect(await schedule('redeliver-failed')).toEqual({
      failures: 0,
      lines: [
        'redelivered issues.closed lost-in-a-deploy (Invalid HTTP Response: 502, 2024-02-06T08:30:00Z)',
        '1 deliveries listed; 1 redelivered; 0 refused',
      ],
    });
    expect(emulator.world.redeliveryRequests).toEqual(['lost-in-a-deploy']);
  });
});

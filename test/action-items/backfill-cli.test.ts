import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/adapters/cli/cli.ts';
import { createContractChecker } from '../../src/sandbox/contracts/contract-checker.ts';
import { Emulator } from '../../src/sandbox/emulator/emulator.ts';
import { subIssuesOf } from '../../src/sandbox/emulator/routes/sub-issues.ts';
import { fieldValuesJson } from '../../src/sandbox/emulator/serialize-fields.ts';
import { DEFAULT_ISSUE_FIELDS } from '../../src/sandbox/emulator/world.ts';

const BOT = 'incident-scribe[bot]';
const POSTMORTEM = `---
id: INC-2024-001
issue: https://github.com/acme/shop/issues/1
start: '2024-01-15T09:58:00Z'
---
# Post-mortem: checkout errors

## Action Items

| ID | Description | Owner | Due Date |
| - | - | - | - |
| 1 | Fix root cause: validate pool sizes | @bob | Jan 30 |
| 2 | Add monitoring for pool saturation | @alice | Feb 6 |
| 3 | Update the runbook | @acme/sre | Feb 13 |
`;

let emulator: Emulator;
let cwd: string;

beforeAll(async () => {
  emulator = await Emulator.start({
    repo: 'acme/shop',
    start: '2024-02-01T09:00:00Z',
    users: { alice: 'write', bob: 'write' },
    teams: { 'acme/sre': ['bob'] },
    contracts: createContractChecker(),
  });
  emulator.world.setIssueFields(true, DEFAULT_ISSUE_FIELDS);
  emulator.act('alice', 'POST', '/repos/acme/shop/issues', {
    title: 'Checkout returns 500',
    labels: ['incident', 'sev1'],
  });
  emulator.act('alice', 'PATCH', '/repos/acme/shop/issues/1', { state: 'closed' });
  cwd = await mkdtemp(join(tmpdir(), 'scribe-backfill-'));
  await mkdir(join(cwd, 'docs/postmortems'), { recursive: true });
  await writeFile(join(cwd, 'docs/postmortems/inc-2024-001.md'), POSTMORTEM);
});
afterAll(() => emulator.close());

async function scribe(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const before = emulator.requests.length;
  const code = await runCli(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd,
    env: {
      GITHUB_TOKEN: emulator.actionToken('cli'),
      GITHUB_API_URL: emulator.url,
      SCRIBE_LOGIN: BOT,
    },
    clock: () => new Date('2024-02-01T09:00:00Z'),
  });
  const requests = emulator.requests.slice(before);
  return { code, out: out.join(''), err: err.join(''), requests };
}

const FILE = 'docs/postmortems/inc-2024-001.md';
const issues = () => [...emulator.world.issues.values()].filter((i) => !i.pull);
const writes = (requests: { method: string }[]) =>
  requests.filter((r) => r.method !== 'GET').length;

describe('scribe action-items --file (backfill)', () => {
  it('with --dry-run prints what it would write and writes nothing', async () => {
    const run = await scribe(['action-items', FILE, '--file', '--repo', 'acme/shop', '--dry-run']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('dry-run: would open issue "Fix root cause: validate pool sizes"');
    expect(run.out).toContain('dry-run: would open issue "Update the runbook"');
    expect(run.out).toContain(`${FILE}: 3 created\n`);
    expect(writes(run.requests)).toBe(0);
    expect(issues()).toHaveLength(1);
  });

  it('files each item once, a dated sub-issue of the incident, through the same use case', async () => {
    const run = await scribe(['action-items', FILE, '--file', '--repo', 'acme/shop']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toBe(`${FILE}: 3 created\n`);
    expect(subIssuesOf(emulator.world, 1).map((i) => i.number)).toEqual([2, 3, 4]);
    const [fix, monitoring, runbook] = subIssuesOf(emulator.world, 1);
    expect(fix?.assignees).toEqual(['bob']);
    expect(monitoring?.assignees).toEqual(['alice']);
    expect(runbook?.assignees).toEqual([]);
    expect(fix?.labels).toEqual(['action-item']);
    expect(fix?.body).toContain('- Due: 2024-01-30');
    expect(fix?.body).toContain(
      '- From: the post-mortem [docs/postmortems/inc-2024-001.md](https://github.com/acme/shop/blob/main/docs/postmortems/inc-2024-001.md)',
    );
    expect(fieldValuesJson(emulator.world, runbook as never)).toMatchObject([
      { issue_field_name: 'Target date', value: '2024-02-13' },
    ]);
    // Reads (12): the repository, its configuration (its own file, the organisation's), the
    // incident, its sub-issues, the main branch and its head commit (the claim commit's tree),
    // the organisation's fields (once), two owners' permissions (a team is not asked), the
    // sub-issues and comments for the status list.
    // Writes (10): the one claim commit all three claims point at (it dates them), then per
    // item a claim, the issue (its Target date with it) and its link.
    expect(writes(run.requests)).toBe(10);
    expect(run.requests).toHaveLength(22);
    expect(emulator.violations).toEqual([]);
  });

  it('run again, finds every item filed and writes nothing', async () => {
    const run = await scribe(['action-items', FILE, '--file', '--repo', 'acme/shop']);
    expect(run.code).toBe(0);
    expect(run.out).toBe(`${FILE}: 3 unchanged\n`);
    expect(writes(run.requests)).toBe(0);
    expect(issues()).toHaveLength(4);
  });

  it('refuses a missing file in one line, before any request', async () => {
    const run = await scribe([
      'action-items',
      FILE,
      'docs/nope.md',
      '--file',
      '--repo',
      'acme/shop',
    ]);
    expect(run.code).toBe(2);
    expect(run.err).toBe('scribe action-items: docs/nope.md does not exist\n');
    expect(run.requests).toHaveLength(0);
  });

  it('refuses a repository it cannot reach, or one not named OWNER/NAME, in one line', async () => {
    const missing = await scribe(['action-items', FILE, '--file', '--repo', 'acme/nope']);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(
      /^scribe action-items: cannot read acme\/nope: GitHub answered 404: [^\n]+ \(check --repo and the token\)\n$/,
    );
    expect(writes(missing.requests)).toBe(0);
    const malformed = await scribe(['action-items', FILE, '--file', '--repo', 'nope']);
    expect(malformed.code).toBe(2);
    expect(malformed.err.split('\n')[0]).toBe('scribe action-items: not OWNER/NAME: nope');
    expect(issues()).toHaveLength(4);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/adapters/cli/cli.ts';
import { createContractChecker } from '../../src/sandbox/contracts/contract-checker.ts';
import { Emulator } from '../../src/sandbox/emulator/emulator.ts';

const BOT = 'github-actions[bot]';
let emulator: Emulator;

beforeAll(async () => {
  emulator = await Emulator.start({
    repo: 'acme/shop',
    start: '2024-06-03T03:00:00Z',
    mode: 'action',
    users: { bob: 'write' },
    contracts: createContractChecker(),
  });
});
afterAll(() => emulator.close());

async function scribe(args: string[], stdin: string, at: string) {
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
    clock: () => new Date(at),
    stdin: async () => stdin,
  });
  return { code, out: out.join(''), err: err.join('') };
}

const issues = () => [...emulator.world.issues.values()].filter((i) => !i.pull);
const alert = (status: string) =>
  JSON.stringify({
    fingerprint: 'db-disk-1',
    status,
    title: 'Disk full on db-1',
    severity: 'info',
  });

describe('scribe alert', () => {
  it('opens one incident, then records a repeat and the resolution on it', async () => {
    const args = ['alert', '--repo', 'acme/shop', '--source', 'generic'];
    const first = await scribe(args, alert('firing'), '2024-06-03T03:00:00Z');
    expect(first).toEqual({ code: 0, out: 'acme/shop alerts: opened #1\n', err: '' });
    const again = await scribe(args, alert('firing'), '2024-06-03T03:05:00Z');
    expect(again.out).toBe('acme/shop alerts: fired again #1\n');
    const resolved = await scribe(args, alert('resolved'), '2024-06-03T03:10:00Z');
    expect(resolved.out).toBe('acme/shop alerts: resolved #1\n');
    expect(issues().map((i) => [i.number, i.title])).toEqual([[1, 'Disk full on db-1']]);
    expect(emulator.violations).toEqual([]);
  });

  it('refuses bad input with a clear message and writes nothing', async () => {
    const before = issues().length;
    const notJson = await scribe(
      ['alert', '--repo', 'acme/shop', '--source', 'generic'],
      '{',
      '2024-06-03T04:00:00Z',
    );
    expect(notJson).toMatchObject({
      code: 2,
      err: 'scribe alert: standard input is not JSON (pipe the payload in: < payload.json)\n',
    });
    const source = await scribe(
      ['alert', '--repo', 'acme/shop', '--source', 'nagios'],
      '{}',
      '2024-06-03T04:00:00Z',
    );
    expect(source.code).toBe(2);
    expect(source.err).toContain('--source must be alertmanager, grafana, generic');
    const shape = await scribe(
      ['alert', '--repo', 'acme/shop', '--source', 'generic'],
      '{"status":"firing"}',
      '2024-06-03T04:00:00Z',
    );
    expect(shape.code).toBe(2);
    expect(shape.err).toMatch(/^scribe alert: not a generic alert payload: /);
    expect(issues().length).toBe(before);
  });
});

describe('an alert relayed as repository_dispatch', () => {
  it('is refused with a clear outcome, before any request, when its source is unknown', async () => {
    const { dispatchedAlert } = await import('../../src/usecases/alerts/dispatched-alert.ts');
    const never = () => {
      throw new Error('no request expected');
    };
    const deps = {
      port: new Proxy({}, { get: never }) as never,
      loadConfig: never,
      now: () => new Date('2024-06-03T03:00:00Z'),
      log: () => {},
    };
    const payload = { client_payload: { source: 'nagios', payload: {} } };
    expect(await dispatchedAlert(payload, 'alert', deps)).toBe(
      'refused: client_payload.source must be alertmanager, grafana, generic',
    );
    expect(await dispatchedAlert(payload, 'deploy', deps)).toBe(
      'ignored: repository_dispatch.deploy',
    );
    const shape = { client_payload: { source: 'generic', payload: { status: 'firing' } } };
    expect(await dispatchedAlert(shape, 'alert', deps)).toMatch(
      /^refused: client_payload.payload is not a generic alert payload: /,
    );
  });
});

import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runSandbox } from '../../src/sandbox/sandbox.ts';

/** Plays a scenario written here, returns its exit code and deliveries.jsonl. */
async function play(text: string) {
  const dir = await mkdtemp(join(tmpdir(), 'scribe-alerts-'));
  await writeFile(join(dir, 'scenario.yml'), text);
  const err: string[] = [];
  const code = await runSandbox({
    scenario: 'scenario.yml',
    out: 'out',
    mode: undefined,
    cwd: dir,
    stdout: () => {},
    stderr: (t) => err.push(t),
  });
  const deliveries = (await readFile(join(dir, 'out/deliveries.jsonl'), 'utf8'))
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { event: string; status: number });
  const state = JSON.parse(await readFile(join(dir, 'out/state.json'), 'utf8')) as {
    issues: unknown[];
  };
  return { code, err: err.join(''), deliveries, issues: state.issues.length };
}

const HEAD = `repo: acme/shop
start: 2024-06-03T03:00:00Z
users: { alice: write }
`;
const ENABLED = `files:
  .github/incident-scribe.yml: "alerts: { token_sha256: ab1cdd60314144822d8a161522ed4aecb81baec9202c13cbc2e6490802598df8 }"
`;

describe('the alerts route', () => {
  it('refuses a body over 4 MiB with 413, and opens nothing', async () => {
    const big = JSON.stringify({
      fingerprint: 'a',
      status: 'firing',
      title: 'x',
      description: 'y'.repeat(4 * 1024 * 1024),
    });
    const run = await play(
      `${HEAD}${ENABLED}steps:\n  - alert: { source: generic, payload: ${JSON.stringify(big)} }\n`,
    );
    expect(run.err).toBe('');
    expect(run.deliveries.map((d) => [d.event, d.status])).toEqual([['alert', 413]]);
    expect(run.issues).toBe(0);
  });

  it('refuses every alert with 403 where the file holds no token hash', async () => {
    const run = await play(
      `${HEAD}steps:\n  - alert: { source: generic, payload: { fingerprint: a, status: firing, title: Disk } }\n`,
    );
    expect(run.deliveries.map((d) => [d.event, d.status])).toEqual([['alert', 403]]);
    expect(run.issues).toBe(0);
  });
});

import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSandbox } from '../src/sandbox/sandbox.ts';

type Request = { method: string; operation: string; delivery: string };
type Delivery = { id: string; event: string; action: string | null };

/** Plays a scenario and counts what the app asked of GitHub. */
async function play(scenario: string | undefined, mode: 'app' | 'action') {
  const out = await mkdtemp(join(tmpdir(), 'scribe-bench-'));
  const code = await runSandbox({
    scenario,
    out,
    mode,
    cwd: process.cwd(),
    stdout: () => {},
    stderr: () => {},
  });
  if (code !== 0) throw new Error(`scenario ${scenario ?? 'built-in'} (${mode}) exited ${code}`);
  const lines = async <T>(file: string) =>
    (await readFile(join(out, file), 'utf8'))
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as T);
  return {
    requests: await lines<Request>('requests.jsonl'),
    deliveries: await lines<Delivery>('deliveries.jsonl'),
  };
}

/** Request counts of the built-in lifecycle in both runtimes, and of a long incident. */
export async function benchSandbox(): Promise<[string, string][]> {
  const rows: [string, string][] = [];
  for (const mode of ['app', 'action'] as const) {
    const { requests, deliveries } = await play(undefined, mode);
    const writes = requests.filter((r) => r.method !== 'GET').length;
    rows.push([
      `INC-2024-001 lifecycle (${mode}): deliveries / requests / writes`,
      `${deliveries.length} / ${requests.length} / ${writes}`,
    ]);
    if (mode === 'app') {
      // The close is delivered twice with one id (the scenario redelivers it); its writes are
      // all the first delivery's: the scenario's expect asserts one PR, one branch, one commit.
      const close = deliveries.filter((d) => d.event === 'issues' && d.action === 'closed').at(-1);
      const ofClose = requests.filter((r) => r.delivery === close?.id);
      rows.push([
        'the close that opens the post-mortem, and its redelivery: requests / writes',
        `${ofClose.length} / ${ofClose.filter((r) => r.method !== 'GET').length}`,
      ]);
    }
  }
  const long = await play('test/scenarios/economy-many-items.yml', 'app');
  const reads = long.requests.filter(
    (r) => r.operation === 'issues/list-events-for-timeline',
  ).length;
  rows.push([
    'long incident (213 deliveries, up to 211 timeline items): requests / timeline reads',
    `${long.requests.length} / ${reads}`,
  ]);
  return rows;
}

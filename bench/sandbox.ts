import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runSandbox } from '../src/sandbox/sandbox.ts';

type Request = { method: string; operation: string | null; delivery: string | null };
type Delivery = { id: string; event: string; action: string | null };

/** Plays a scenario and reads back what the app asked of GitHub. */
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

export interface UseCaseCost {
  scenario: string;
  useCase: string;
  events: number;
  requests: number;
  lowerBound: number;
}

const isWrite = (r: Request) => r.method !== 'GET';
const CONFIG = 'repos/get-content';

/**
 * Requests per use case next to the lower bound the issue states: one read per 100 listed
 * items (one here: no list in these scenarios passes 100), one write per changed artifact (the
 * writes made, each of which the scenario's expectations show was needed), the configuration
 * read (once per process in the app, once per run in the Action), and one permission read per
 * person. Reads the bound leaves out (the template, the post-mortem branch) show in the ratio.
 */
export async function benchSandbox(): Promise<{ costs: UseCaseCost[]; closeRedelivered: number }> {
  const costs: UseCaseCost[] = [];
  let closeRedelivered = 0;
  for (const [scenario, file, mode] of [
    ['INC-2024-001 (app)', undefined, 'app'],
    ['INC-2024-001 (action)', undefined, 'action'],
    ['long incident, 213 events (app)', 'test/scenarios/economy-many-items.yml', 'app'],
  ] as const) {
    const { requests, deliveries } = await play(file, mode);
    let configRead = false;
    const byUseCase = new Map<string, UseCaseCost>();
    const seenDelivery = new Set<string>();
    for (const delivery of deliveries) {
      if (seenDelivery.has(delivery.id)) {
        // A redelivery (same id): its requests are counted once with the first.
        continue;
      }
      seenDelivery.add(delivery.id);
      const mine = requests.filter((r) => r.delivery === delivery.id);
      const useCase = useCaseOf(delivery);
      const row = byUseCase.get(useCase) ?? {
        scenario,
        useCase,
        events: 0,
        requests: 0,
        lowerBound: 0,
      };
      row.events++;
      row.requests += mine.length;
      let bound = mine.filter(isWrite).length;
      if (mine.some((r) => r.operation === CONFIG)) {
        if (mode === 'action' || !configRead) bound += 1;
        configRead = true;
      }
      if (mine.some((r) => r.operation === 'issues/list-events-for-timeline')) bound += 1;
      // The status marker remembers each decision, so every permission read is a new person's.
      bound += mine.filter((r) => r.operation === 'repos/get-collaborator-permission-level').length;
      row.lowerBound += bound;
      byUseCase.set(useCase, row);
    }
    costs.push(...byUseCase.values());
  }
  closeRedelivered = await redeliveredCloseCost();
  return { costs, closeRedelivered };
}

/**
 * What GitHub redelivering the close costs: the close scenario played without and with its
 * `redeliver` step (a redelivery keeps the delivery's id, so its requests are told apart by
 * difference, not by id).
 */
async function redeliveredCloseCost(): Promise<number> {
  const file = 'test/scenarios/postmortem-close-sev1.yml';
  const text = await readFile(file, 'utf8');
  const dir = await mkdtemp(join(tmpdir(), 'scribe-bench-close-'));
  const once = join(dir, 'once.yml');
  await writeFile(
    once,
    text
      .replace('  - { redeliver: issues.closed }\n', '')
      .replace(
        '{ event: issues.closed, status: 200, equals: 2 }',
        '{ event: issues.closed, equals: 1 }',
      ),
  );
  const single = await play(once, 'app');
  const twice = await play(file, 'app');
  return twice.requests.length - single.requests.length;
}

function useCaseOf(d: Delivery): string {
  if (d.event === 'issues' && d.action === 'closed') return 'close: refresh + post-mortem';
  if (d.event === 'issues') return 'issue event: refresh';
  if (d.event === 'issue_comment') return 'command: refresh';
  if (d.event === 'pull_request') return 'post-mortem check';
  if (d.event === 'push') return 'push (configuration cache)';
  return d.event;
}

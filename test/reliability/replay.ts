import { readdirSync, readFileSync } from 'node:fs';
import { createContractChecker } from '../../src/sandbox/contracts/contract-checker.ts';
import { formatViolation } from '../../src/sandbox/contracts/violation.ts';
import type { FaultKind } from '../../src/sandbox/emulator/faults.ts';
import type { SandboxState } from '../../src/sandbox/output/state.ts';
import { parseScenario, type Scenario } from '../../src/sandbox/scenario/parse-scenario.ts';
import {
  type AppUnderTest,
  runScenario,
  type ScenarioRun,
} from '../../src/sandbox/scenario/run-scenario.ts';

export const SCENARIO_DIR = new URL('../scenarios/', import.meta.url);

/** Every scenario under test/scenarios/, by file name. */
export function scenarioNames(): string[] {
  return readdirSync(SCENARIO_DIR)
    .filter((name) => name.endsWith('.yml'))
    .sort();
}

export function loadScenario(name: string): Scenario {
  const text = readFileSync(new URL(name, SCENARIO_DIR), 'utf8');
  const parsed = parseScenario(text, name);
  if (!parsed.ok) throw new Error(`${name}: ${JSON.stringify(parsed.problems)}`);
  return parsed.scenario;
}

let app: AppUnderTest | undefined;
async function realApp(): Promise<AppUnderTest> {
  if (!app) {
    const [{ createApp }, { runAction }] = await Promise.all([
      import('../../src/adapters/probot/app.ts'),
      import('../../src/adapters/action/run-action.ts'),
    ]);
    app = { createApp, runAction };
  }
  return app;
}

/** How a replay differs from the scenario as written. */
export interface Variant {
  label: string;
  duplicate?: boolean | 'new-ids';
  concurrent?: boolean;
  faults?: { rate: number; seed: number; kinds: FaultKind[] };
}

/** Plays a scenario with its deliveries (and faults) replaced by the variant's. */
export async function play(scenario: Scenario, variant: Variant): Promise<ScenarioRun> {
  const changed: Scenario = {
    ...scenario,
    deliveries: {
      duplicate: variant.duplicate ?? false,
      concurrent: variant.concurrent ?? false,
      // Failed deliveries are redelivered, as an operator would, when faults are injected.
      redeliver_failed: variant.faults !== undefined,
    },
    faults: { fail: [], ...(variant.faults ?? { rate: 0, seed: 1, kinds: [] }) },
  };
  return runScenario(changed, { app: await realApp(), contracts: createContractChecker() });
}

/**
 * The state with what legitimately differs between two plays removed: times, comment ids
 * (and the ids the scribe's hidden markers and links carry), delivery ids and shas.
 */
export function comparable(state: SandboxState): unknown {
  const ids = new Map<number, number>();
  for (const issue of state.issues) for (const c of issue.comments) ids.set(c.id, ids.size + 1);
  for (const pull of state.pulls) for (const c of pull.comments) ids.set(c.id, ids.size + 1);
  const text = (value: string | null) =>
    value === null
      ? null
      : value
          .replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z\b/g, '<time>')
          // Inside words too: an action item's id is "A" and its comment's id.
          .replace(/(?<!\d)\d{7,}(?!\d)/g, (id) =>
            ids.has(Number(id)) ? `<comment ${ids.get(Number(id))}>` : '<id>',
          )
          .replace(/\b[0-9a-f]{40}\b/g, '<sha>')
          .replace(
            /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/g,
            '<delivery>',
          );
  const comments = (list: SandboxState['issues'][number]['comments']) =>
    list.map((c) => ({ user: c.user, body: text(c.body) }));
  return {
    issues: state.issues.map((issue) => ({
      ...issue,
      body: text(issue.body),
      created_at: undefined,
      closed_at: undefined,
      comments: comments(issue.comments),
    })),
    pulls: state.pulls.map((pull) => ({
      ...pull,
      body: text(pull.body),
      comments: comments(pull.comments),
      files: Object.fromEntries(Object.entries(pull.files).map(([k, v]) => [k, text(v)])),
      // GitHub keeps every check run created (two deliveries of one push racing may both
      // create one: there is no way to claim or delete a check run), and the pull request and
      // branch protection read the latest of each name on the head commit: that is compared.
      check_runs: latestOfEachName(pull.check_runs).map((run) => ({
        ...run,
        output: { ...run.output, summary: text(run.output.summary) },
      })),
    })),
    branches: Object.fromEntries(
      Object.entries(state.branches).map(([name, branch]) => [
        name,
        Object.fromEntries(Object.entries(branch.files).map(([k, v]) => [k, text(v)])),
      ]),
    ),
  };
}

function latestOfEachName<T extends { name: string }>(runs: T[]): T[] {
  const latest = new Map<string, T>();
  for (const run of runs) latest.set(run.name, run);
  return [...latest.values()];
}

/** What a run did wrong whatever its variant: contract violations and deliveries not 2xx. */
export function runProblems(
  run: ScenarioRun,
  options: { lastAnswerOnly?: boolean } = {},
): string[] {
  const problems = run.violations.map((v) => `contract: ${formatViolation(v)}`);
  if (run.stepError) problems.push(`step: ${run.stepError.message}`);
  // With faults, a delivery may fail and be redelivered: its last answer is what counts.
  const last = new Map<string, { event: string; status: number }>();
  // Alerts are a monitoring tool's requests to the scribe, not GitHub's webhooks: a scenario
  // sends some that must be refused (a wrong token), and its expectations count them.
  for (const d of run.deliveries.filter((d) => d.event !== 'alert')) {
    if (options.lastAnswerOnly) last.set(d.id, d);
    else if (d.status < 200 || d.status >= 300)
      problems.push(`delivery ${d.event}.${d.action} answered ${d.status}`);
  }
  for (const d of last.values()) {
    if (d.status < 200 || d.status >= 300)
      problems.push(`delivery ${d.event} answered ${d.status} after redeliveries`);
  }
  return problems;
}

/** Bot comments (by body, ignoring ids) that appear more than once on one issue or pull. */
export function duplicateComments(state: SandboxState, bot: string): number {
  let duplicates = 0;
  for (const thread of [...state.issues, ...state.pulls]) {
    const seen = new Set<string>();
    for (const c of thread.comments) {
      if (c.user !== bot) continue;
      const key = c.body.replace(/\d{7,}/g, '<id>');
      if (seen.has(key)) duplicates++;
      seen.add(key);
    }
  }
  return duplicates;
}

import { readFile } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createContractChecker } from './contracts/contract-checker.ts';
import { formatViolation } from './contracts/violation.ts';
import { writeOutputs } from './output/write-outputs.ts';
import { formatScenarioProblem, parseScenario } from './scenario/parse-scenario.ts';
import { type AppUnderTest, runScenario, type ScenarioRun } from './scenario/run-scenario.ts';

/** The built-in scenario played when no --scenario is given. */
export const BUILT_IN_SCENARIO = fileURLToPath(
  new URL('./scenarios/inc-2024-001.yml', import.meta.url),
);

export interface SandboxOptions {
  scenario: string | undefined;
  out: string;
  mode: 'app' | 'action' | undefined;
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The app under test; the real adapters unless a test passes a stand-in. */
  app?: AppUnderTest;
}

/** `scribe sandbox`: plays a scenario, writes the four files, returns 0, 1 (expect) or 2 (bad file). */
export async function runSandbox(options: SandboxOptions): Promise<number> {
  const started = performance.now();
  const file = options.scenario ? resolve(options.cwd, options.scenario) : BUILT_IN_SCENARIO;
  const shown =
    options.scenario ?? 'built-in INC-2024-001 (src/sandbox/scenarios/inc-2024-001.yml)';
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    options.stderr(`scribe sandbox: cannot read ${shown}: ${(error as Error).message}\n`);
    return 2;
  }
  const parsed = parseScenario(text, options.scenario ?? relative(options.cwd, file));
  if (!parsed.ok) {
    for (const problem of parsed.problems) options.stderr(`${formatScenarioProblem(problem)}\n`);
    options.stderr(`\n${parsed.problems.length} problem(s) in the scenario. Nothing was run.\n`);
    return 2;
  }
  const app = options.app ?? (await realApp());
  const run = await runScenario(parsed.scenario, {
    app,
    contracts: createContractChecker(),
    mode: options.mode,
  });
  const out = resolve(options.cwd, options.out);
  await writeOutputs(out, run);
  if (run.stepError) {
    const where =
      run.stepError.line === undefined
        ? parsed.scenario.file
        : `${parsed.scenario.file}:${run.stepError.line}`;
    options.stderr(`${where} ${run.stepError.message}\n`);
    return 2;
  }
  options.stdout(
    summary(run, shown, relative(options.cwd, out) || '.', performance.now() - started),
  );
  for (const v of run.violations) options.stderr(`contract: ${formatViolation(v)}\n`);
  for (const f of run.failures) {
    options.stderr(
      `${parsed.scenario.file}${f.line ? `:${f.line}` : ''} expect ${f.index + 1}: ${f.message}\n`,
    );
  }
  return run.violations.length > 0 || run.failures.length > 0 ? 1 : 0;
}

async function realApp(): Promise<AppUnderTest> {
  const [{ createApp }, { runAction }] = await Promise.all([
    import('../adapters/probot/app.ts'),
    import('../adapters/action/run-action.ts'),
  ]);
  return { createApp, runAction };
}

function summary(run: ScenarioRun, scenario: string, out: string, ms: number): string {
  const writes = new Map<string, number>();
  for (const r of run.requests) {
    if (r.method === 'GET' || r.status >= 300 || !r.operation || r.operation.startsWith('apps/'))
      continue;
    writes.set(r.operation, (writes.get(r.operation) ?? 0) + 1);
  }
  const did = [...writes.entries()].map(([op, n]) => `${op} ×${n}`).join(', ') || 'no writes';
  const failed = run.deliveries.filter((d) => d.status >= 300).length;
  const lines = [
    `incident-scribe sandbox: ${scenario} (${run.mode} mode, as ${run.botLogin})`,
    `  ${run.deliveries.length} webhook deliveries (${failed === 0 ? 'all answered 2xx' : `${failed} not 2xx`}), ${run.requests.length} API requests by the app${run.faultsInjected ? `, ${run.faultsInjected} faults injected` : ''}`,
    `  the scribe wrote: ${did}`,
    `  contracts: ${run.violations.length === 0 ? 'every request, response and webhook matched GitHub’s published schemas' : `${run.violations.length} violation(s)`}`,
    `  expectations: ${run.failures.length === 0 ? 'all held' : `${run.failures.length} failed`}`,
    `  wrote ${out}/state.json, requests.jsonl, deliveries.jsonl, transcript.md in ${(ms / 1000).toFixed(1)} s`,
  ];
  return `${lines.join('\n')}\n`;
}

// `npm run bench`: what the scribe costs (GitHub requests, CPU, latency, memory, start time),
// each beside its reference measured in the same run. A benchmark, not a test: it asserts
// nothing and is not part of `npm test`. Prints one table and writes bench/results.json.
// docs/performance.md explains every row and the targets.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { arch, cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Emulator } from '../src/sandbox/emulator/emulator.ts';
import { benchDeliveries } from './deliveries.ts';
import { benchActionStart, benchCliStart, benchIdleMemory } from './entries.ts';
import { benchLint, benchLintMegabyte } from './lint.ts';
import { longIncidentRequests, refreshCpuMs } from './long-incident.ts';
import { benchSandbox } from './sandbox.ts';

type Row = [section: string, measure: string, value: string, reference: string];
const rows: Row[] = [];
const results: Record<string, unknown> = {};
const started = performance.now();
const fixed = (n: number, digits = 0) => n.toFixed(digits);
const step = (name: string) => process.stderr.write(`bench: ${name}…\n`);

// 1. Requests per use case over the sandbox scenarios, beside the lower bound.
step('sandbox scenarios');
const sandbox = await benchSandbox();
for (const c of sandbox.costs) {
  rows.push([
    c.scenario,
    `${c.useCase} (${c.events} events): requests / lower bound`,
    `${c.requests} / ${c.lowerBound}`,
    c.lowerBound === 0 ? 'no request' : `ratio ${fixed(c.requests / c.lowerBound, 2)}`,
  ]);
}
rows.push([
  'INC-2024-001 (app)',
  'the redelivered close: requests',
  String(sandbox.closeRedelivered),
  'target 2',
]);
results.sandbox = sandbox;

// 2. The long incident: n `/timeline` commands, one event each (bench/long-incident.ts). A size
// whose projected time (from how the time grew between the last two sizes) would blow the
// bench's budget is left out, and says so.
step('long incident');
const replayOf = async (n: number) => ({ requests: (await longIncidentRequests(n)).requests });
const cpuOf = (entries: number) => refreshCpuMs(entries, 9);
results.longIncidentSource = 'bench/long-incident.ts';
const LONG_BUDGET_S = 1500;
const replay: { n: number; requests?: number; seconds?: number; skipped?: string }[] = [];
{
  let spent = 0;
  const done: { n: number; seconds: number }[] = [];
  for (const n of [100, 400, 1000, 2000]) {
    const [a, b] = done.slice(-2);
    const growth = a && b ? Math.log(b.seconds / a.seconds) / Math.log(b.n / a.n) : 2;
    const projected = b ? b.seconds * (n / b.n) ** Math.min(2, Math.max(1, growth)) : 0;
    if (spent + projected > LONG_BUDGET_S) {
      replay.push({ n, skipped: `projected ${fixed(projected)} s, over the bench's budget` });
      continue;
    }
    const t = performance.now();
    const run = await replayOf(n);
    const seconds = (performance.now() - t) / 1000;
    spent += seconds;
    replay.push({ n, requests: run.requests, seconds: Number(fixed(seconds, 1)) });
    done.push({ n, seconds });
  }
  let previous: (typeof replay)[number] | undefined;
  for (const r of replay) {
    const growth =
      previous?.requests && r.requests
        ? (r.requests / previous.requests) ** (1 / Math.log2(r.n / previous.n))
        : undefined;
    rows.push([
      'long incident',
      `n = ${r.n}: requests`,
      r.skipped ?? String(r.requests),
      r.skipped
        ? ''
        : `target ≤ ${4 * r.n + Math.ceil(r.n / 100) * 4}${growth ? `; growth per doubling ${fixed(growth, 2)}` : ''}`,
    ]);
    if (r.requests) previous = r;
  }
}
results.longIncident = replay;

// 3. CPU of one refresh on an incident of 500, 2,000 and 5,000 entries, after a warm-up (the
// first refreshes of a process also compile the code). The ratio 5,000 : 500 is measured in
// the same run, so it holds on a busy machine: linear is 10, quadratic 100.
step('CPU per refresh');
await cpuOf(200);
const cpu: Record<number, number> = {};
for (const entries of [500, 2000, 5000]) {
  cpu[entries] = await cpuOf(entries);
  rows.push([
    'refresh CPU',
    `${entries} entries`,
    `${fixed(cpu[entries] ?? 0)} ms`,
    entries === 5000 ? 'target < 100 ms' : '',
  ]);
}
rows.push([
  'refresh CPU',
  'growth, 5,000 : 500 entries',
  fixed((cpu[5000] ?? 0) / (cpu[500] ?? 1), 1),
  'linear is 10',
]);
results.cpuPerRefreshMs = cpu;

// 4. Post-mortems: lint time growth, and a 1 MB post-mortem checked in process.
step('post-mortem checks');
for (const [measure, value] of await benchLint())
  rows.push(['post-mortem lint', measure, value, 'linear is 10']);
const megabyte = await benchLintMegabyte();
rows.push([
  'post-mortem lint',
  `${fixed(megabyte.kb)} KB post-mortem, in process`,
  `${fixed(megabyte.ms)} ms`,
  'target < 2000 ms',
]);
results.lint = megabyte;

// The parsers' own figures, when bench/parsers.ts (the parsers work) is present.
if (existsSync('bench/parsers.ts')) {
  step('parsers');
  const parsers = (await import(['.', 'parsers.ts'].join('/'))) as Record<string, unknown>;
  for (const exported of Object.values(parsers)) {
    if (typeof exported !== 'function') continue;
    const found = (await (exported as () => unknown)()) as unknown;
    if (!Array.isArray(found)) continue;
    for (const row of found) {
      if (Array.isArray(row))
        rows.push(['parsers', String(row[0]), String(row[1] ?? ''), String(row[2] ?? '')]);
    }
  }
}

// 5. 2,000 signed deliveries on loopback, beside a bare Probot server.
step('2,000 deliveries');
const load = await benchDeliveries();
for (const l of load) {
  rows.push([
    'deliveries (c = 20, 90% ordinary)',
    l.server,
    `${fixed(l.perSecond)}/s, p50 ${fixed(l.p50)} ms, p99 ${fixed(l.p99)} ms`,
    `peak RSS ${fixed(l.peakRssMb)} MB (this process); ${l.failed} failed`,
  ]);
}
results.deliveries = load;

// 6. Entries: idle memory, the Action's start and size, the CLI's start.
step('entries');
const key = (await Emulator.start({ repo: 'acme/shop', start: '2024-01-15T09:58:00Z' }).then(
  async (e) => {
    await e.close();
    return e.auth.privateKey;
  },
)) as string;
const idle = await benchIdleMemory(key);
rows.push([
  'app server, idle',
  'RSS: incident-scribe / bare Probot',
  `${fixed(idle.appMb)} / ${fixed(idle.bareMb)} MB`,
  `ratio ${fixed(idle.appMb / idle.bareMb, 2)}; target ≤ 1.5`,
]);
const action = await benchActionStart();
rows.push([
  'Action',
  'bundle size',
  `${fixed(action.bundleKb)} KB`,
  `reference ${fixed(action.referenceKb)} KB; target ≤ 1,470 KB`,
]);
rows.push([
  'Action',
  'spawn to first request',
  `${fixed(action.firstRequestMs)} ms`,
  `reference ${fixed(action.referenceFirstRequestMs)} ms`,
]);
const cli = await benchCliStart();
rows.push([
  'CLI',
  'scribe --help',
  `${fixed(cli.helpMs)} ms`,
  `node -e '' ${fixed(cli.nodeMs)} ms; ratio ${fixed(cli.helpRatio, 2)}; target < 600 ms`,
]);
rows.push([
  'CLI',
  `scribe lint (${fixed(cli.lintKb ?? 0)} KB)`,
  `${fixed(cli.lintMs)} ms`,
  `ratio to node -e '' ${fixed(cli.lintRatio, 2)}; target < 600 ms`,
]);
results.entries = { idle, action, cli };

// The table, and the machine it ran on.
const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${fixed(totalmem() / 2 ** 30)} GB, ${arch()}, Node ${process.version}`;
results.machine = machine;
results.seconds = (performance.now() - started) / 1000;
results.at = new Date().toISOString();
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
const line = (r: Row) =>
  r
    .map((cell, i) => cell.padEnd(widths[i] ?? 0))
    .join('  ')
    .trimEnd();
console.log(line(['section', 'measure', 'value', 'reference / target']));
for (const r of rows) console.log(line(r));
console.log(`\n${machine}; ${fixed(results.seconds as number)} s`);
await writeFile('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

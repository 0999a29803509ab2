import { spawn } from 'node:child_process';
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Wall time of a command, median of `runs`. */
async function wall(args: string[], runs = 5, env: NodeJS.ProcessEnv = process.env) {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await new Promise<void>((done) => {
      const child = spawn(process.execPath, args, { stdio: 'ignore', env });
      child.on('exit', () => done());
    });
    times.push(performance.now() - started);
  }
  return median(times);
}

/** `scribe --help` and `scribe lint` on a 10 KB post-mortem, beside a bare `node -e ''`. */
export async function benchCliStart() {
  const dir = await mkdtemp(join(tmpdir(), 'scribe-bench-cli-'));
  const base = await readFile('test/fixtures/postmortem/documents/inc-2024-001.md', 'utf8');
  const row = '| 12:33 | Still watching the error rate | carol |\n';
  const rows = Math.max(0, Math.floor((10_240 - base.length) / row.length));
  const file = join(dir, 'postmortem.md');
  await writeFile(file, base.replace('| 12:34 |', `${row.repeat(rows)}| 12:34 |`));
  const nodeMs = await wall(['-e', '']);
  const helpMs = await wall(['bin/scribe.js', '--help']);
  const lintMs = await wall(['bin/scribe.js', 'lint', file]);
  // Ratios to a bare node measured in the same run: comparable across machines and loads.
  return {
    nodeMs,
    helpMs,
    lintMs,
    helpRatio: helpMs / nodeMs,
    lintRatio: lintMs / nodeMs,
    lintKb: (await stat(file)).size / 1024,
  };
}

/**
 * The Action's bundle beside a reference in the same run: a minimal bundled action (one
 * @octokit/core request, bundled with esbuild as ours is). Both are spawned against a local
 * server; the time is from spawn to their first request arriving.
 */
export async function benchActionStart() {
  const dir = await mkdtemp(join(tmpdir(), 'scribe-bench-action-'));
  const reference = join(dir, 'reference.js');
  await writeFile(
    join(dir, 'reference-src.js'),
    `import { readFileSync } from 'node:fs';
import { Octokit } from '@octokit/core';
const event = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));
const [owner, repo] = process.env.GITHUB_REPOSITORY.split('/');
const octokit = new Octokit({ auth: process.env['INPUT_GITHUB-TOKEN'], baseUrl: process.env.GITHUB_API_URL });
await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}', { owner, repo, issue_number: event.issue.number }).catch(() => {});
`,
  );
  await build({
    entryPoints: [join(dir, 'reference-src.js')],
    outfile: reference,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    nodePaths: [join(process.cwd(), 'node_modules')],
    logLevel: 'silent',
  });
  const eventPath = join(dir, 'event.json');
  await writeFile(
    eventPath,
    JSON.stringify({
      action: 'labeled',
      label: { name: 'sev1' },
      issue: {
        number: 1,
        title: 'x',
        body: '',
        labels: [{ name: 'sev1' }],
        user: { login: 'a', type: 'User' },
        state: 'open',
        created_at: '2024-01-15T10:00:00Z',
        html_url: '',
      },
      repository: { name: 'shop', owner: { login: 'acme' }, default_branch: 'main' },
      sender: { login: 'a', type: 'User' },
    }),
  );
  let arrived: (() => void) | undefined;
  const server = createServer((_req, res) => {
    arrived?.();
    res.writeHead(503, { 'content-type': 'application/json' }).end('{"message":"bench"}');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const firstRequest = async (script: string) => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      const child = spawn(process.execPath, [script], {
        stdio: 'ignore',
        env: {
          PATH: process.env.PATH,
          GITHUB_EVENT_NAME: 'issues',
          GITHUB_EVENT_PATH: eventPath,
          GITHUB_REPOSITORY: 'acme/shop',
          GITHUB_API_URL: url,
          'INPUT_GITHUB-TOKEN': 'ghs_bench',
        },
      });
      await new Promise<void>((done) => {
        arrived = done;
      });
      times.push(performance.now() - started);
      child.kill();
      await new Promise((done) => child.on('exit', done));
    }
    return median(times);
  };
  try {
    return {
      bundleKb: (await stat('dist/index.js')).size / 1024,
      referenceKb: (await stat(reference)).size / 1024,
      firstRequestMs: await firstRequest('dist/index.js'),
      referenceFirstRequestMs: await firstRequest(reference),
    };
  } finally {
    server.close();
  }
}

/**
 * Idle memory of the app server (`npm start`, as shipped) beside a bare Probot server (an app
 * that does nothing), both started the same way in the same run: RSS once each answers HTTP.
 */
export async function benchIdleMemory(privateKey: string) {
  const dir = await mkdtemp(join(tmpdir(), 'scribe-bench-idle-'));
  const bare = join(dir, 'bare.mjs');
  await writeFile(
    bare,
    `import { run } from ${JSON.stringify(join(process.cwd(), 'node_modules/probot/lib/index.js'))};\nawait run(() => {});\n`,
  );
  const idle = async (args: string[], port: number) => {
    const child = spawn(process.execPath, args, {
      stdio: 'ignore',
      env: {
        PATH: process.env.PATH,
        APP_ID: '1',
        PRIVATE_KEY: privateKey,
        WEBHOOK_SECRET: 'bench',
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
      },
    });
    try {
      for (let i = 0; i < 200; i++) {
        const up = await fetch(`http://127.0.0.1:${port}/`).then(
          () => true,
          () => false,
        );
        if (up) break;
        await new Promise((done) => setTimeout(done, 100));
      }
      await new Promise((done) => setTimeout(done, 1000));
      const status = await readFile(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    } finally {
      child.kill();
      await new Promise((done) => child.on('exit', done));
    }
  };
  const bareMb = await idle([bare], 39_871);
  const appMb = await idle(['bin/probot.js'], 39_872);
  return { bareMb, appMb };
}

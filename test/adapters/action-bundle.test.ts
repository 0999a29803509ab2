import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

describe('the committed Action bundle (dist/index.js)', () => {
  it('runs on its own and fails the step with a clear annotation outside a workflow', () => {
    const env = { PATH: process.env.PATH ?? '' };
    const run = spawnSync(process.execPath, ['dist/index.js'], { env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      '::error title=incident-scribe::no token: set the `github-token` input (its default is the job token).\n',
    );
  });
});

describe('the committed CLI bundle (dist/cli.js, run by bin/scribe.js)', () => {
  it('answers --help without src/ or the sandbox', () => {
    const run = spawnSync(process.execPath, ['bin/scribe.js', '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: scribe <command>/);
    expect(run.stdout).toContain('  sandbox ');
  });

  it('leaves the sandbox out: it is loaded from src/ only by `scribe sandbox`', async () => {
    const files = (await readdir('dist')).filter((f) => f === 'cli.js' || f.startsWith('cli-'));
    const bundle = (await Promise.all(files.map((f) => readFile(`dist/${f}`, 'utf8')))).join('\n');
    expect(bundle.match(/import\("\.\.\/[^"]*sandbox[^"]*"\)/g)).toEqual([
      'import("../src/sandbox/sandbox.ts")',
    ]);
    expect(bundle).not.toContain('webhooks-schemas');
  });

  it('loads no command for --help: each is a chunk imported when it runs', async () => {
    const entry = await readFile('dist/cli.js', 'utf8');
    expect(entry.match(/import\("\.\/cli-(\w|-)+\.js"\)/g)?.length).toBe(9);
    // What loads before a command runs: the entry and its static imports (esbuild's helpers),
    // a few KB where it was the whole 2 MB bundle.
    const statics = [...entry.matchAll(/^import (?:.* from )?"\.\/(cli-[\w-]+\.js)";$/gm)];
    const sizes = await Promise.all(
      statics.map(async ([, f]) => (await readFile(`dist/${f}`)).length),
    );
    expect(entry.length + sizes.reduce((a, b) => a + b, 0)).toBeLessThan(20_000);
  });
});

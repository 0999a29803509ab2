#!/usr/bin/env node
// Bundles the entries into dist/ (committed: GitHub runs the Action without npm install, and
// the CLI starts without transpiling src/ on every run):
// - dist/index.js, the Action (src/main/action.ts);
// - dist/cli.js, the `scribe` CLI (src/main/cli.ts) without the sandbox, which bin/scribe.js
//   loads from src/ through tsx only for `scribe sandbox`; each command is a chunk of its own
//   (dist/cli-*.js, shared code in more chunks) loaded when it runs, so `--help` loads none;
// - dist/app.js, the app server (src/main/probot.ts): our code only, its packages stay in
//   node_modules, so `npm start` carries no transpiler and no second copy of Probot.
// `--check` builds into a temporary folder and fails when the committed dist/ differs.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const check = process.argv.includes('--check');
const outdir = check ? await mkdtemp(join(tmpdir(), 'scribe-dist-')) : 'dist';
// Chunk names carry a content hash: clear the old ones so none is left behind.
if (!check) {
  for (const file of await readdir(outdir)) {
    if (file.startsWith('cli-')) await rm(join(outdir, file));
  }
}

/** Keeps the sandbox out of the CLI bundle: its import stays a path into src/, run by tsx. */
const sandboxFromSource = {
  name: 'sandbox-from-source',
  setup(b) {
    b.onResolve({ filter: /\/sandbox\/sandbox\.ts$/ }, () => ({
      path: '../src/sandbox/sandbox.ts',
      external: true,
    }));
  },
};

const common = {
  outdir,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  // Some dependencies are CommonJS and call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __scribeRequire } from 'node:module'; const require = __scribeRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
};
await build({ ...common, entryPoints: { index: 'src/main/action.ts' } });
await build({
  ...common,
  entryPoints: { cli: 'src/main/cli.ts' },
  plugins: [sandboxFromSource],
  // Chunks sit beside cli.js, so the sandbox's path into src/ holds from each of them.
  splitting: true,
  chunkNames: 'cli-[name]-[hash]',
});
await build({
  ...common,
  entryPoints: { app: 'src/main/probot.ts' },
  packages: 'external',
  banner: undefined,
});

if (check) {
  let stale = false;
  const built = (await readdir(outdir)).sort();
  const committedFiles = (await readdir('dist')).sort();
  for (const file of committedFiles.filter((f) => !built.includes(f))) {
    console.error(`dist/${file} is not built from src/ any more. Run \`npm run build\`.`);
    stale = true;
  }
  for (const file of built) {
    const fresh = await readFile(join(outdir, file), 'utf8');
    const committed = await readFile(join('dist', file), 'utf8').catch(() => '');
    if (fresh !== committed) {
      console.error(
        `dist/${file} does not match a fresh build of src/. Run \`npm run build\` and commit dist/.`,
      );
      stale = true;
    }
  }
  await rm(outdir, { recursive: true, force: true });
  if (stale) process.exit(1);
  console.log('dist/ matches a fresh build.');
}

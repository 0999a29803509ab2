#!/usr/bin/env node
// Bundles the Action entry into dist/index.js (committed, as GitHub runs it without npm install).
// `--check` builds into a temporary folder and fails when the committed dist/ differs.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

const check = process.argv.includes('--check');
const outdir = check ? await mkdtemp(join(tmpdir(), 'scribe-dist-')) : 'dist';

await build({
  entryPoints: { index: 'src/main/action.ts' },
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
});

if (check) {
  const fresh = await readFile(join(outdir, 'index.js'), 'utf8');
  const committed = await readFile('dist/index.js', 'utf8').catch(() => '');
  await rm(outdir, { recursive: true, force: true });
  if (fresh !== committed) {
    console.error(
      'dist/index.js does not match a fresh build of src/. Run `npm run build` and commit dist/.',
    );
    process.exit(1);
  }
  console.log('dist/index.js matches a fresh build.');
}

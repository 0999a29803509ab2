#!/usr/bin/env node
// Runs the prebuilt CLI (dist/cli.js, committed and checked by `npm test`), so `npx scribe`
// starts without transpiling src/. Only `scribe sandbox` needs tsx: the emulator is loaded
// from src/ on demand, and stays out of every other command's start.
if (process.argv[2] === 'sandbox') {
  const { register } = await import('tsx/esm/api');
  register();
}
const { main } = await import('../dist/cli.js');
process.exitCode = await main(process.argv.slice(2));

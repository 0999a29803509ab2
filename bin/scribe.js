#!/usr/bin/env node
// Runs the TypeScript CLI straight from src/ through tsx, so `npx scribe` works
// right after `npm ci` with no build step to remember.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main/cli.ts');
process.exitCode = await main(process.argv.slice(2));

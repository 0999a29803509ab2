import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../src/adapters/cli/command.ts';

export const FIXTURES = fileURLToPath(new URL('../fixtures/postmortem/', import.meta.url));
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const UPDATE = process.env.UPDATE === '1';

export { configFrom } from '../helpers/config.ts';

/** The case folders under a fixture group, sorted. */
export function cases(group: string): string[] {
  return readdirSync(join(FIXTURES, group), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** A fixture file's text, or undefined when the case has none. */
export function readOptional(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

/**
 * The expected output stored beside a fixture. With UPDATE=1 the actual output is written
 * first, so regenerating is one command and the diff shows what changed.
 */
export function expected(path: string, actual: string): string {
  if (UPDATE) writeFileSync(path, actual);
  if (!existsSync(path)) throw new Error(`${path} is missing; run with UPDATE=1 and review it`);
  return readFileSync(path, 'utf8');
}

/** A CLI io that keeps what the command prints. */
export function memoryIo(cwd: string): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    cwd,
    env: {},
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
  };
  return io;
}

import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Config } from '../../core/config/config.ts';
import { CONFIG_PATH, formatProblem, parseConfigText } from '../../core/config/validate-config.ts';
import { MAX_POSTMORTEM_BYTES } from '../../core/postmortem/parse-document.ts';
import type { CliIo } from './command.ts';

export type FileText =
  | { ok: true; text: string }
  | { ok: false; oversize: true }
  | { ok: false; oversize: false; reason: string };

/** Reads a post-mortem, refusing files over the cap before reading them into memory. */
export async function readPostmortemFile(io: CliIo, file: string): Promise<FileText> {
  const path = resolve(io.cwd, file);
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, oversize: false, reason: 'is not a file' };
    if (info.size > MAX_POSTMORTEM_BYTES) return { ok: false, oversize: true };
    return { ok: true, text: await readFile(path, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      oversize: false,
      reason: code === 'ENOENT' ? 'does not exist' : `cannot be read: ${(error as Error).message}`,
    };
  }
}

/**
 * The configuration in the working directory (`.github/incident-scribe.yml`), or the
 * defaults when there is none. Problems are printed and come back as undefined.
 */
export async function loadCliConfig(
  io: CliIo,
  command: string,
  file?: string,
): Promise<Config | undefined> {
  const path = file ?? CONFIG_PATH;
  let text = '';
  try {
    text = await readFile(resolve(io.cwd, path), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || file !== undefined) {
      io.stderr(`scribe ${command}: cannot read ${path}: ${(error as Error).message}\n`);
      return undefined;
    }
  }
  const result = parseConfigText(text, path);
  if (result.ok) return result.config;
  for (const problem of result.problems) io.stderr(`${formatProblem(problem)}\n`);
  io.stderr(
    `scribe ${command}: the configuration has ${result.problems.length} problem(s); run "scribe config" for details\n`,
  );
  return undefined;
}

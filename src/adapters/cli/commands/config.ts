import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { dump } from 'js-yaml';
import {
  CONFIG_PATH,
  formatProblem,
  parseConfigText,
  parseYamlDocument,
} from '../../../core/config/validate-config.ts';
import type { CliCommand } from '../command.ts';

/** `scribe config [FILE]`: validates a configuration file and prints the resolved settings. */
export const configCommand: CliCommand = {
  usage: `Usage: scribe config [FILE] [--json]

Checks FILE (default ${CONFIG_PATH}) and prints the resolved configuration: every setting,
defaults included, as YAML (--json: as JSON). A missing default file means the defaults.
\`_extends\` is not followed here: the settings shown are FILE's own over the defaults.
Exit 0 when valid, 2 when not.`,
  async run(args, io) {
    const json = args.includes('--json');
    const named = args.find((a) => !a.startsWith('--'));
    const file = named ?? CONFIG_PATH;
    let text: string | undefined;
    try {
      text = await readFile(resolve(io.cwd, file), 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' || named !== undefined) {
        io.stderr(`scribe config: ${file} ${readError(code)}\n`);
        return 2;
      }
    }
    const result = parseConfigText(text ?? '', file);
    if (!result.ok) {
      for (const problem of result.problems) io.stderr(`${formatProblem(problem)}\n`);
      io.stderr(`\n${result.problems.length} problem(s) in ${file}. Nothing was changed.\n`);
      return 2;
    }
    const base = text === undefined ? undefined : extendsOf(text, file);
    if (base !== undefined) {
      // The base lives in another repository: reading it needs GitHub, which this command
      // does not call. Say so rather than print settings that may not be the ones in force.
      io.stderr(
        `scribe config: ${file} extends ${JSON.stringify(base)}, which was not read: the settings below are this file's own over the defaults; the app and the Action merge the base under them.\n`,
      );
    }
    if (json) {
      io.stdout(`${JSON.stringify(result.config, null, 2)}\n`);
      return 0;
    }
    const verdict =
      text === undefined ? `${file}: not found; the defaults apply` : `${file}: valid`;
    io.stdout(`${verdict}\n\n${dump(result.config, { lineWidth: 100, noRefs: true })}`);
    return 0;
  },
};

function readError(code: string | undefined): string {
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
  return `cannot be read (${code ?? 'unknown error'})`;
}

function extendsOf(text: string, file: string): unknown {
  const document = parseYamlDocument(text, file);
  const value = document.ok ? document.value : undefined;
  return value && typeof value === 'object' && !Array.isArray(value) && '_extends' in value
    ? (value as Record<string, unknown>)._extends
    : undefined;
}

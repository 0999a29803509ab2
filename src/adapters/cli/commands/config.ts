import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  CONFIG_PATH,
  formatProblem,
  parseConfigText,
} from '../../../core/config/validate-config.ts';
import type { CliCommand } from '../command.ts';

/** `scribe config [FILE]`: validates a configuration file and prints the resolved settings. */
export const configCommand: CliCommand = {
  summary: 'Check .github/incident-scribe.yml and print the settings it resolves to',
  usage: `Usage: scribe config [FILE] [--json]

Checks FILE (default ${CONFIG_PATH}) and prints the resolved configuration.
A missing file means the defaults. Exit 0 when valid, 2 when not.`,
  async run(args, io) {
    const json = args.includes('--json');
    const file = args.find((a) => !a.startsWith('--')) ?? CONFIG_PATH;
    let text: string | undefined;
    try {
      text = await readFile(resolve(io.cwd, file), 'utf8');
    } catch (error) {
      if (
        (error as NodeJS.ErrnoException).code !== 'ENOENT' ||
        args.some((a) => !a.startsWith('--'))
      ) {
        io.stderr(`scribe config: cannot read ${file}: ${(error as Error).message}\n`);
        return 2;
      }
    }
    const result = parseConfigText(text ?? '', file);
    if (!result.ok) {
      for (const problem of result.problems) io.stderr(`${formatProblem(problem)}\n`);
      io.stderr(`\n${result.problems.length} problem(s) in ${file}. Nothing was changed.\n`);
      return 2;
    }
    const verdict =
      text === undefined ? `${file}: not found; the defaults apply` : `${file}: valid`;
    io.stdout(json ? `${JSON.stringify(result.config, null, 2)}\n` : `${verdict}\n`);
    return 0;
  },
};

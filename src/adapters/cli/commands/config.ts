import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { dump } from 'js-yaml';
import {
  CONFIG_PATH,
  formatProblem,
  parseConfigText,
  parseYamlDocument,
} from '../../../core/config/validate-config.ts';
import type { CliCommand, CliIo } from '../command.ts';

/** `scribe config [FILE]`: validates a configuration file and prints the resolved settings. */
export const configCommand: CliCommand = {
  usage: `Usage: scribe config [FILE] [--json]
       scribe config --repo OWNER/NAME [--json]

Checks FILE (default ${CONFIG_PATH}) and prints the resolved configuration: every setting,
defaults included, as YAML (--json: as JSON). A missing default file means the defaults.
\`_extends\` is not followed for FILE: the settings shown are its own over the defaults.
With --repo, reads the configuration in force for that repository from GitHub, as the app
does (its file on the default branch, else the owner's .github repository, \`_extends\`
followed), with the token in GITHUB_TOKEN (or GH_TOKEN), and names the files it read.
Exit 0 when valid, 2 when not.`,
  async run(args, io) {
    const json = args.includes('--json');
    if (args.some((a) => a === '--repo' || a.startsWith('--repo='))) return fromGitHub(args, io);
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
        `scribe config: ${file} extends ${JSON.stringify(base)}, which was not read: the settings below are this file's own over the defaults; the app and the Action merge the base under them (\`scribe config --repo OWNER/NAME\` shows the merged settings).\n`,
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

/** `--repo OWNER/NAME`: the settings in force for a repository, read as the app reads them. */
async function fromGitHub(args: string[], io: CliIo): Promise<number> {
  // Loaded here only: the GitHub client stays out of the local check's start.
  const { parseRepo, repoPort, takeRepoFlag } = await import('./repo-job.ts');
  const { loadConfig } = await import('../../../usecases/config/load-config.ts');
  const { repo: value, rest } = takeRepoFlag(args);
  const json = rest.includes('--json');
  const extra = rest.find((a) => a !== '--json');
  if (extra !== undefined) {
    io.stderr(`scribe config: with --repo, ${extra} is not an option (FILE is for a local file)\n`);
    return 2;
  }
  const repo = parseRepo(value);
  if (typeof repo === 'string') {
    io.stderr(`scribe config: ${repo}\n`);
    return 2;
  }
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  if (!token) {
    io.stderr(
      'scribe config: set GITHUB_TOKEN (or GH_TOKEN) to a token that can read the repository\n',
    );
    return 2;
  }
  const name = `${repo.owner}/${repo.repo}`;
  const loaded = await loadConfig(repoPort({ ...repo, dryRun: false }, token, io));
  const read = `Read: ${loaded.sources.join(', ')}`;
  if (!loaded.ok) {
    for (const problem of loaded.problems) io.stderr(`${formatProblem(problem)}\n`);
    io.stderr(`\n${loaded.problems.length} problem(s) in the configuration of ${name}. ${read}\n`);
    return 2;
  }
  if (json) {
    io.stdout(`${JSON.stringify(loaded.config, null, 2)}\n`);
    return 0;
  }
  io.stdout(`${name}: valid. ${read}\n\n${dump(loaded.config, { lineWidth: 100, noRefs: true })}`);
  return 0;
}

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

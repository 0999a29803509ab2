import { ProbotOctokit } from 'probot';
import { createOctokitPort } from '../../../github/octokit-port.ts';
import type { GitHubPort } from '../../../github/port.ts';
import { loadConfig } from '../../../usecases/config/load-config.ts';
import { runScheduled } from '../../../usecases/handle-event.ts';
import type { JobName } from '../../../usecases/scheduled-jobs.ts';
import type { CliCommand, CliIo } from '../command.ts';

/**
 * A scheduled job run from the CLI against one repository, with a token from the environment
 * (GITHUB_TOKEN or GH_TOKEN). `--dry-run` writes nothing: each write is printed instead.
 */
export function repoJobCommand(name: string, job: JobName): CliCommand {
  const usage = `Usage: scribe ${name} --repo OWNER/NAME [--dry-run]

Runs the ${job} job once in one repository (see docs/reports.md), with the token in
GITHUB_TOKEN (or GH_TOKEN). GITHUB_API_URL points at another API (GitHub Enterprise Server).
SCRIBE_LOGIN is the login the token writes as (default: asked with GET /user): the scribe
trusts only its own reports and markers. --dry-run prints each write instead of making it.
Exit 0 when the job ran, 2 on bad usage, a missing token or an invalid configuration.`;
  return {
    usage,
    async run(args, io) {
      const parsed = parseArgs(args);
      if (typeof parsed === 'string') {
        io.stderr(`scribe ${name}: ${parsed}\n\n${usage}\n`);
        return 2;
      }
      const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
      if (!token) {
        io.stderr(`scribe ${name}: set GITHUB_TOKEN (or GH_TOKEN) to a token with issues: write\n`);
        return 2;
      }
      return runJob(name, job, parsed, token, io);
    },
  };
}

async function runJob(
  name: string,
  job: JobName,
  args: { owner: string; repo: string; dryRun: boolean },
  token: string,
  io: CliIo,
): Promise<number> {
  const port = repoPort(args, token, io);
  const result = await runScheduled(job, {
    port,
    loadConfig: () => loadConfig(port),
    now: io.clock ?? (() => new Date()),
  });
  if (args.dryRun && result.summary) io.stdout(`\n${result.summary}\n`);
  io.stdout(`${args.owner}/${args.repo} ${job}: ${result.outcome}\n`);
  for (const [key, value] of Object.entries(result.outputs)) io.stdout(`${key}: ${value}\n`);
  if (result.outcome.startsWith('refused')) {
    io.stderr(
      `scribe ${name}: ${result.outcome}; run \`npx scribe config\` on the repository's file\n`,
    );
    return 2;
  }
  return 0;
}

/**
 * The GitHub port of a CLI command on one repository: the token given, GITHUB_API_URL for
 * another API, SCRIBE_LOGIN (or GET /user) for the login the scribe trusts as itself.
 */
export function repoPort(
  args: { owner: string; repo: string; dryRun: boolean },
  token: string,
  io: CliIo,
): GitHubPort {
  const octokit = new ProbotOctokit({
    auth: { token },
    baseUrl: io.env.GITHUB_API_URL || 'https://api.github.com',
  });
  let self: Promise<string> | undefined;
  return createOctokitPort({
    octokit,
    repo: { owner: args.owner, repo: args.repo },
    selfLogin: () => {
      self ??= io.env.SCRIBE_LOGIN
        ? Promise.resolve(io.env.SCRIBE_LOGIN)
        : octokit.rest.users.getAuthenticated().then(({ data }) => data.login);
      return self;
    },
    dryRun: args.dryRun,
    log: (message) => io.stdout(`${message}\n`),
  });
}

/** OWNER/NAME as `--repo` gives it, or the one-line reason it is not. */
export function parseRepo(repo: string | undefined): { owner: string; repo: string } | string {
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(repo ?? '');
  if (!match)
    return repo === undefined
      ? 'name the repository with --repo OWNER/NAME'
      : `not OWNER/NAME: ${repo}`;
  return { owner: match[1] as string, repo: match[2] as string };
}

/** `--repo OWNER/NAME` (or `--repo=OWNER/NAME`) taken out of the arguments, and the rest. */
export function takeRepoFlag(args: string[]): { repo: string | undefined; rest: string[] } {
  let repo: string | undefined;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--repo') repo = args[++i];
    else if (arg.startsWith('--repo=')) repo = arg.slice('--repo='.length);
    else rest.push(arg);
  }
  return { repo, rest };
}

function parseArgs(args: string[]): { owner: string; repo: string; dryRun: boolean } | string {
  const { repo, rest } = takeRepoFlag(args);
  const unknown = rest.find((arg) => arg !== '--dry-run');
  if (unknown !== undefined) return `unknown option ${unknown}`;
  const parsed = parseRepo(repo);
  return typeof parsed === 'string' ? parsed : { ...parsed, dryRun: rest.includes('--dry-run') };
}

import { relative, resolve, sep } from 'node:path';
import { OVERSIZE_MESSAGE } from '../../../core/postmortem/parse-document.ts';
import { syncPostmortemItems } from '../../../usecases/action-items/sync-merged-postmortem.ts';
import { loadConfig } from '../../../usecases/config/load-config.ts';
import type { CliIo } from '../command.ts';
import { readPostmortemFile } from '../read-postmortem.ts';
import { parseRepo, repoPort, takeRepoFlag } from './repo-job.ts';

const NAME = 'scribe action-items';

/**
 * `scribe action-items FILE... --file --repo OWNER/NAME`: files the items of post-mortems a
 * team already has, through the same use case as a merged post-mortem (so running it twice,
 * or after the app, files nothing twice). 1. Read every file (all or nothing). 2. Reach the
 * repository and its configuration. 3. Sync each file's table; print one line per file.
 */
export async function fileActionItems(args: string[], io: CliIo, usage: string): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`${NAME}: ${parsed}\n\n${usage}\n`);
    return 2;
  }
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  if (!token) {
    io.stderr(`${NAME}: set GITHUB_TOKEN (or GH_TOKEN) to a token with issues: write\n`);
    return 2;
  }
  // 1. Every file first: a typo in the fifth name must not leave four post-mortems filed.
  const texts: { path: string; text: string }[] = [];
  for (const file of parsed.files) {
    const read = await readPostmortemFile(io, file);
    if (!read.ok) {
      io.stderr(
        read.oversize
          ? `${NAME}: cannot read ${file}: ${OVERSIZE_MESSAGE}\n`
          : `${NAME}: ${file} ${read.reason}\n`,
      );
      return 2;
    }
    // The path in the repository, as the item's "From:" link names it.
    texts.push({
      path: relative(io.cwd, resolve(io.cwd, file)).split(sep).join('/'),
      text: read.text,
    });
  }
  // 2. The repository and its configuration.
  const port = repoPort(parsed, token, io);
  const where = `${parsed.owner}/${parsed.repo}`;
  let defaultBranch: string;
  try {
    defaultBranch = await port.defaultBranch();
  } catch (error) {
    io.stderr(`${NAME}: cannot read ${where}: ${reason(error)} (check --repo and the token)\n`);
    return 2;
  }
  const loaded = await loadConfig(port);
  if (!loaded.ok) {
    io.stderr(`${NAME}: ${where} has an invalid configuration; run \`npx scribe config\`\n`);
    return 2;
  }
  // 3. Each post-mortem, as if it had just merged (without a pull request to comment on).
  const self = await port.selfLogin();
  const now = io.clock?.() ?? new Date();
  const today = now.toISOString().slice(0, 10);
  let failed = 0;
  for (const { path, text } of texts) {
    try {
      const synced = await syncPostmortemItems(port, loaded.config, {
        path,
        text,
        self,
        defaultBranch,
        today,
        now,
      });
      if (!synced.filed) failed++;
      io.stdout(`${synced.outcome}\n`);
    } catch (error) {
      failed++;
      io.stdout(`${path}: not filed: ${reason(error)}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

function parseArgs(
  args: string[],
): { owner: string; repo: string; dryRun: boolean; files: string[] } | string {
  const { repo, rest } = takeRepoFlag(args);
  let dryRun = false;
  const files: string[] = [];
  for (const arg of rest) {
    if (arg === '--file') continue;
    if (arg === '--dry-run') dryRun = true;
    else if (arg.startsWith('-')) return `unknown option ${arg}`;
    else files.push(arg);
  }
  if (files.length === 0) return 'name at least one post-mortem file';
  const parsed = parseRepo(repo);
  return typeof parsed === 'string' ? parsed : { ...parsed, dryRun, files };
}

function reason(error: unknown): string {
  const status = (error as { status?: number }).status;
  const message = (error as Error).message?.split('\n')[0] ?? String(error);
  return status ? `GitHub answered ${status}: ${message.slice(0, 200)}` : message.slice(0, 200);
}

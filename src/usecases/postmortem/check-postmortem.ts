import type { Config } from '../../core/config/config.ts';
import { checkReport } from '../../core/postmortem/check-report.ts';
import { lintPostmortem } from '../../core/postmortem/lint.ts';
import type { GitHubPort } from '../../github/port.ts';

const MAX_OWNER_LOOKUPS = 20;

/** The post-mortem files a pull request adds or changes: Markdown inside the folder. */
export function postmortemFiles(config: Config, paths: string[]): string[] {
  const folder = `${config.postmortem.folder}/`;
  return paths.filter((p) => p.startsWith(folder) && p.toLowerCase().endsWith('.md'));
}

/** Runs the linter over the pull request's post-mortem files; one `post-mortem` check run. */
export async function checkPostmortemPull(
  port: GitHubPort,
  config: Config,
  pull: { number: number; headSha: string; headRef: string },
): Promise<string> {
  const files = postmortemFiles(config, await port.listPullFiles(pull.number));
  if (files.length === 0) return 'ignored: no post-mortem in this pull request';
  await checkPostmortemFiles(port, config, pull.headSha, files, pull.headRef);
  return 'post-mortem checked';
}

/** Lints each file at the head commit and reports the `post-mortem` check on it. */
export async function checkPostmortemFiles(
  port: GitHubPort,
  config: Config,
  headSha: string,
  paths: string[],
  ref: string,
): Promise<void> {
  const owners = new Map<string, boolean>();
  const results = [];
  for (const path of paths) {
    const text = (await port.readFile(path, { ref })) ?? '';
    // Owners must have access: ask GitHub once per login (teams are taken as written).
    const messages = lintPostmortem(text, { config });
    const logins = [...text.matchAll(/@([A-Za-z0-9-]{1,39})(?![/\w-])/g)].map((m) => m[1] as string);
    for (const login of logins.slice(0, MAX_OWNER_LOOKUPS)) {
      if (!owners.has(login.toLowerCase())) owners.set(login.toLowerCase(), (await port.permissionOf(login)) !== 'none');
    }
    const known = (owner: string) => {
      const login = owner.replace(/^@/, '').toLowerCase();
      return login.includes('/') || owners.get(login) !== false;
    };
    results.push({ path, messages: owners.size > 0 ? lintPostmortem(text, { config, knownOwners: known }) : messages });
  }
  await port.reportCheckRun(checkReport(headSha, results));
}

import type { Config } from '../../core/config/config.ts';
import { parseActionItems } from '../../core/postmortem/action-items.ts';
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
  const access = new Map<string, boolean>();
  const results = [];
  for (const path of paths) {
    const text = (await port.readFile(path, { ref })) ?? '';
    // Owners must have access: GitHub is asked once per login; teams are taken as written.
    const parsed = parseActionItems(text);
    const logins = (parsed.ok ? parsed.items : [])
      .map((item) => item.owner?.replace(/^@/, '') ?? '')
      .filter((login) => /^[A-Za-z0-9-]{1,39}$/.test(login));
    for (const login of logins.slice(0, MAX_OWNER_LOOKUPS)) {
      const key = login.toLowerCase();
      if (!access.has(key)) access.set(key, (await port.permissionOf(login)) !== 'none');
    }
    const knownOwners = (owner: string) =>
      access.get(owner.replace(/^@/, '').toLowerCase()) !== false;
    results.push({ path, messages: lintPostmortem(text, { config, knownOwners }) });
  }
  await port.reportCheckRun(checkReport(headSha, results));
}

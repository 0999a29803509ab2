import type { Config } from '../../core/config/config.ts';
import { parseActionItems } from '../../core/postmortem/action-items.ts';
import { checkReport, sectionsToWrite } from '../../core/postmortem/check-report.ts';
import { lintPostmortem } from '../../core/postmortem/lint.ts';
import { templateRules } from '../../core/postmortem/lint-sections.ts';
import { inFolder } from '../../core/postmortem/location.ts';
import { type ReadPostmortem, readPostmortem } from '../../core/postmortem/parse-document.ts';
import type { GitHubPort } from '../../github/port.ts';

const MAX_OWNER_LOOKUPS = 20;
const LOGIN = /^[A-Za-z0-9-]{1,39}$/;

/** The post-mortem files a pull request adds or changes: Markdown inside the folder. */
export function postmortemFiles(config: Config, paths: string[]): string[] {
  return paths.filter((p) => inFolder(config.postmortem.folder, p));
}

/** Runs the linter over the pull request's post-mortem files; one `post-mortem` check run. */
export async function checkPostmortemPull(
  port: GitHubPort,
  config: Config,
  pull: { number: number; headSha: string; headRef: string },
): Promise<string> {
  // 1. Only pull requests that add or change a post-mortem get the check.
  const paths = postmortemFiles(config, await port.listPullFiles(pull.number));
  if (paths.length === 0) return 'ignored: no post-mortem in this pull request';
  // 2. A repository template sets the sections the linter requires.
  const template = config.postmortem.template
    ? await port.readFile(config.postmortem.template)
    : undefined;
  // 3. Read each file at the head commit (a fork's branch is not in this repository), check it.
  await checkPostmortemFiles(port, config, {
    headSha: pull.headSha,
    files: paths.map((path) => ({ path })),
    template,
  });
  return 'post-mortem checked';
}

/**
 * Lints each file at the head commit and reports the `post-mortem` check on it. Files whose
 * text (or parse) the caller already holds are not read (or parsed) again.
 */
export async function checkPostmortemFiles(
  port: GitHubPort,
  config: Config,
  input: {
    headSha: string;
    files: { path: string; text?: string; read?: ReadPostmortem }[];
    template?: string;
    /** The scribe made the head commit in this event: it has no check run to update yet. */
    freshCommit?: boolean;
  },
): Promise<void> {
  const rules = input.template ? templateRules(input.template) : undefined;
  // Each file is parsed once, here, and every reader below shares that one reading.
  const texts = [];
  for (const file of input.files) {
    if (file.read) {
      texts.push({ path: file.path, read: file.read });
      continue;
    }
    const text = file.text ?? (await port.readFile(file.path, { ref: input.headSha })) ?? '';
    texts.push({ path: file.path, read: readPostmortem(text) });
  }
  // Owners must have access: GitHub is asked once per login, for the first few logins;
  // teams are taken as written.
  const logins = new Map<string, string>();
  for (const { read } of texts) {
    const parsed = parseActionItems(read);
    for (const item of parsed.ok ? parsed.items : []) {
      const login = item.owner?.replace(/^@/, '') ?? '';
      if (LOGIN.test(login)) logins.set(login.toLowerCase(), login);
    }
  }
  const access = new Map<string, boolean>();
  for (const [key, login] of [...logins].slice(0, MAX_OWNER_LOOKUPS)) {
    access.set(key, (await port.permissionOf(login)) !== 'none');
  }
  const knownOwners = (owner: string) =>
    access.get(owner.replace(/^@/, '').toLowerCase()) !== false;
  const files = texts.map(({ path, read }) => {
    const messages = lintPostmortem(read, {
      config,
      knownOwners,
      ...(rules ?? {}),
    });
    return { path, messages, toWrite: sectionsToWrite(read, messages) };
  });
  await port.reportCheckRun(checkReport(input.headSha, files), {
    freshCommit: input.freshCommit === true,
  });
}

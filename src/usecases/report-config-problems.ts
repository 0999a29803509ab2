import { CONFIG_ERROR_MARKER, renderConfigError } from '../core/config/render-config-error.ts';
import type { ConfigProblem } from '../core/config/validate-config.ts';
import type { GitHubPort } from '../github/port.ts';
import { ensureOwnComment } from './shared/own-comment.ts';

/** Says once, on the issue that triggered it, why the scribe did nothing; updates that comment after. */
export async function reportConfigProblems(
  port: GitHubPort,
  issue: number,
  problems: ConfigProblem[],
): Promise<void> {
  const self = await port.selfLogin();
  const comments = await port.listIssueComments(issue);
  await ensureOwnComment(port, issue, CONFIG_ERROR_MARKER, renderConfigError(problems), {
    comments,
    self,
  });
}

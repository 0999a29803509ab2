import { type GitHubPort, OutcomeUnknown } from '../../github/port.ts';

/** Tries in all, each after a look for what the one before may have opened. */
const OPEN_ATTEMPTS = 3;

/**
 * Opens an issue exactly once. The request is never repeated blind: when its answer does not
 * prove that GitHub refused it (a 5xx, a cut connection), GitHub may have opened the issue
 * anyway, so `find` looks for it (by the marker the caller wrote) and it is taken if it is
 * there. Only when it is not is the request tried again. A refusal, or the last try, calls
 * `giveUp` (a caller that claimed the issue gives its claim back) and throws. When `find`
 * itself fails, nothing is given up: a later delivery finds the issue or tries again.
 */
export async function openIssueOnce<Found>(
  port: GitHubPort,
  issue: Parameters<GitHubPort['createIssue']>[0],
  find: () => Promise<Found | undefined>,
  giveUp: () => Promise<void> = async () => {},
): Promise<Awaited<ReturnType<GitHubPort['createIssue']>> | Found> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await port.createIssue(issue, { once: true });
    } catch (error) {
      if (!(error instanceof OutcomeUnknown)) {
        await giveUp().catch(() => {});
        throw error;
      }
      const opened = await find();
      if (opened) return opened;
      if (attempt >= OPEN_ATTEMPTS) {
        await giveUp().catch(() => {});
        throw error.cause;
      }
      port.allowWrites(1);
    }
  }
}

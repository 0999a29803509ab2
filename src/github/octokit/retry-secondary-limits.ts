import { secondaryLimitWait } from './rest-shapes.ts';
import type { Octokit } from './verb-context.ts';

const RETRIES = 2;
const wrapped = new WeakSet<Octokit>();

/**
 * Probot's throttling plugin only logs secondary rate limits, and GitHub does not redeliver a
 * webhook that failed: one 403 on any request, read or write, would lose the event. So every
 * request of this client is retried after the wait GitHub asks for (a minute without one).
 */
export function retrySecondaryLimits(
  octokit: Octokit,
  sleep: (ms: number) => Promise<void>,
  log: (message: string) => void,
): void {
  if (wrapped.has(octokit)) return;
  wrapped.add(octokit);
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(options);
      } catch (error) {
        const wait = secondaryLimitWait(error);
        if (wait === undefined || attempt >= RETRIES) throw error;
        log(
          `secondary rate limit on ${options.method} ${options.url}; retrying in ${wait / 1000} s`,
        );
        await sleep(wait);
      }
    }
  });
}

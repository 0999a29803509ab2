import { statusOf } from './rest-shapes.ts';
import type { Octokit } from './verb-context.ts';

export interface OutageBudget {
  /** No retry starts later than this after GitHub began failing (the first failure in a row). */
  retryForMs: number;
  /** Gives up this long after GitHub began failing; a request that hangs is cut this long after it began. */
  giveUpAfterMs: number;
  /** Most attempts of one request (the sandbox's clock stands still while it waits). */
  attempts: number;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

/** Thrown when GitHub kept failing for the whole budget; its message is the one line logged. */
export class GitHubUnavailable extends Error {
  /** Answered to the webhook, so that GitHub records the delivery as failed. */
  readonly status = 503;
}

/**
 * One budget for everything an event asks of GitHub while GitHub fails (5xx, or no answer):
 * each request is retried with a doubling wait (1 s, 2 s, 4 s...) only while GitHub has been
 * failing for less than the retry window, and gives up at the deadline. The clock starts at the
 * first failure in a row, shared by the event's requests, and any answer stops it: time spent
 * working, or waiting on purpose (pacing writes under GitHub's limit, a `retry-after`), is not
 * an outage. Clients that use it turn @octokit/plugin-retry off: its retries are per request
 * (1 + 4 + 9 s, each with a new installation token) and add up over an event's requests, to
 * minutes in an outage.
 */
export function limitOutages(octokit: Octokit, budget: OutageBudget): void {
  // When GitHub began failing (no answer or 5xx since); undefined while it answers.
  let failingSince: number | undefined;
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 1; ; attempt++) {
      const begun = budget.now();
      const left = (failingSince ?? begun) + budget.giveUpAfterMs - begun;
      try {
        if (left <= 0) throw new Error('deadline reached');
        const answer = await request({
          ...options,
          request: { ...options.request, signal: AbortSignal.timeout(Math.ceil(left)) },
        });
        failingSince = undefined;
        return answer;
      } catch (error) {
        // An installation token is made by a request of its own, with its own budget loop.
        if (error instanceof GitHubUnavailable) throw error;
        const status = statusOf(error);
        const cut = (error as Error).name === 'TimeoutError' || left <= 0;
        // 4xx are answers (404 means absent, 422 means exists): only failures are retried.
        if (!cut && !(status !== undefined && status >= 500)) {
          if (status !== undefined) failingSince = undefined;
          throw error;
        }
        failingSince ??= begun;
        // A write sent once (`request.retries: 0`, as @octokit/plugin-retry reads it): its
        // caller looks for what it did before trying again, rather than doing it twice.
        const once = (options.request as { retries?: number } | undefined)?.retries === 0;
        if (once && !cut) throw error;
        const wait = 1000 * 2 ** (attempt - 1);
        const elapsed = budget.now() - failingSince;
        if (cut || attempt >= budget.attempts || elapsed + wait > budget.retryForMs) {
          const what = cut ? 'no answer' : `${status}`;
          const gaveUp = new GitHubUnavailable(
            `GitHub unavailable: ${what} to ${options.method} ${options.url} after ${attempt} attempt(s) in ${Math.round(elapsed / 1000)} s; gave up`,
          );
          gaveUp.stack = gaveUp.message;
          throw gaveUp;
        }
        await budget.sleep(wait);
      }
    }
  });
}

import type { ProbotOctokit } from 'probot';
import { AppOctokit } from '../../adapters/probot/app-octokit.ts';
import { ScribeOctokit } from '../../github/octokit/scribe-octokit.ts';

/** A limiter group that never waits: the sandbox compresses the app's pacing, not its logic. */
const noWait = {
  key: () => ({
    schedule: (...args: unknown[]) => {
      const at = typeof args[0] === 'function' ? 0 : 1;
      const fn = args[at] as (...a: unknown[]) => unknown;
      return Promise.resolve(fn(...args.slice(at + 1)));
    },
  }),
};

/**
 * The app's client (Probot's, see app-octokit.ts) with its waits compressed: 1 s between writes and retry back-off in seconds
 * become immediate and milliseconds, so a lifecycle runs in seconds while what is retried,
 * and how often, stays the same. `fetch` lets the sandbox tag requests with their delivery.
 */
export function sandboxOctokit(
  fetch: typeof globalThis.fetch = globalThis.fetch,
): typeof ProbotOctokit {
  return AppOctokit.defaults(compressWaits(fetch)) as typeof ProbotOctokit;
}

/** The Action's own client (scribe-octokit.ts) with the same waits compressed. */
export function sandboxActionOctokit(
  fetch: typeof globalThis.fetch = globalThis.fetch,
): typeof ScribeOctokit {
  return ScribeOctokit.defaults(compressWaits(fetch)) as typeof ScribeOctokit;
}

function compressWaits(fetch: typeof globalThis.fetch) {
  // A function, not an object: Probot passes its own `throttle` options, which would replace
  // ours wholesale; here they are merged, keeping the handlers and dropping only the waits.
  return (instance: Record<string, unknown>) => ({
    ...instance,
    retry: { ...(instance.retry as object), retryAfterBaseValue: 1 },
    throttle: {
      ...(instance.throttle as object),
      retryAfterBaseValue: 1,
      write: noWait,
      notifications: noWait,
      search: noWait,
    },
    request: { ...(instance.request as object), fetch },
  });
}

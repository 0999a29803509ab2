import { ProbotOctokit } from 'probot';

/**
 * Probot's client without @octokit/plugin-retry: each event's own budget (outage-budget.ts)
 * retries failures, installation tokens included, and gives up in seconds, not minutes.
 * A function, not an object, so that options given later merge into `retry`.
 */
export const AppOctokit = ProbotOctokit.defaults((instance: Record<string, unknown>) => ({
  ...instance,
  retry: { ...(instance.retry as object | undefined), enabled: false },
}));

import { Octokit as Core } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { restEndpointMethods } from '@octokit/plugin-rest-endpoint-methods';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

/**
 * The client of the Action: the plugins of Probot's ProbotOctokit that the scribe uses (the
 * same retry, throttling and pagination), without Probot itself, so the Action's bundle carries
 * no web server, logger or second YAML parser. The app keeps ProbotOctokit, which is a superset.
 */
export const ScribeOctokit = Core.plugin(
  throttling,
  retry,
  paginateRest,
  restEndpointMethods,
  // A function, not an object, so that options given later (the sandbox's) merge into
  // `throttle` instead of replacing it and its required handlers.
).defaults((instance: Record<string, unknown>) => ({
  userAgent: 'incident-scribe',
  ...instance,
  throttle: {
    // A primary limit: wait as GitHub says, once. A secondary one is retried by
    // retry-secondary-limits.ts for every request, so the plugin only reports it.
    onRateLimit: (_after: number, _options: unknown, _octokit: unknown, retries: number) =>
      retries < 1,
    onSecondaryRateLimit: () => false,
    ...(instance.throttle as object | undefined),
  },
}));

/** The client every verb receives: ScribeOctokit, or Probot's ProbotOctokit in the app. */
export type Octokit = InstanceType<typeof ScribeOctokit>;

import { createRequire as __scribeRequire } from 'node:module'; const require = __scribeRequire(import.meta.url);
import {
  createAppHookPort
} from "./cli-chunk-VU5Z4UGI.js";
import {
  Octokit,
  createAppAuth,
  paginateRest,
  restEndpointMethods,
  retry,
  throttling
} from "./cli-chunk-WYNKUKAI.js";
import "./cli-chunk-E3G7MPRX.js";

// src/github/octokit/scribe-octokit.ts
var ScribeOctokit = Octokit.plugin(
  throttling,
  retry,
  paginateRest,
  restEndpointMethods
  // A function, not an object, so that options given later (the sandbox's) merge into
  // `throttle` instead of replacing it and its required handlers.
).defaults((instance) => ({
  userAgent: "incident-scribe",
  ...instance,
  throttle: {
    // A primary limit: wait as GitHub says, once. A secondary one is retried by
    // retry-secondary-limits.ts for every request, so the plugin only reports it.
    onRateLimit: (_after, _options, _octokit, retries) => retries < 1,
    onSecondaryRateLimit: () => false,
    ...instance.throttle
  }
}));

// src/adapters/shared/app-client.ts
function appHookPortFor(options) {
  const { env } = options;
  const baseUrl = env.GITHUB_API_URL || (env.GHE_HOST ? `${env.GHE_PROTOCOL || "https"}://${env.GHE_HOST}/api/v3` : void 0);
  const Octokit2 = options.Octokit ?? ScribeOctokit;
  const octokit = new Octokit2({
    authStrategy: createAppAuth,
    auth: { appId: options.appId, privateKey: options.privateKey },
    ...baseUrl ? { baseUrl } : {}
  });
  return createAppHookPort(octokit);
}
export {
  appHookPortFor
};

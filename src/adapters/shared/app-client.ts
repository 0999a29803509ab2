import { createAppAuth } from '@octokit/auth-app';
import { createAppHookPort } from '../../github/octokit/app-hook-verbs.ts';
import { ScribeOctokit } from '../../github/octokit/scribe-octokit.ts';
import type { AppHookPort } from '../../github/port.ts';

/**
 * The App's own verbs (its webhook deliveries) with a JWT from APP_ID and the private key,
 * for jobs that run beside the app server (`scribe redeliver-failed`, `scribe schedule`).
 * `GITHUB_API_URL` (the sandbox) or `GHE_HOST` (Enterprise Server) move it off github.com.
 */
export function appHookPortFor(options: {
  appId: string;
  privateKey: string;
  env: Record<string, string | undefined>;
  Octokit?: typeof ScribeOctokit;
}): AppHookPort {
  const { env } = options;
  const baseUrl =
    env.GITHUB_API_URL ||
    (env.GHE_HOST ? `${env.GHE_PROTOCOL || 'https'}://${env.GHE_HOST}/api/v3` : undefined);
  const Octokit = options.Octokit ?? ScribeOctokit;
  const octokit = new Octokit({
    authStrategy: createAppAuth,
    auth: { appId: options.appId, privateKey: options.privateKey },
    ...(baseUrl ? { baseUrl } : {}),
  });
  return createAppHookPort(octokit);
}

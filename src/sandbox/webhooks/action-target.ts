import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ScribeOctokit } from '../../github/octokit/scribe-octokit.ts';
import { sandboxActionOctokit } from './sandbox-octokit.ts';
import type { Delivery, WebhookTarget } from './target.ts';

/** The Action entry's signature (src/adapters/action/run-action.ts). */
export type RunAction = (options: {
  env: Record<string, string | undefined>;
  clock?: () => Date;
  Octokit?: typeof ScribeOctokit;
  stdout?: (text: string) => void;
  sleep?: (ms: number) => Promise<void>;
}) => Promise<number>;

/**
 * Action mode: each event becomes a workflow run. The event JSON is written to a file, a fresh
 * GITHUB_TOKEN is issued for the run, and the Action entry runs in-process. As on GitHub, events
 * caused by the GITHUB_TOKEN (github-actions[bot]) start no run.
 */
export async function startActionTarget(options: {
  runAction: RunAction;
  emulatorUrl: string;
  repo: string;
  clock: () => Date;
  tokenFor: (delivery: string) => string;
  /** Where the Action's own output goes (the workflow log). */
  log?: (text: string) => void;
}): Promise<WebhookTarget> {
  const Octokit = sandboxActionOctokit();
  const dir = await mkdtemp(join(tmpdir(), 'scribe-sandbox-'));
  let runs = 0;
  return {
    accepts: (delivery) =>
      (delivery.payload.sender as { login?: string } | undefined)?.login !== 'github-actions[bot]',
    schedule: (delivery) => run(delivery),
    deliver: (delivery) => run(delivery),
    close: () => rm(dir, { recursive: true, force: true }),
  };

  async function run(delivery: Delivery): Promise<number> {
    runs++;
    const path = join(dir, `event-${runs}.json`);
    await writeFile(path, delivery.body);
    const code = await options.runAction({
      env: {
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: delivery.event,
        GITHUB_EVENT_PATH: path,
        GITHUB_REPOSITORY: options.repo,
        GITHUB_API_URL: options.emulatorUrl,
        GITHUB_RUN_ID: String(runs),
        GITHUB_ACTOR: (delivery.payload.sender as { login?: string } | undefined)?.login,
        'INPUT_GITHUB-TOKEN': options.tokenFor(delivery.id),
      },
      clock: options.clock,
      // Rate-limit waits are compressed like every other wait of the app's (sandbox-octokit.ts).
      sleep: async () => {},
      Octokit,
      stdout: options.log ?? (() => {}),
    });
    // Reported like an HTTP status so deliveries.jsonl reads the same in both modes.
    return code === 0 ? 200 : 500;
  }
}

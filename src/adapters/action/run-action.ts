import { readFile } from 'node:fs/promises';
import { limitOutages } from '../../github/octokit/outage-budget.ts';
import { ScribeOctokit } from '../../github/octokit/scribe-octokit.ts';
import { createOctokitPort } from '../../github/octokit-port.ts';
import { loadConfig } from '../../usecases/config/load-config.ts';
import { handleEvent, jobOf, runScheduled } from '../../usecases/handle-event.ts';
import { builtInPostmortemTemplate } from '../shared/built-in-template.ts';
import { writeJobOutputs } from './job-outputs.ts';

export interface ActionOptions {
  env: Record<string, string | undefined>;
  /** Where "now" comes from; the sandbox passes its virtual clock. */
  clock?: () => Date;
  /** The Octokit class to build the client from (the sandbox turns throttling off). */
  Octokit?: typeof ScribeOctokit;
  stdout?: (text: string) => void;
  /** How to wait before retrying a secondary rate limit; the sandbox does not wait. */
  sleep?: (ms: number) => Promise<void>;
}

/**
 * The GitHub Action: reads the workflow's event, runs the same router as the app with the
 * job's token, and returns the exit code (non-zero fails the step).
 */
export async function runAction(options: ActionOptions): Promise<number> {
  const { env } = options;
  const out = options.stdout ?? ((text: string) => process.stdout.write(text));
  const fail = (message: string) => {
    // The workflow command format makes the message an annotation on the run.
    out(`::error title=incident-scribe::${message.replace(/\r?\n/g, '%0A')}\n`);
    return 1;
  };
  const token = env['INPUT_GITHUB-TOKEN'] || env.GITHUB_TOKEN;
  const name = env.GITHUB_EVENT_NAME;
  const eventPath = env.GITHUB_EVENT_PATH;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!token) return fail('no token: set the `github-token` input (its default is the job token).');
  if (!name || !eventPath || !owner || !repo) {
    return fail(
      'GITHUB_EVENT_NAME, GITHUB_EVENT_PATH and GITHUB_REPOSITORY must be set (run this inside a workflow).',
    );
  }
  try {
    const payload = JSON.parse(await readFile(eventPath, 'utf8')) as Record<string, unknown>;
    const Octokit = options.Octokit ?? ScribeOctokit;
    const octokit = new Octokit({
      auth: token,
      baseUrl: env.GITHUB_API_URL || 'https://api.github.com',
    });
    // A run that meets GitHub failing gives up within 30 s and fails the step (re-run it).
    limitOutages(octokit, {
      retryForMs: 25_000,
      giveUpAfterMs: 30_000,
      attempts: 5,
      now: () => performance.now(),
      sleep: options.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms))),
    });
    const log = (message: string) => out(`${message}\n`);
    const port = createOctokitPort({
      octokit,
      repo: { owner, repo },
      // Writes made with the job's GITHUB_TOKEN are authored by this bot.
      selfLogin: async () => 'github-actions[bot]',
      dryRun: env['INPUT_DRY-RUN'] === 'true',
      sleep: options.sleep,
      log,
    });
    if (name === 'schedule' || name === 'workflow_dispatch') {
      // The workflow picks the job: `with: job:` (an expression over the cron) or the dispatch input.
      const job = env.INPUT_JOB || jobOf(payload);
      const result = await runScheduled(job, {
        port,
        loadConfig: () => loadConfig(port),
        now: options.clock ?? (() => new Date()),
      });
      out(`incident-scribe: ${name} ${job ?? ''}: ${result.outcome}\n`);
      if (result.outcome.startsWith('refused')) return fail(result.outcome);
      await writeJobOutputs(env, result);
      return 0;
    }
    const outcome = await handleEvent(
      { name, payload },
      {
        port,
        loadConfig: () => loadConfig(port),
        now: options.clock ?? (() => new Date()),
        builtInTemplate: builtInPostmortemTemplate,
        log,
      },
    );
    out(`incident-scribe: ${name}.${String(payload.action ?? '')}: ${outcome}\n`);
    // A refusal (an invalid configuration) fails the step where people look: the run's annotations.
    if (outcome.startsWith('refused')) {
      return fail(
        `${outcome}. Run \`npx scribe config\` on .github/incident-scribe.yml to see why.`,
      );
    }
    return 0;
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
}

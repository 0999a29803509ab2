import { tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { Probot, ProbotOctokit } from 'probot';
import { createAppHookPort } from '../../github/octokit/app-hook-verbs.ts';
import { createOctokitPort } from '../../github/octokit-port.ts';
import type { ConfigLoad } from '../../usecases/config/load-config.ts';
import { loadConfig } from '../../usecases/config/load-config.ts';
import { redeliverFailed } from '../../usecases/deliveries/redeliver-failed.ts';
import { runScheduled } from '../../usecases/handle-event.ts';
import type { JobName } from '../../usecases/scheduled-jobs.ts';

/** What an App-wide job gets: the App, the clock, the options and where to print. */
export interface AppJobContext {
  probot: Probot;
  /** "incident-scribe[bot]": the login the App writes as. */
  self: string;
  now: () => Date;
  dryRun: boolean;
  /** Skip every repository up to and including this one (resuming after an interruption). */
  after: string | undefined;
  anyDay: boolean;
  paceMs: number;
  sleep: (ms: number) => Promise<void>;
  print: (line: string) => void;
}

/** A job `scribe schedule` runs for the whole App; resolves to the number of failures. */
export type AppJob = (context: AppJobContext) => Promise<number>;

/**
 * The jobs `scribe schedule NAME` knows. Per-repository jobs walk every installation and
 * repository; a job for the App as a whole (redelivering failed webhooks) is added here too.
 */
export const APP_JOBS: Record<string, AppJob> = {
  'weekly-report': (context) => everyRepository(context, 'weekly-report'),
  'escalation-sweep': (context) => everyRepository(context, 'escalation-sweep'),
  'redeliver-failed': redeliverFailedJob,
};

/** How far back `scribe schedule redeliver-failed` looks; run it more often than this. */
const REDELIVER_HOURS = 6;

/** Asks GitHub again for the App's webhook deliveries that failed (see redeliver-failed.ts). */
async function redeliverFailedJob(context: AppJobContext): Promise<number> {
  const app = await context.probot.auth();
  const outcome = await redeliverFailed(createAppHookPort(app), {
    now: context.now(),
    hours: REDELIVER_HOURS,
    dryRun: context.dryRun,
    log: context.print,
  });
  context.print(
    `${outcome.listed} deliveries listed; ${outcome.redelivered.length} ${context.dryRun ? 'to redeliver' : 'redelivered'}; ${outcome.failed.length} refused`,
  );
  return outcome.failed.length;
}

/** Builds the App from its credentials and runs one job; the number of failures. */
export async function runAppJob(
  name: string,
  options: Omit<AppJobContext, 'probot' | 'self'> & {
    appId: string;
    privateKey: string;
    baseUrl: string;
    Octokit?: typeof ProbotOctokit;
  },
): Promise<number> {
  const job = APP_JOBS[name];
  if (!job) throw new Error(`unknown job "${name}" (expected ${Object.keys(APP_JOBS).join(', ')})`);
  const probot = new Probot({
    appId: options.appId,
    privateKey: options.privateKey,
    baseUrl: options.baseUrl,
    Octokit: options.Octokit ?? ProbotOctokit,
    logLevel: 'warn',
  });
  const app = await probot.auth();
  const { data } = await app.rest.apps.getAuthenticated();
  return job({ ...options, probot, self: `${data?.slug ?? 'incident-scribe'}[bot]` });
}

/**
 * Runs a per-repository job in every repository of every installation, one at a time with a
 * pause between them (the API budget, not the CPU, is the limit). One line per repository, so
 * an interrupted run can be resumed with `--after owner/name`.
 */
async function everyRepository(context: AppJobContext, job: JobName): Promise<number> {
  const app = await context.probot.auth();
  const installations = await app.paginate(app.rest.apps.listInstallations, { per_page: 100 });
  let skipping = context.after !== undefined;
  let failures = 0;
  let first = true;
  for (const installation of installations.sort((a, b) => a.id - b.id)) {
    const octokit = await context.probot.auth(installation.id);
    const repositories = await octokit.paginate(
      octokit.rest.apps.listReposAccessibleToInstallation,
      { per_page: 100 },
    );
    for (const repository of repositories) {
      const fullName = repository.full_name;
      if (skipping) {
        skipping = fullName.toLowerCase() !== context.after?.toLowerCase();
        continue;
      }
      if (!first) await context.sleep(context.paceMs);
      first = false;
      const repo = { owner: repository.owner.login, repo: repository.name };
      const port = createOctokitPort({
        octokit,
        repo,
        selfLogin: async () => context.self,
        dryRun: context.dryRun,
        sleep: context.sleep,
        log: (message) => context.print(`${fullName}: ${message}`),
      });
      try {
        let loaded: Promise<ConfigLoad> | undefined;
        const load = () => {
          loaded ??= loadConfig(port);
          return loaded;
        };
        if (job === 'weekly-report' && !context.anyDay) {
          const config = await load();
          if (config.ok && !isReportDay(config.config, context.now())) {
            context.print(
              `${fullName} ${job}: not today (report.weekday: ${config.config.report.weekday})`,
            );
            continue;
          }
        }
        const result = await runScheduled(job, { port, loadConfig: load, now: context.now });
        context.print(`${fullName} ${job}: ${result.outcome}`);
        if (result.outcome.startsWith('refused')) failures++;
      } catch (error) {
        failures++;
        context.print(
          `${fullName} ${job}: failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
  }
  if (skipping) context.print(`--after ${context.after}: no such repository; nothing was run`);
  return failures;
}

function isReportDay(
  config: { report: { weekday: string }; timezone: string },
  now: Date,
): boolean {
  return format(now, 'EEEE', { in: tz(config.timezone) }).toLowerCase() === config.report.weekday;
}

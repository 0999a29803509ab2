import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseDuration } from '../../../core/config/duration.ts';
import { APP_JOBS, runAppJob } from '../../schedule/app-scheduler.ts';
import type { CliCommand } from '../command.ts';

const USAGE = `Usage: scribe schedule JOB [--dry-run] [--after OWNER/NAME] [--pace 1s] [--any-day]

Runs JOB (${Object.keys(APP_JOBS).join(', ')}) for the GitHub App: in every repository of
every installation, one repository at a time, --pace apart (default 1s); redeliver-failed
asks once, for the App, for the failed webhook deliveries of the last 6 hours. Call it from one
external scheduler (cron, a Kubernetes CronJob), never from each replica. See docs/reports.md.
Credentials: APP_ID, and PRIVATE_KEY or PRIVATE_KEY_PATH; GITHUB_API_URL for GitHub Enterprise.
--after OWNER/NAME resumes behind the last repository a run printed. weekly-report runs only
where report.weekday is today unless --any-day. --dry-run prints the writes instead.
Exit 0 when every repository succeeded, 1 when one failed, 2 on bad usage or credentials.`;

/** `scribe schedule JOB`: a scheduled job for every installation of the App. */
export const scheduleCommand: CliCommand = {
  usage: USAGE,
  async run(args, io) {
    const [job, ...rest] = args;
    const fail = (message: string) => {
      io.stderr(`scribe schedule: ${message}\n\n${USAGE}\n`);
      return 2;
    };
    if (!job || !Object.hasOwn(APP_JOBS, job))
      return fail(job ? `unknown job "${job}"` : 'name a job');
    let dryRun = false;
    let anyDay = false;
    let after: string | undefined;
    let paceMs = 1000;
    for (let i = 0; i < rest.length; i++) {
      const arg = rest[i] as string;
      if (arg === '--dry-run') dryRun = true;
      else if (arg === '--any-day') anyDay = true;
      else if (arg === '--after') after = rest[++i];
      else if (arg === '--pace') {
        const value = rest[++i] ?? '';
        const seconds = /^(\d+)s$/.exec(value);
        const minutes = parseDuration(value);
        if (!seconds && minutes === undefined)
          return fail(`--pace needs a duration such as 1s or 1m, got "${value}"`);
        paceMs = seconds ? Number(seconds[1]) * 1000 : (minutes ?? 0) * 60_000;
      } else return fail(`unknown option ${arg}`);
    }
    if (after !== undefined && !/^[\w.-]+\/[\w.-]+$/.test(after))
      return fail(`--after needs OWNER/NAME`);
    const appId = io.env.APP_ID;
    let privateKey = io.env.PRIVATE_KEY;
    if (!privateKey && io.env.PRIVATE_KEY_PATH) {
      privateKey = await readFile(resolve(io.cwd, io.env.PRIVATE_KEY_PATH), 'utf8');
    }
    if (!appId || !privateKey) return fail('set APP_ID and PRIVATE_KEY (or PRIVATE_KEY_PATH)');
    const failures = await runAppJob(job, {
      appId,
      privateKey,
      baseUrl: io.env.GITHUB_API_URL || 'https://api.github.com',
      now: io.clock ?? (() => new Date()),
      dryRun,
      after,
      anyDay,
      paceMs,
      sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
      print: (line) => io.stdout(`${line}\n`),
    });
    return failures > 0 ? 1 : 0;
  },
};

import { createRequire as __scribeRequire } from 'node:module'; const require = __scribeRequire(import.meta.url);
import {
  createAppHookPort
} from "./cli-chunk-VU5Z4UGI.js";
import {
  redeliverFailed
} from "./cli-chunk-QTE2TFPQ.js";
import {
  runScheduled
} from "./cli-chunk-OINGJLOS.js";
import {
  Probot,
  ProbotOctokit,
  createOctokitPort,
  format,
  tz
} from "./cli-chunk-54WDPUY3.js";
import "./cli-chunk-WYNKUKAI.js";
import {
  loadConfig
} from "./cli-chunk-WO2IIXKG.js";
import "./cli-chunk-NHBQGAPF.js";
import "./cli-chunk-ITIGZSNA.js";
import {
  parseDuration
} from "./cli-chunk-4Y27CR7S.js";
import "./cli-chunk-E3G7MPRX.js";

// src/adapters/cli/commands/schedule.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

// src/adapters/schedule/app-scheduler.ts
var APP_JOBS = {
  "weekly-report": (context) => everyRepository(context, "weekly-report"),
  "escalation-sweep": (context) => everyRepository(context, "escalation-sweep"),
  "redeliver-failed": redeliverFailedJob
};
var REDELIVER_HOURS = 6;
async function redeliverFailedJob(context) {
  const app = await context.probot.auth();
  const outcome = await redeliverFailed(createAppHookPort(app), {
    now: context.now(),
    hours: REDELIVER_HOURS,
    dryRun: context.dryRun,
    log: context.print
  });
  context.print(
    `${outcome.listed} deliveries listed; ${outcome.redelivered.length} ${context.dryRun ? "to redeliver" : "redelivered"}; ${outcome.failed.length} refused`
  );
  return outcome.failed.length;
}
async function runAppJob(name, options) {
  const job = APP_JOBS[name];
  if (!job) throw new Error(`unknown job "${name}" (expected ${Object.keys(APP_JOBS).join(", ")})`);
  const probot = new Probot({
    appId: options.appId,
    privateKey: options.privateKey,
    baseUrl: options.baseUrl,
    Octokit: options.Octokit ?? ProbotOctokit,
    logLevel: "warn"
  });
  const app = await probot.auth();
  const { data } = await app.rest.apps.getAuthenticated();
  return job({ ...options, probot, self: `${data?.slug ?? "incident-scribe"}[bot]` });
}
async function everyRepository(context, job) {
  const app = await context.probot.auth();
  const installations = await app.paginate(app.rest.apps.listInstallations, { per_page: 100 });
  let skipping = context.after !== void 0;
  let failures = 0;
  let first = true;
  for (const installation of installations.sort((a, b) => a.id - b.id)) {
    const octokit = await context.probot.auth(installation.id);
    const repositories = await octokit.paginate(
      octokit.rest.apps.listReposAccessibleToInstallation,
      { per_page: 100 }
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
        log: (message) => context.print(`${fullName}: ${message}`)
      });
      try {
        let loaded;
        const load = () => {
          loaded ??= loadConfig(port);
          return loaded;
        };
        if (job === "weekly-report" && !context.anyDay) {
          const config = await load();
          if (config.ok && !isReportDay(config.config, context.now())) {
            context.print(
              `${fullName} ${job}: not today (report.weekday: ${config.config.report.weekday})`
            );
            continue;
          }
        }
        const result = await runScheduled(job, { port, loadConfig: load, now: context.now });
        context.print(`${fullName} ${job}: ${result.outcome}`);
        if (result.outcome.startsWith("refused")) failures++;
      } catch (error) {
        failures++;
        context.print(
          `${fullName} ${job}: failed: ${error instanceof Error ? error.message : String(error)}`
        );
      }
    }
  }
  if (skipping) context.print(`--after ${context.after}: no such repository; nothing was run`);
  return failures;
}
function isReportDay(config, now) {
  return format(now, "EEEE", { in: tz(config.timezone) }).toLowerCase() === config.report.weekday;
}

// src/adapters/cli/commands/schedule.ts
var USAGE = `Usage: scribe schedule JOB [--dry-run] [--after OWNER/NAME] [--pace 1s] [--any-day]

Runs JOB (${Object.keys(APP_JOBS).join(", ")}) for the GitHub App: in every repository of
every installation, one repository at a time, --pace apart (default 1s); redeliver-failed
asks once, for the App, for the failed webhook deliveries of the last 6 hours. Call it from one
external scheduler (cron, a Kubernetes CronJob), never from each replica. See docs/reports.md.
Credentials: APP_ID, and PRIVATE_KEY or PRIVATE_KEY_PATH; GITHUB_API_URL for GitHub Enterprise.
--after OWNER/NAME resumes behind the last repository a run printed. weekly-report runs only
where report.weekday is today unless --any-day. --dry-run prints the writes instead.
Exit 0 when every repository succeeded, 1 when one failed, 2 on bad usage or credentials.`;
var scheduleCommand = {
  usage: USAGE,
  async run(args, io) {
    const [job, ...rest] = args;
    const fail = (message) => {
      io.stderr(`scribe schedule: ${message}

${USAGE}
`);
      return 2;
    };
    if (!job || !Object.hasOwn(APP_JOBS, job))
      return fail(job ? `unknown job "${job}"` : "name a job");
    let dryRun = false;
    let anyDay = false;
    let after;
    let paceMs = 1e3;
    for (let i = 0; i < rest.length; i++) {
      const arg = rest[i];
      if (arg === "--dry-run") dryRun = true;
      else if (arg === "--any-day") anyDay = true;
      else if (arg === "--after") after = rest[++i];
      else if (arg === "--pace") {
        const value = rest[++i] ?? "";
        const seconds = /^(\d+)s$/.exec(value);
        const minutes = parseDuration(value);
        if (!seconds && minutes === void 0)
          return fail(`--pace needs a duration such as 1s or 1m, got "${value}"`);
        paceMs = seconds ? Number(seconds[1]) * 1e3 : (minutes ?? 0) * 6e4;
      } else return fail(`unknown option ${arg}`);
    }
    if (after !== void 0 && !/^[\w.-]+\/[\w.-]+$/.test(after))
      return fail(`--after needs OWNER/NAME`);
    const appId = io.env.APP_ID;
    let privateKey = io.env.PRIVATE_KEY;
    if (!privateKey && io.env.PRIVATE_KEY_PATH) {
      privateKey = await readFile(resolve(io.cwd, io.env.PRIVATE_KEY_PATH), "utf8");
    }
    if (!appId || !privateKey) return fail("set APP_ID and PRIVATE_KEY (or PRIVATE_KEY_PATH)");
    const failures = await runAppJob(job, {
      appId,
      privateKey,
      baseUrl: io.env.GITHUB_API_URL || "https://api.github.com",
      now: io.clock ?? (() => /* @__PURE__ */ new Date()),
      dryRun,
      after,
      anyDay,
      paceMs,
      sleep: (ms) => new Promise((done) => setTimeout(done, ms)),
      print: (line) => io.stdout(`${line}
`)
    });
    return failures > 0 ? 1 : 0;
  }
};
export {
  scheduleCommand
};

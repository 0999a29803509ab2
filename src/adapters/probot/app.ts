import type { ApplicationFunctionOptions, Context, Probot } from 'probot';
import type { IssueFieldCache } from '../../github/octokit/field-verbs.ts';
import { limitOutages, type OutageBudget } from '../../github/octokit/outage-budget.ts';
import { createOctokitPort } from '../../github/octokit-port.ts';
import { malformedPayload, repositoryOf } from '../../github/payload-shape.ts';
import { HANDLED_EVENTS, handleEvent } from '../../usecases/handle-event.ts';
import { builtInPostmortemTemplate } from '../shared/built-in-template.ts';
import { alertsRoute } from './alerts-route.ts';
import { ConfigCache, filesChangedByPush } from './config-cache.ts';

export interface AppOptions {
  /** Where "now" comes from; the sandbox passes its virtual clock. */
  clock?: () => Date;
  /** Log writes instead of making them. */
  dryRun?: boolean;
  /** How to wait before retrying a secondary rate limit; the sandbox does not wait. */
  sleep?: (ms: number) => Promise<void>;
  /** How long an event retries while GitHub fails (tests pass a virtual clock). */
  outage?: Partial<OutageBudget>;
  /** How long the alerts route works before it answers 202 and goes on (tests shorten it). */
  alertAnswerWithinMs?: number;
}

/**
 * GitHub records a delivery as failed only when the answer is not a 2xx within 10 s, and the
 * webhooks middleware answers 202 "still processing" at 9 s: so no retry starts after 8 s, and
 * the event then fails with a 503, which `scribe redeliver-failed` replays once GitHub is back.
 * A request that hangs is cut at 30 s. Both clocks start when GitHub begins failing, not with
 * the event: pacing writes for minutes is not an outage.
 */
const APP_OUTAGE_BUDGET = { retryForMs: 8_000, giveUpAfterMs: 30_000, attempts: 4 };

const handled = new Set<string>(HANDLED_EVENTS);

/** The Probot app: receive, filter, pass the client in, and let the use cases work. */
export function createApp(options: AppOptions = {}) {
  return (app: Probot, appOptions?: ApplicationFunctionOptions) => {
    const cache = new ConfigCache();
    // Each organisation's issue fields, asked once per process (like the configuration).
    const issueFields: IssueFieldCache = new Map();
    const budget = (): OutageBudget => ({
      ...APP_OUTAGE_BUDGET,
      now: () => performance.now(),
      sleep: options.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms))),
      ...options.outage,
    });
    let self: Promise<string> | undefined;
    // Who the scribe is (slug[bot]) is asked once per process, and only when a marker matters.
    const selfLogin = () => {
      self ??= app
        .auth()
        .then((octokit) => octokit.rest.apps.getAuthenticated())
        .then(({ data }) => `${data?.slug ?? 'incident-scribe'}[bot]`);
      self.catch(() => {
        self = undefined;
      });
      return self;
    };

    // Alerts from monitoring: `POST /alerts/{source}?repo=owner/name` on the same server.
    // Which installation covers a repository is asked once per process (not when absent).
    const installations = new Map<string, Promise<number>>();
    const installationOf = (owner: string, repo: string) => {
      const key = `${owner}/${repo}`.toLowerCase();
      let known = installations.get(key);
      if (!known) {
        known = app
          .auth()
          .then((octokit) => octokit.rest.apps.getRepoInstallation({ owner, repo }))
          .then(({ data }) => data.id);
        installations.set(key, known);
        known.catch(() => installations.delete(key));
      }
      return known;
    };
    const route = alertsRoute({
      installationOf,
      portFor: async (installationId, repo) => {
        const octokit = await app.auth(installationId);
        limitOutages(octokit, budget());
        const log = (message: string) => app.log.info(message);
        const port = createOctokitPort({
          octokit,
          repo,
          selfLogin,
          dryRun: options.dryRun,
          sleep: options.sleep,
          log,
        });
        const defaultBranch = async () =>
          (await octokit.rest.repos.get({ ...repo })).data.default_branch;
        return { port, defaultBranch };
      },
      loadConfig: (port) => cache.load(port),
      now: options.clock ?? (() => new Date()),
      log: (message) => app.log.info(message),
      answerWithinMs: options.alertAnswerWithinMs,
    });
    try {
      appOptions?.addHandler(route);
    } catch {
      // Loaded without a server (probot.receive in tests, a serverless handler): no route.
    }

    app.on('push', async (context) => {
      const dropped = await cache.invalidate(filesChangedByPush(context.payload));
      if (dropped > 0)
        context.log.info(`configuration changed: dropped ${dropped} cached repositories`);
    });

    // onAny, so a `schedule` event emitted by a scheduler (probot.receive) is routed too.
    app.onAny(async (event) => {
      const context = event as unknown as Context;
      if (!handled.has(context.name)) return;
      const payload = context.payload as Record<string, unknown>;
      const log = (message: string) => context.log.info(message);
      const where = `${context.name}.${String(payload.action ?? '').slice(0, 50)} ${context.id}`;
      // Signed by GitHub is not the same as well formed: one line, and nothing else.
      const repo = repositoryOf(payload);
      const malformed = repo ? malformedPayload(context.name, payload) : 'repository: missing';
      if (!repo || malformed) {
        if (payload.repository !== undefined)
          log(`${where}: ignored: malformed payload (${malformed})`);
        return;
      }
      limitOutages(context.octokit, budget());
      const port = createOctokitPort({
        octokit: context.octokit,
        repo,
        selfLogin,
        dryRun: options.dryRun,
        sleep: options.sleep,
        log,
        issueFields,
      });
      const outcome = await handleEvent(
        { name: context.name, payload },
        {
          port,
          loadConfig: () => cache.load(port),
          cachedConfig: () => cache.peek(`${repo.owner}/${repo.repo}`),
          now: options.clock ?? (() => new Date()),
          builtInTemplate: builtInPostmortemTemplate,
          log,
        },
      );
      log(`${where}: ${outcome}`);
    });
  };
}

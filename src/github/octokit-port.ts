import { fieldVerbs, type IssueFieldCache } from './octokit/field-verbs.ts';
import { issueListVerbs } from './octokit/issue-list-verbs.ts';
import { issueVerbs } from './octokit/issue-verbs.ts';
import { itemVerbs } from './octokit/item-verbs.ts';
import { pullVerbs } from './octokit/pull-verbs.ts';
import { repoVerbs } from './octokit/repo-verbs.ts';
import { retrySecondaryLimits } from './octokit/retry-secondary-limits.ts';
import type { Octokit, VerbContext } from './octokit/verb-context.ts';
import type { GitHubPort, RepoRef } from './port.ts';

export interface OctokitPortOptions {
  octokit: Octokit;
  repo: RepoRef;
  /** Resolves the scribe's own login once (GET /app in app mode, a constant in the Action). */
  selfLogin: () => Promise<string>;
  /** Most writes one event may make; a runaway loop stops here instead of flooding GitHub. */
  maxWrites?: number;
  /** Log writes instead of making them. */
  dryRun?: boolean;
  log?: (message: string) => void;
  /** How to wait before retrying a secondary rate limit (the sandbox passes a fast one). */
  sleep?: (ms: number) => Promise<void>;
  /** The clock pacing reads (milliseconds); the real one unless a test passes its own. */
  now?: () => number;
  /** Most writes a minute (GitHub's secondary limit on content creation is 80). */
  writesPerMinute?: number;
  /** Organisations' issue fields, kept across events by a long-lived runtime (the app). */
  issueFields?: IssueFieldCache;
}

/** Thrown when an event would need more writes than its budget allows. */
export class WriteBudgetExceeded extends Error {}

/**
 * The GitHub port over Octokit: pagination, a write budget, dry-run and retries of secondary
 * rate limits in one place.
 */
export function createOctokitPort(options: OctokitPortOptions): GitHubPort {
  const { octokit, repo } = options;
  let maxWrites = options.maxWrites ?? 100;
  const perMinute = options.writesPerMinute ?? 80;
  const now = options.now ?? (() => Date.now());
  // When each recent write was made: the 81st inside a minute waits until the first is a minute old.
  const recent: number[] = [];
  const log = options.log ?? (() => {});
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  let writes = 0;
  retrySecondaryLimits(octokit, sleep, log);

  /** Every write goes through here, so the budget and dry-run cannot be bypassed. */
  async function write<T>(what: string, perform: () => Promise<T>, dryResult: T): Promise<T> {
    writes++;
    if (writes > maxWrites)
      throw new WriteBudgetExceeded(`write budget of ${maxWrites} exceeded at: ${what}`);
    if (options.dryRun) {
      log(`dry-run: would ${what}`);
      return dryResult;
    }
    await pace();
    return perform();
  }

  /** Keeps writes under GitHub's content-creation limit instead of meeting it. */
  async function pace(): Promise<void> {
    while (recent.length > 0 && now() - (recent[0] as number) >= 60_000) recent.shift();
    if (recent.length >= perMinute) {
      const wait = 60_000 - (now() - (recent[0] as number));
      log(`pacing: ${perMinute} writes in a minute; waiting ${Math.ceil(wait / 1000)} s`);
      await sleep(wait);
      recent.shift();
    }
    recent.push(now());
  }

  const context: VerbContext = { octokit, repo, write };
  return {
    repo,
    writes: () => writes,
    allowWrites: (extra) => {
      maxWrites += Math.max(0, extra);
    },
    selfLogin: options.selfLogin,
    ...repoVerbs(context),
    ...issueVerbs(context),
    ...issueListVerbs(context),
    ...pullVerbs(context),
    ...itemVerbs(context),
    ...fieldVerbs(context, options.issueFields),
  };
}

import type { RepoRef } from '../port.ts';
import type { Octokit } from './scribe-octokit.ts';

export type { Octokit } from './scribe-octokit.ts';

/** What every group of verbs needs: the client, the repository, and the one gate for writes. */
export interface VerbContext {
  octokit: Octokit;
  repo: RepoRef;
  /** Counts the write against the budget, honours dry-run, retries secondary rate limits. */
  write: <T>(what: string, perform: () => Promise<T>, dryResult: T) => Promise<T>;
}

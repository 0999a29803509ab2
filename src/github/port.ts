import type { Permission } from '../core/config/schema.ts';

/**
 * Every GitHub verb the scribe uses, and nothing else. Use cases receive a port; the only
 * implementation that speaks HTTP is octokit-port.ts (pagination, budget, dry-run live there).
 */

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface Actor {
  login: string;
  type: string; // "User" | "Bot" | "Organization"
}

export interface IssueComment {
  id: number;
  body: string;
  user: Actor;
  createdAt: string;
  updatedAt: string;
  htmlUrl: string;
}

/** What a configuration read found: the merged object and the files it came from. */
export interface ConfigRead {
  config: unknown;
  files: { owner: string; repo: string; path: string }[];
}

export interface GitHubPort {
  readonly repo: RepoRef;

  /** Reads .github/<file> from the default branch, with the owner's .github repo and _extends. */
  readConfig(file: string): Promise<ConfigRead>;
  /** Raw text of a file on a ref (default branch when omitted); undefined when it does not exist. */
  readFile(path: string, ref?: string, source?: RepoRef): Promise<string | undefined>;

  /** The login the scribe writes as (incident-scribe[bot], github-actions[bot]). */
  selfLogin(): Promise<string>;
  /** The repository permission of a user, or "none" when they have no access. */
  permissionOf(login: string): Promise<Permission | 'none'>;

  listIssueComments(issue: number): Promise<IssueComment[]>;
  createIssueComment(issue: number, body: string): Promise<IssueComment>;
  updateIssueComment(commentId: number, body: string): Promise<void>;
  addLabels(issue: number, labels: string[]): Promise<void>;
  /** Removes a label; a label that is already gone is not an error. */
  removeLabel(issue: number, label: string): Promise<void>;
  addAssignees(issue: number, logins: string[]): Promise<void>;
}

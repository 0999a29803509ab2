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

export interface GitHubPort {
  readonly repo: RepoRef;

  /** Raw text of a file (default branch unless `ref`); undefined when it does not exist. */
  readFile(path: string, options?: { ref?: string; from?: RepoRef }): Promise<string | undefined>;

  /** The login the scribe writes as (incident-scribe[bot], github-actions[bot]). */
  selfLogin(): Promise<string>;
  /** The repository permission of a user, or "none" when they have no access. */
  permissionOf(login: string): Promise<Permission | 'none'>;

  listIssueComments(issue: number): Promise<IssueComment[]>;
  createIssueComment(issue: number, body: string): Promise<IssueComment>;
  updateIssueComment(commentId: number, body: string): Promise<void>;
  deleteIssueComment(commentId: number): Promise<void>;
  /** The issue's current labels (webhook payloads can be stale on a redelivery). */
  listIssueLabels(issue: number): Promise<string[]>;
  addLabels(issue: number, labels: string[]): Promise<void>;
  /** Removes a label; a label that is already gone is not an error. */
  removeLabel(issue: number, label: string): Promise<void>;
  addAssignees(issue: number, logins: string[]): Promise<void>;
}

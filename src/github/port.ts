import type { Permission } from '../core/config/schema.ts';
import type { HookDelivery } from '../core/deliveries/choose-redeliveries.ts';
import type { IssueEvent, IssueFieldValue, IssueSnapshot } from '../core/incident/issue.ts';
import type { CheckRunReport } from '../core/postmortem/check-report.ts';

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

/** A pull request, as much as the scribe needs of it. */
export interface PullSummary {
  number: number;
  state: 'open' | 'closed';
  merged: boolean;
  htmlUrl: string;
  headSha: string;
  headRef: string;
  author: string;
  createdAt: string;
}

/** A commit as the scribe needs it: who made it (login, or the author's name) and when. */
export interface BranchCommit {
  sha: string;
  author: string;
  at: string;
}

/** An issue as the action-item sync reads it: enough to trust, match and update it. */
export interface IssueSummary {
  number: number;
  /** The database id (sub-issue links take it, not the number). */
  id: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  author: string;
  assignees: string[];
  labels: string[];
  htmlUrl: string;
  /** Its issue-field values as GitHub answered them (none where the feature is off). */
  fieldValues: IssueFieldValue[];
}

/** A git commit as a claim needs it: its tree, message, and when GitHub made it. */
export interface CommitInfo {
  sha: string;
  tree: string;
  message: string;
  /** The committer date GitHub stamped (ISO 8601). */
  at: string;
}

/**
 * A write sent once whose answer never came, or came as a failure that does not prove GitHub
 * refused it (5xx, a cut connection, a timeout): GitHub may have carried it out.
 */
export class OutcomeUnknown extends Error {
  constructor(what: string, cause: unknown) {
    super(
      `${what}: no answer from GitHub (${cause instanceof Error ? cause.message : String(cause)})`,
      {
        cause,
      },
    );
  }
}

/** An organisation's issue field (`GET /orgs/{org}/issue-fields`). */
export interface IssueField {
  id: number;
  name: string;
  dataType: string;
}

export interface GitHubPort {
  readonly repo: RepoRef;
  /** How many writes this port has made (for outcomes and budgets). */
  writes(): number;
  /**
   * Raises this event's write budget by `extra`: for a use case that knows, before writing,
   * how many writes its bounded work needs (filing up to 100 action items).
   */
  allowWrites(extra: number): void;

  /** Raw text of a file (default branch unless `ref`); undefined when it does not exist. */
  readFile(path: string, options?: { ref?: string; from?: RepoRef }): Promise<string | undefined>;

  /** The login the scribe writes as (incident-scribe[bot], github-actions[bot]). */
  selfLogin(): Promise<string>;
  /** The repository permission of a user, or "none" when they have no access. */
  permissionOf(login: string): Promise<Permission | 'none'>;

  getIssue(issue: number): Promise<IssueSnapshot>;
  /**
   * The issue's whole history (comments, labels, assignments, ...): ceil(n/100) requests the
   * first time, then only the pages after what this process has read already (checked against
   * GitHub). `changed`: the comment the event is about, so an edit far back is read afresh.
   */
  listIssueTimeline(issue: number, options?: { changed?: number }): Promise<IssueEvent[]>;
  listIssueComments(issue: number): Promise<IssueComment[]>;
  createIssueComment(issue: number, body: string): Promise<IssueComment>;
  updateIssueComment(commentId: number, body: string): Promise<void>;
  /** Deletes a comment; one that is already gone is not an error. */
  deleteIssueComment(commentId: number): Promise<void>;
  /** The issue's current labels (webhook payloads can be stale on a redelivery). */
  listIssueLabels(issue: number): Promise<string[]>;
  addLabels(issue: number, labels: string[]): Promise<void>;
  /** Removes a label; a label that is already gone is not an error. */
  removeLabel(issue: number, label: string): Promise<void>;
  addAssignees(issue: number, logins: string[]): Promise<void>;

  /** The repository's default branch (one read); throws when the token cannot see it. */
  defaultBranch(): Promise<string>;
  /** The sha a branch points at; undefined when there is no such branch. */
  branchSha(branch: string): Promise<string | undefined>;
  /** Creates a branch at `sha`; false when it exists already (GitHub's 422). */
  createBranch(branch: string, sha: string): Promise<boolean>;
  /**
   * The commits on `branch` that are not on `base` (a branch), newest first: who made each
   * and when. Commits older than `base`'s latest 100 may show up as the branch's own.
   */
  commitsOnlyOn(branch: string, base: string): Promise<BranchCommit[]>;
  /** The blob sha of a file on a branch (needed to update it); undefined when absent. */
  fileSha(path: string, branch: string): Promise<string | undefined>;
  /** Writes one file in one commit on `branch` (creating or replacing it); the commit's sha. */
  writeFile(
    branch: string,
    path: string,
    content: string,
    message: string,
    sha?: string,
  ): Promise<string>;

  /** The pull request from this branch, open, closed or merged; undefined when none. */
  findPull(head: string): Promise<PullSummary | undefined>;
  createPull(pull: {
    title: string;
    body: string;
    head: string;
    base: string;
  }): Promise<PullSummary>;
  requestReviewers(pull: number, logins: string[]): Promise<void>;
  /** The pull requests a commit belongs to (the one that merged it, or whose head it is). */
  pullsOfCommit(sha: string): Promise<PullSummary[]>;
  /** Paths the pull request adds or changes (removed files are left out). */
  listPullFiles(pull: number): Promise<string[]>;
  /**
   * Creates the named check run on a commit, or updates it when it exists. `freshCommit`: the
   * caller made the commit in this event, so there is none to look for.
   */
  reportCheckRun(report: CheckRunReport, options?: { freshCommit?: boolean }): Promise<void>;

  /**
   * Opens an issue (labels, assignees and issue-field values set at once). GitHub drops field
   * values silently where the feature is off: the answer's `fieldValues` says what it kept.
   * `once`: sent once and never repeated blind; a failure that does not prove GitHub refused
   * it (anything but a 4xx other than a rate limit) throws OutcomeUnknown, so the caller can
   * look for the issue before it tries again.
   */
  createIssue(
    issue: {
      title: string;
      body: string;
      labels: string[];
      assignees: string[];
      fieldValues?: { fieldId: number; value: string }[];
      /** The organisation's issue type by name; GitHub ignores one it does not have. */
      type?: string | undefined;
    },
    options?: { once?: boolean },
  ): Promise<IssueSummary>;
  /**
   * The issue fields of the repository's owner, asked once per organisation and process
   * where the runtime keeps a cache; [] when there are none or they cannot be read (a
   * user-owned repository, a token without the organisation's "Issue fields" permission).
   */
  orgIssueFields(): Promise<IssueField[]>;
  /** Sets one field's value on an issue; the values GitHub kept afterwards. */
  setIssueFieldValue(issue: number, fieldId: number, value: string): Promise<IssueFieldValue[]>;
  /** Clears one field's value on an issue; a value already gone is not an error. */
  clearIssueFieldValue(issue: number, fieldId: number): Promise<void>;
  /** Changes an issue's title and/or body, or closes / reopens it. */
  updateIssue(
    issue: number,
    changes: {
      title?: string;
      body?: string;
      state?: 'open' | 'closed';
      stateReason?: 'completed' | 'not_planned';
      /** The organisation's issue type by name; GitHub ignores one it does not have. */
      type?: string;
    },
  ): Promise<void>;
  /** The issue's sub-issues, ceil(n/100) requests. */
  listSubIssues(parent: number): Promise<IssueSummary[]>;
  /** Links `childId` (a database id) under `parent`; a child already there is not an error. */
  addSubIssue(parent: number, childId: number): Promise<void>;
  /** Creates a ref that claims a name; false when it exists (GitHub's 422): someone has it. */
  claimRef(ref: string, sha: string): Promise<boolean>;
  /** Deletes a claim ref, so a later run may claim the name again; one already gone is fine. */
  releaseClaim(ref: string): Promise<void>;
  /** The sha a ref (`refs/...`) points at; undefined when there is no such ref. */
  refSha(ref: string): Promise<string | undefined>;
  /**
   * Moves a claim ref to `sha` if that is a fast-forward (never forced); false when GitHub
   * refuses (422): another run moved it first, and the claim is theirs.
   */
  moveClaim(ref: string, sha: string): Promise<boolean>;
  /** A commit object; undefined when there is none with that sha. */
  readCommit(sha: string): Promise<CommitInfo | undefined>;
  /** Makes a commit object without moving any branch (a claim's record of its time). */
  createCommit(commit: { tree: string; parents: string[]; message: string }): Promise<CommitInfo>;
  /**
   * Issues (never pull requests) with a label, newest first: ceil(n/100) requests, fewer with
   * `limit`. `since` keeps those updated since then. Listing, not search: no cap, no lag.
   */
  listIssuesByLabel(
    label: string,
    options: { state: 'open' | 'closed' | 'all'; since?: string; limit?: number },
  ): Promise<IssueSnapshot[]>;
}

/** The App's own webhook deliveries: verbs of the App (JWT), not of an installation. */
export interface AppHookPort {
  /** Deliveries newest first, back to `since` (pages by cursor, and stops there). */
  listHookDeliveries(since: Date): Promise<HookDelivery[]>;
  /** Asks GitHub to deliver this one again (same guid). */
  redeliverHookDelivery(id: number): Promise<void>;
}

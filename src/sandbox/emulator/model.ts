/**
 * The emulator's records: plain data, serialised to GitHub's JSON shapes by serialize.ts.
 * Issues and pull requests share one record type and one number sequence, as on GitHub.
 */

export type AccountType = 'User' | 'Bot' | 'Organization';

/** A repository role; the permission API folds maintain into write and triage into read. */
export type Role = 'admin' | 'maintain' | 'write' | 'triage' | 'read';

export interface Account {
  login: string;
  id: number;
  type: AccountType;
}

export interface LabelRecord {
  id: number;
  name: string;
  color: string;
  description: string | null;
  isDefault: boolean;
}

export interface CommentRecord {
  id: number;
  /** Shared with timeline items, so same-second events keep the order they happened in. */
  seq: number;
  issue: number;
  user: string;
  body: string;
  createdAt: string;
  updatedAt: string;
  /** Earlier bodies, oldest first, each with when it was written: the transcript shows them. */
  revisions?: { at: string; body: string }[];
}

/** One REST timeline item, recorded when it happens (comments are read from their records). */
export interface TimelineRecord {
  id: number;
  seq: number;
  issue: number;
  event:
    | 'labeled'
    | 'unlabeled'
    | 'assigned'
    | 'unassigned'
    | 'closed'
    | 'reopened'
    | 'renamed'
    | 'cross-referenced'
    | 'merged'
    | 'review_requested'
    | 'commented';
  actor: string;
  createdAt: string;
  label?: string;
  assignee?: string;
  rename?: { from: string; to: string };
  stateReason?: string | null;
  commentId?: number;
  source?: number;
  commitId?: string;
  reviewer?: string;
}

export interface PullFields {
  head: string;
  headSha: string;
  base: string;
  baseSha: string;
  draft: boolean;
  merged: boolean;
  mergedAt: string | null;
  mergedBy: string | null;
  mergeCommitSha: string | null;
  requestedReviewers: string[];
}

export interface IssueRecord {
  number: number;
  id: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  stateReason: 'completed' | 'not_planned' | 'reopened' | 'duplicate' | null;
  user: string;
  labels: string[];
  assignees: string[];
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
  closedBy: string | null;
  pull: PullFields | undefined;
  /** The parent issue when this one is a sub-issue (`seq` orders the parent's children). */
  parent?: { number: number; seq: number } | undefined;
  /** Issue-field values by field id (only where the organisation's feature is on). */
  fieldValues?: Map<number, string | number>;
  /** The id of its issue type (one of the organisation's), when it has one. */
  typeId?: number | undefined;
}

/** An organisation's issue type (Bug, Task, Feature by default; admins add more). */
export interface IssueTypeRecord {
  id: number;
  name: string;
  createdAt: string;
}

/** An organisation's issue field (`GET /orgs/{org}/issue-fields`). */
export interface IssueFieldRecord {
  id: number;
  name: string;
  dataType: 'text' | 'date' | 'single_select' | 'multi_select' | 'number';
  options: string[];
  createdAt: string;
}

export interface CommitRecord {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  author: { name: string; email: string; date: string };
  committer: { name: string; email: string; date: string };
  /** Who pushed it through the API (for push webhooks and human-commit checks). */
  pusher: string;
}

/** A tree stored flat: full path to blob sha (nested trees are derived when listed). */
export interface TreeRecord {
  sha: string;
  files: Map<string, string>;
}

export interface CheckRunRecord {
  id: number;
  name: string;
  headSha: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: string | null;
  startedAt: string;
  completedAt: string | null;
  externalId: string;
  detailsUrl: string | null;
  output: {
    title: string | null;
    summary: string | null;
    text: string | null;
    annotations: Record<string, unknown>[];
  };
  app: string;
}

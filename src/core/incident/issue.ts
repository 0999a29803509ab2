/**
 * The incident issue and its history as the core sees them: plain data read from GitHub
 * (the issue and its REST timeline), so the whole record can be rebuilt from GitHub alone.
 */

export interface Person {
  login: string;
  type: string; // "User" | "Bot" | "Organization"
}

/** A value of an organisation's issue field on an issue (GitHub's `issue_field_values`). */
export interface IssueFieldValue {
  fieldId: number;
  /** The field's name, when GitHub names it (it does in REST answers). */
  name: string | undefined;
  dataType: string;
  value: string | number | null;
}

/** The issue itself, as of the moment it was read. */
export interface IssueSnapshot {
  number: number;
  /** The database id, where the source gave it (sub-issue links take it). */
  id?: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  author: Person;
  labels: string[];
  assignees: string[];
  createdAt: string;
  closedAt: string | null;
  htmlUrl: string;
  /** Its issue-field values, where GitHub sent them (REST answers; webhooks do not). */
  fieldValues?: IssueFieldValue[];
}

/** One item of the issue's timeline, normalised from GitHub's REST timeline events. */
export type IssueEvent =
  | {
      kind: 'commented';
      id: number;
      actor: Person;
      at: string;
      updatedAt: string;
      body: string;
      htmlUrl: string;
    }
  | { kind: 'labeled' | 'unlabeled'; actor: Person; at: string; label: string }
  | { kind: 'assigned' | 'unassigned'; actor: Person; at: string; assignee: string }
  | { kind: 'closed'; actor: Person; at: string; stateReason: string | null }
  | { kind: 'reopened'; actor: Person; at: string }
  | { kind: 'renamed'; actor: Person; at: string; from: string; to: string }
  | {
      kind: 'cross-referenced';
      actor: Person;
      at: string;
      source: { number: number; title: string; isPullRequest: boolean; url: string; repo: string };
    };

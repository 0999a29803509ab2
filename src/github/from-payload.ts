import { readFieldValues } from '../core/action-items/due-field.ts';
import type { IssueSnapshot } from '../core/incident/issue.ts';

/** The subset of a webhook's `issue` object the scribe reads. */
export interface PayloadIssue {
  number: number;
  id?: number;
  title: string;
  body?: string | null;
  state?: string;
  state_reason?: string | null;
  user: { login: string; type: string } | null;
  labels?: ({ name?: string } | string)[];
  assignees?: ({ login: string } | null)[] | null;
  created_at: string;
  updated_at?: string;
  closed_at?: string | null;
  html_url: string;
  pull_request?: unknown;
  issue_field_values?: unknown;
}

/** Maps a webhook issue to the core's snapshot, without any request. */
export function issueFromPayload(issue: PayloadIssue): IssueSnapshot {
  return {
    number: issue.number,
    ...(typeof issue.id === 'number' ? { id: issue.id } : {}),
    title: issue.title,
    body: issue.body ?? '',
    state: issue.state === 'closed' ? 'closed' : 'open',
    stateReason: issue.state_reason ?? null,
    author: { login: issue.user?.login ?? 'ghost', type: issue.user?.type ?? 'User' },
    labels: (issue.labels ?? [])
      .map((l) => (typeof l === 'string' ? l : (l.name ?? '')))
      .filter((name) => name !== ''),
    assignees: (issue.assignees ?? []).flatMap((a) => (a ? [a.login] : [])),
    createdAt: issue.created_at,
    closedAt: issue.closed_at ?? null,
    htmlUrl: issue.html_url,
    ...(issue.issue_field_values === undefined
      ? {}
      : { fieldValues: readFieldValues(issue.issue_field_values) ?? [] }),
  };
}

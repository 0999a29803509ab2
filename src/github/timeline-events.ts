import type { IssueEvent, Person } from '../core/incident/issue.ts';

/** One REST timeline item, loosely typed: GitHub adds event kinds over time. */
export type RestTimelineItem = {
  event?: string;
  id?: number;
  actor?: { login: string; type: string } | null;
  user?: { login: string; type: string } | null;
  created_at?: string;
  updated_at?: string;
  body?: string;
  html_url?: string;
  label?: { name: string };
  assignee?: { login: string } | null;
  state_reason?: string | null;
  rename?: { from: string; to: string };
  source?: {
    issue?: {
      number: number;
      title: string;
      html_url: string;
      pull_request?: unknown;
      repository?: { full_name: string };
    };
  };
};

/** Normalises GitHub's REST issue timeline into the events the core reads; others are dropped. */
export function toIssueEvents(items: RestTimelineItem[]): IssueEvent[] {
  return items.flatMap((item): IssueEvent[] => {
    const actor = person(item.actor ?? item.user);
    const at = item.created_at ?? '';
    switch (item.event) {
      case 'commented':
        return [
          {
            kind: 'commented',
            id: item.id ?? 0,
            actor: person(item.user ?? item.actor),
            at,
            updatedAt: item.updated_at ?? at,
            body: item.body ?? '',
            htmlUrl: item.html_url ?? '',
          },
        ];
      case 'labeled':
      case 'unlabeled':
        return item.label ? [{ kind: item.event, actor, at, label: item.label.name }] : [];
      case 'assigned':
      case 'unassigned':
        return item.assignee
          ? [{ kind: item.event, actor, at, assignee: item.assignee.login }]
          : [];
      case 'closed':
        return [{ kind: 'closed', actor, at, stateReason: item.state_reason ?? null }];
      case 'reopened':
        return [{ kind: 'reopened', actor, at }];
      case 'renamed':
        return item.rename
          ? [{ kind: 'renamed', actor, at, from: item.rename.from, to: item.rename.to }]
          : [];
      case 'cross-referenced': {
        const source = item.source?.issue;
        if (!source) return [];
        return [
          {
            kind: 'cross-referenced',
            actor,
            at,
            source: {
              number: source.number,
              title: source.title,
              isPullRequest: source.pull_request !== undefined,
              url: source.html_url,
              repo: source.repository?.full_name ?? '',
            },
          },
        ];
      }
      default:
        return [];
    }
  });
}

function person(user: { login: string; type: string } | null | undefined): Person {
  return { login: user?.login ?? 'ghost', type: user?.type ?? 'User' };
}

import type { Probot } from 'probot';

/** Webhook payloads as GitHub sends them, trimmed to what the tests vary. */

/** What probot.receive takes; our trimmed payloads are not the full generated types. */
export type Delivery = Parameters<Probot['receive']>[0];

export const REPO = { owner: 'acme', repo: 'shop' };
export const INSTALLATION_ID = 42;

const repository = {
  id: 1,
  name: 'shop',
  full_name: 'acme/shop',
  default_branch: 'main',
  owner: { login: 'acme', type: 'Organization' },
};

export interface IssueOptions {
  number?: number;
  title?: string;
  body?: string;
  labels?: string[];
  createdAt?: string;
  updatedAt?: string;
}

export function issue(options: IssueOptions = {}) {
  const number = options.number ?? 1;
  return {
    number,
    title: options.title ?? 'Checkout API returns 500',
    body: options.body ?? 'Customers cannot complete checkout.',
    state: 'open',
    state_reason: null,
    user: { login: 'alice', type: 'User' },
    labels: (options.labels ?? []).map((name, id) => ({ id, name })),
    assignees: [],
    created_at: options.createdAt ?? '2024-01-15T10:00:00Z',
    updated_at: options.updatedAt ?? '2024-01-15T10:15:00Z',
    closed_at: null,
    html_url: `https://github.com/acme/shop/issues/${number}`,
  };
}

/** An `issues` event: labeled, unlabeled, edited, opened. */
export function issuesEvent(
  action: string,
  options: IssueOptions & { label?: string; sender?: { login: string; type: string } } = {},
): Delivery {
  return {
    name: 'issues' as const,
    id: `delivery-${action}-${options.label ?? ''}-${(options.labels ?? []).join('+')}`,
    payload: {
      action,
      issue: issue(options),
      ...(options.label ? { label: { id: 99, name: options.label } } : {}),
      repository,
      sender: options.sender ?? { login: 'alice', type: 'User' },
      installation: { id: INSTALLATION_ID },
    },
  } as unknown as Delivery;
}

export function pushEvent(paths: string[], repo = repository): Delivery {
  return {
    name: 'push' as const,
    id: `delivery-push-${paths.join('+')}`,
    payload: {
      ref: 'refs/heads/main',
      repository: repo,
      commits: [{ added: [], modified: paths, removed: [] }],
      sender: { login: 'alice', type: 'User' },
      installation: { id: INSTALLATION_ID },
    },
  } as unknown as Delivery;
}

/** An `issue_comment` event on issue 1 (or the one given). */
export function commentEvent(
  action: 'created' | 'edited' | 'deleted',
  body: string,
  options: IssueOptions & { id?: number; sender?: { login: string; type: string } } = {},
): Delivery {
  const sender = options.sender ?? { login: 'bob', type: 'User' };
  return {
    name: 'issue_comment',
    id: `delivery-comment-${action}-${options.id ?? 500}`,
    payload: {
      action,
      issue: issue(options),
      comment: {
        id: options.id ?? 500,
        body,
        user: sender,
        created_at: '2024-01-15T10:20:00Z',
        updated_at: '2024-01-15T10:20:00Z',
        html_url: `https://github.com/acme/shop/issues/${options.number ?? 1}#issuecomment-${options.id ?? 500}`,
      },
      repository,
      sender,
      installation: { id: INSTALLATION_ID },
    },
  } as unknown as Delivery;
}

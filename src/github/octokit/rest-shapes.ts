/** Shapes of GitHub's REST answers, and how the port reads them. */
import type { IssueComment, PullSummary } from '../port.ts';

/** The HTTP status of an Octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error
    ? Number(error.status)
    : undefined;
}

/** The headers and message of an Octokit error's answer, as far as it has them. */
function answerOf(error: unknown): { headers: Record<string, string>; message: string } {
  const response = (
    error as { response?: { headers?: Record<string, string>; data?: { message?: string } } }
  ).response;
  return { headers: response?.headers ?? {}, message: response?.data?.message ?? '' };
}

/** How long to wait after a secondary rate limit, or undefined when the error is something else. */
export function secondaryLimitWait(error: unknown): number | undefined {
  const status = statusOf(error);
  if (status !== 403 && status !== 429) return undefined;
  const { headers, message } = answerOf(error);
  const retryAfter = Number(headers['retry-after']);
  if (!/secondary rate limit/i.test(message) && !(retryAfter > 0)) return undefined;
  // GitHub: without retry-after, wait at least a minute.
  return (retryAfter > 0 ? retryAfter : 60) * 1000;
}

/**
 * True when GitHub's answer proves it refused the request: a 4xx other than a rate limit.
 * Anything else (5xx, no answer, a timeout) leaves open whether it did the work.
 */
export function refusedOutright(error: unknown): boolean {
  const status = statusOf(error);
  if (status === undefined || status < 400 || status >= 500 || status === 429) return false;
  if (status !== 403) return true;
  const { headers, message } = answerOf(error);
  const limited =
    /rate limit/i.test(message) ||
    headers['x-ratelimit-remaining'] === '0' ||
    headers['retry-after'] !== undefined;
  return !limited;
}

export type RestPull = {
  number: number;
  state: string;
  merged_at?: string | null;
  html_url: string;
  head: { sha: string; ref: string };
  user: { login: string } | null;
  created_at: string;
};

/** A REST pull request, as the port returns it. */
export function toPull(data: RestPull): PullSummary {
  return {
    number: data.number,
    state: data.state === 'closed' ? 'closed' : 'open',
    merged: Boolean(data.merged_at),
    htmlUrl: data.html_url,
    headSha: data.head.sha,
    headRef: data.head.ref,
    author: data.user?.login ?? 'ghost',
    createdAt: data.created_at,
  };
}

export type RestComment = {
  id: number;
  body?: string | undefined;
  user: { login: string; type: string } | null;
  created_at: string;
  updated_at: string;
  html_url: string;
};

/** A REST issue comment, as the port returns it. */
export function toComment(data: RestComment): IssueComment {
  return {
    id: data.id,
    body: data.body ?? '',
    user: { login: data.user?.login ?? 'ghost', type: data.user?.type ?? 'User' },
    createdAt: data.created_at,
    updatedAt: data.updated_at,
    htmlUrl: data.html_url,
  };
}

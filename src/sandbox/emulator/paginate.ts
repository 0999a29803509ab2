import { GitHubError } from './errors.ts';
import type { RouteContext, RouteResult } from './router.ts';

/** One page of a list, with GitHub's `per_page` cap of 100 and a `Link` header. */
export function paginate<T>(ctx: RouteContext, items: T[], map: (item: T) => unknown): RouteResult {
  const perPage = Math.min(100, positive(ctx.query.get('per_page'), 30, 'per_page'));
  const page = positive(ctx.query.get('page'), 1, 'page');
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const slice = items.slice((page - 1) * perPage, page * perPage);
  const links: string[] = [];
  const link = (n: number, rel: string) => {
    const url = new URL(ctx.world.apiUrl + ctx.url.pathname);
    for (const [key, value] of ctx.query) url.searchParams.set(key, value);
    url.searchParams.set('per_page', String(perPage));
    url.searchParams.set('page', String(n));
    links.push(`<${url.toString()}>; rel="${rel}"`);
  };
  if (page > 1) link(Math.min(page - 1, last), 'prev');
  if (page < last) link(page + 1, 'next');
  if (page < last) link(last, 'last');
  if (page > 1) link(1, 'first');
  return {
    status: 200,
    body: slice.map(map),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

function positive(value: string | null, fallback: number, name: string): number {
  if (value === null || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) {
    throw new GitHubError(422, `Invalid value for ${name}: ${value}`);
  }
  return n;
}

import { GitHubError, notFound } from '../errors.ts';
import type { Route, RouteContext } from '../router.ts';
import { type HookDeliveryRecord, INSTALLATION_ID, type World } from '../world.ts';

/**
 * The App's webhook deliveries: newest first, paged by an opaque cursor in the Link header (not
 * by page number), and a redelivery that queues the same event again under the same guid.
 */
export const hookDeliveryRoutes: Route[] = [
  {
    method: 'GET',
    path: '/app/hook/deliveries',
    auth: 'app',
    handler: (ctx) => {
      const perPage = Math.min(100, positive(ctx.query.get('per_page') ?? '30', 'per_page'));
      const newestFirst = [...ctx.world.hookDeliveries].reverse();
      const cursor = ctx.query.get('cursor');
      const start = cursor ? newestFirst.findIndex((d) => cursorOf(d) === cursor) : 0;
      if (start < 0) throw new GitHubError(422, `Invalid cursor: ${cursor}`);
      const page = newestFirst.slice(start, start + perPage);
      const next = newestFirst[start + perPage];
      return {
        status: 200,
        body: page.map((d) => deliveryJson(ctx.world, d)),
        headers: next ? { link: `<${nextUrl(ctx, perPage, cursorOf(next))}>; rel="next"` } : {},
      };
    },
  },
  {
    method: 'POST',
    path: '/app/hook/deliveries/{delivery_id}/attempts',
    auth: 'app',
    handler: (ctx) => {
      const id = Number(ctx.params.delivery_id);
      const delivery = ctx.world.hookDeliveries.find((d) => d.id === id);
      if (!delivery) throw notFound();
      ctx.world.redeliveryRequests.push(delivery.guid);
      return { status: 202, body: {} };
    },
  },
];

function cursorOf(delivery: HookDeliveryRecord): string {
  return Buffer.from(`v1:${delivery.id}`).toString('base64url');
}

function nextUrl(ctx: RouteContext, perPage: number, cursor: string): string {
  const url = new URL(ctx.world.apiUrl + ctx.url.pathname);
  for (const [key, value] of ctx.query) url.searchParams.set(key, value);
  url.searchParams.set('per_page', String(perPage));
  url.searchParams.set('cursor', cursor);
  return url.toString();
}

function deliveryJson(world: World, d: HookDeliveryRecord) {
  return {
    id: d.id,
    guid: d.guid,
    delivered_at: d.deliveredAt,
    redelivery: d.redelivery,
    duration: d.durationMs / 1000,
    status: statusText(d.statusCode),
    status_code: d.statusCode,
    event: d.event,
    action: d.action,
    installation_id: INSTALLATION_ID,
    repository_id: world.repoId,
  };
}

/** GitHub's words: "OK" for a 2xx, else what went wrong. */
function statusText(code: number): string {
  if (code >= 200 && code < 300) return 'OK';
  if (code === 0) return 'failed to connect to host';
  return `Invalid HTTP Response: ${code}`;
}

function positive(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new GitHubError(422, `Invalid value for ${name}: ${value}`);
  return n;
}

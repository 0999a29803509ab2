import type { HookDelivery } from '../../core/deliveries/choose-redeliveries.ts';
import type { AppHookPort } from '../port.ts';
import type { Octokit } from './verb-context.ts';

type RestHookDelivery = {
  id: number;
  guid: string;
  delivered_at: string;
  redelivery: boolean;
  status: string;
  status_code: number;
  event: string;
  action: string | null;
};

/** The App's webhook deliveries over a client authenticated as the App (a JWT). */
export function createAppHookPort(octokit: Octokit): AppHookPort {
  return {
    async listHookDeliveries(since) {
      const found: HookDelivery[] = [];
      // Newest first; the Link header's cursor leads to older pages, which are not needed.
      const pages = octokit.paginate.iterator('GET /app/hook/deliveries', { per_page: 100 });
      for await (const { data } of pages) {
        const page = data as RestHookDelivery[];
        for (const d of page) {
          found.push({
            id: d.id,
            guid: d.guid,
            deliveredAt: d.delivered_at,
            redelivery: d.redelivery,
            status: d.status,
            statusCode: d.status_code,
            event: d.event,
            action: d.action,
          });
        }
        const oldest = page.at(-1);
        if (!oldest || Date.parse(oldest.delivered_at) < since.getTime()) break;
      }
      return found;
    },
    async redeliverHookDelivery(id) {
      await octokit.request('POST /app/hook/deliveries/{delivery_id}/attempts', {
        delivery_id: id,
      });
    },
  };
}

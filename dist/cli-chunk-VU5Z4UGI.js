import { createRequire as __scribeRequire } from 'node:module'; const require = __scribeRequire(import.meta.url);

// src/github/octokit/app-hook-verbs.ts
function createAppHookPort(octokit) {
  return {
    async listHookDeliveries(since) {
      const found = [];
      const pages = octokit.paginate.iterator("GET /app/hook/deliveries", { per_page: 100 });
      for await (const { data } of pages) {
        const page = data;
        for (const d of page) {
          found.push({
            id: d.id,
            guid: d.guid,
            deliveredAt: d.delivered_at,
            redelivery: d.redelivery,
            status: d.status,
            statusCode: d.status_code,
            event: d.event,
            action: d.action
          });
        }
        const oldest = page.at(-1);
        if (!oldest || Date.parse(oldest.delivered_at) < since.getTime()) break;
      }
      return found;
    },
    async redeliverHookDelivery(id) {
      await octokit.request("POST /app/hook/deliveries/{delivery_id}/attempts", {
        delivery_id: id
      });
    }
  };
}

export {
  createAppHookPort
};

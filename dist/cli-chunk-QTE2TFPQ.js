import { createRequire as __scribeRequire } from 'node:module'; const require = __scribeRequire(import.meta.url);

// src/core/deliveries/choose-redeliveries.ts
function chooseRedeliveries(deliveries, since) {
  const latest = /* @__PURE__ */ new Map();
  const succeeded = /* @__PURE__ */ new Set();
  for (const delivery of deliveries) {
    if (Date.parse(delivery.deliveredAt) < since.getTime()) continue;
    if (delivery.status === "OK") succeeded.add(delivery.guid);
    const seen = latest.get(delivery.guid);
    if (!seen || Date.parse(delivery.deliveredAt) > Date.parse(seen.deliveredAt)) {
      latest.set(delivery.guid, delivery);
    }
  }
  return [...latest.values()].filter((d) => !succeeded.has(d.guid)).sort((a, b) => Date.parse(a.deliveredAt) - Date.parse(b.deliveredAt));
}

// src/usecases/deliveries/redeliver-failed.ts
async function redeliverFailed(port, options) {
  const since = new Date(options.now.getTime() - options.hours * 36e5);
  const deliveries = await port.listHookDeliveries(since);
  const chosen = chooseRedeliveries(deliveries, since);
  const outcome = { listed: deliveries.length, redelivered: [], failed: [] };
  for (const delivery of chosen) {
    const what = `${delivery.event}${delivery.action ? `.${delivery.action}` : ""} ${delivery.guid} (${delivery.status}, ${delivery.deliveredAt})`;
    if (options.dryRun) {
      options.log(`would redeliver ${what}`);
      outcome.redelivered.push(delivery);
      continue;
    }
    try {
      await port.redeliverHookDelivery(delivery.id);
      options.log(`redelivered ${what}`);
      outcome.redelivered.push(delivery);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      options.log(`could not redeliver ${what}: ${reason}`);
      outcome.failed.push({ delivery, reason });
    }
  }
  return outcome;
}

export {
  redeliverFailed
};

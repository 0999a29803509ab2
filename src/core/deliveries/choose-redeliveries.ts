/** One delivery of the App's webhook, as GET /app/hook/deliveries lists it. */
export interface HookDelivery {
  id: number;
  /** Shared by every attempt to deliver one event (a redelivery keeps it). */
  guid: string;
  deliveredAt: string;
  redelivery: boolean;
  /** "OK" when the App answered 2xx; anything else is a failure. */
  status: string;
  statusCode: number;
  event: string;
  action: string | null;
}

/**
 * What to redeliver, as GitHub's documentation recommends: each event (guid) delivered since
 * `since` none of whose attempts succeeded, once, by its latest attempt. An event that already
 * succeeded on a later attempt is left alone.
 */
export function chooseRedeliveries(deliveries: HookDelivery[], since: Date): HookDelivery[] {
  const latest = new Map<string, HookDelivery>();
  const succeeded = new Set<string>();
  for (const delivery of deliveries) {
    if (Date.parse(delivery.deliveredAt) < since.getTime()) continue;
    if (delivery.status === 'OK') succeeded.add(delivery.guid);
    const seen = latest.get(delivery.guid);
    if (!seen || Date.parse(delivery.deliveredAt) > Date.parse(seen.deliveredAt)) {
      latest.set(delivery.guid, delivery);
    }
  }
  return [...latest.values()]
    .filter((d) => !succeeded.has(d.guid))
    .sort((a, b) => Date.parse(a.deliveredAt) - Date.parse(b.deliveredAt));
}

import type { AlertActivity } from './alert-marker.ts';

/**
 * Notifications of one group less than this apart are one notification: a retry by the
 * source, or the same notification from a second replica (Alertmanager in HA, two relays).
 * Sources repeat a group no more often than every minute (Alertmanager's group_interval and
 * Grafana's are minutes), so a real repeat is never lost to it.
 */
export const SAME_NOTIFICATION_MS = 60_000;

/**
 * The group's activity after one more notification, or undefined when it changes nothing.
 * A function of what is on the issue and the time alone: two deliveries of the same
 * notification, even at once, write the same comment, so a duplicate never counts twice.
 * `openedAt` is when the incident was opened (by the group's first notification).
 */
export function planActivity(
  before: AlertActivity | undefined,
  notification: { group: string; status: 'firing' | 'resolved'; now: Date; openedAt: string },
): AlertActivity | undefined {
  const { group, status, now, openedAt } = notification;
  const current: AlertActivity = before ?? { group, fired: 0 };
  const at = now.toISOString();
  if (status === 'resolved') {
    if (current.resolved !== undefined) return undefined;
    return { ...current, resolved: at };
  }
  const previous = Date.parse(current.last ?? openedAt);
  if (now.getTime() - previous < SAME_NOTIFICATION_MS && current.resolved === undefined) {
    return undefined;
  }
  const { resolved: _, ...rest } = current;
  return { ...rest, fired: current.fired + 1, last: at };
}

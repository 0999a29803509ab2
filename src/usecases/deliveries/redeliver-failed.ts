import {
  chooseRedeliveries,
  type HookDelivery,
} from '../../core/deliveries/choose-redeliveries.ts';
import type { AppHookPort } from '../../github/port.ts';

export interface RedeliverOptions {
  now: Date;
  /** How far back to look; the job runs more often than this (GitHub keeps 3 days). */
  hours: number;
  /** List what would be redelivered, ask for nothing. */
  dryRun?: boolean;
  log: (line: string) => void;
}

export interface RedeliverOutcome {
  listed: number;
  redelivered: HookDelivery[];
  /** Redeliveries GitHub refused; the others were still asked for. */
  failed: { delivery: HookDelivery; reason: string }[];
}

/**
 * The scheduled job `redeliver-failed`: GitHub never redelivers a failed webhook, so every
 * event of the last `hours` whose deliveries all failed (an outage, a deploy, a crash) is
 * asked for again, once per run. The app rebuilds its record from GitHub on every event, so a
 * redelivery that turns out to be a duplicate writes nothing.
 */
export async function redeliverFailed(
  port: AppHookPort,
  options: RedeliverOptions,
): Promise<RedeliverOutcome> {
  // 1. List the deliveries of the window, newest first.
  const since = new Date(options.now.getTime() - options.hours * 3_600_000);
  const deliveries = await port.listHookDeliveries(since);
  // 2. Keep the events none of whose attempts succeeded.
  const chosen = chooseRedeliveries(deliveries, since);
  // 3. Ask for each once; one refusal does not stop the others.
  const outcome: RedeliverOutcome = { listed: deliveries.length, redelivered: [], failed: [] };
  for (const delivery of chosen) {
    const what = `${delivery.event}${delivery.action ? `.${delivery.action}` : ''} ${delivery.guid} (${delivery.status}, ${delivery.deliveredAt})`;
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

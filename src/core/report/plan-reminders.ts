import type { Config, EscalationLevel } from '../config/config.ts';
import type { OverdueItem } from './build-report.ts';

/** One reminder to post on an overdue item. */
export interface Reminder {
  entry: OverdueItem;
  /** The escalation level named too, once the item is overdue long enough. */
  nextLevel: EscalationLevel | undefined;
}

// GitHub allows about 80 content-creating requests a minute: the rest wait for the next run.
export const MAX_REMINDERS_PER_RUN = 50;

/**
 * The reminders this run posts: open overdue items with an owner, not yet reminded this week
 * (the week's report marker says which were), at most MAX_REMINDERS_PER_RUN.
 */
export function planReminders(
  overdue: OverdueItem[],
  remindedThisWeek: readonly number[],
  config: Config,
): Reminder[] {
  if (!config.report.reminders) return [];
  const done = new Set(remindedThisWeek);
  const afterDays = config.report.remindNextLevelAfterMinutes / 1440;
  // The owner is the first level; the next one is the path's first level after L1.
  const next = config.escalation.find((l, index) => index > 0 || l.level !== 'L1');
  return overdue
    .filter((e) => e.owner !== undefined && e.item.state === 'open' && !done.has(e.item.number))
    .slice(0, MAX_REMINDERS_PER_RUN)
    .map((entry) => ({
      entry,
      nextLevel: entry.daysOverdue >= afterDays ? next : undefined,
    }));
}

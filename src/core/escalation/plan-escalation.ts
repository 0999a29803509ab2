import type { Config, EscalationLevel } from '../config/config.ts';
import { plusMinutes } from '../time/format-time.ts';
import type { Deadlines } from '../timeline/metrics.ts';
import type { Timeline } from '../timeline/timeline-types.ts';

/** One level of the path after the first, and when it is due if nobody acknowledges. */
export interface EscalationStep {
  level: EscalationLevel;
  dueAt: string;
}

/** What the sweep should post on an incident now. */
export interface EscalationPlan {
  /** Levels due and not yet escalated to, in order. */
  escalate: EscalationStep[];
  /** The level after the last one escalated to now, if any: named as what comes next. */
  next: EscalationStep | undefined;
  /** The status update due at this instant is overdue and has not been flagged yet. */
  updateOverdue: string | undefined;
}

/**
 * When each level after L1 (who is paged first) is due: at detection plus the level's `after`,
 * or, without one, the previous level's time plus `report.escalate_unacknowledged_after`.
 */
export function escalationSchedule(config: Config, detected: string): EscalationStep[] {
  const steps: EscalationStep[] = [];
  let previous = detected;
  config.escalation.forEach((level, index) => {
    if (index === 0) return;
    const dueAt =
      level.afterMinutes !== undefined
        ? plusMinutes(detected, level.afterMinutes)
        : plusMinutes(previous, config.report.escalateUnacknowledgedAfterMinutes);
    steps.push({ level, dueAt });
    previous = dueAt;
  });
  return steps;
}

/**
 * What an incident needs at `now`: escalation to each due level not yet escalated to, while it
 * is open, unacknowledged and unresolved; and one flag per missed status update.
 */
export function planEscalation(
  timeline: Timeline,
  deadlines: Deadlines,
  config: Config,
  now: Date,
  done: { levels: ReadonlySet<string>; updatesFlagged: ReadonlySet<string> },
): EscalationPlan {
  const { moments, state } = timeline;
  const active = state.open && moments.resolved === undefined;
  const waiting = active && moments.acknowledged === undefined;
  const schedule = waiting ? escalationSchedule(config, moments.detected) : [];
  const due = schedule.filter((s) => Date.parse(s.dueAt) <= now.getTime());
  const overdueUpdate =
    active && deadlines.updateOverdue && deadlines.nextUpdateDue
      ? deadlines.nextUpdateDue
      : undefined;
  return {
    escalate: due.filter((s) => !done.levels.has(s.level.level)),
    next: schedule.find((s) => Date.parse(s.dueAt) > now.getTime()),
    updateOverdue:
      overdueUpdate && !done.updatesFlagged.has(overdueUpdate) ? overdueUpdate : undefined,
  };
}

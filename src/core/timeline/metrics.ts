import type { Config } from '../config/config.ts';
import { formatMinutesLong, formatMinutesShort } from '../config/duration.ts';
import type { Moments, Timeline } from './timeline-types.ts';

/** A measured span in whole minutes, and the target it is held to (if there is one). */
export interface Measure {
  minutes: number;
  targetMinutes: number | undefined;
}

/** The incident's response metrics (issue 4, item 4); undefined while a moment is unknown. */
export interface Metrics {
  moments: Moments;
  /** Acknowledged − detected, against the acknowledge target. */
  timeToAcknowledge: Measure | undefined;
  /** Mitigated − start, against the severity's resolution target (there is no separate one). */
  timeToMitigate: Measure | undefined;
  /** Resolved − start, against the severity's resolution target. */
  timeToResolve: Measure | undefined;
  /** Start to close, as the reference post-mortem counts it; no target. */
  duration: Measure | undefined;
  /** Closed as not planned: no measure counts, and the record says so. */
  falseAlarm: boolean;
}

/** When things are due, as of `now`. */
export interface Deadlines {
  acknowledgeBy: string;
  acknowledgeOverdue: boolean;
  /** Start plus the severity's resolution target; undefined without a severity. */
  resolveBy: string | undefined;
  resolveOverdue: boolean;
  /** The last status update (or the severity being set) plus the severity's cadence. */
  nextUpdateDue: string | undefined;
  updateOverdue: boolean;
  /** Minutes since the start, to the close once closed. */
  elapsedMinutes: number;
}

/** Measures the timeline's moments against the configured targets. */
export function computeMetrics(timeline: Timeline, config: Config): Metrics {
  const { moments, state } = timeline;
  const resolutionTarget = state.severity?.targetResolutionMinutes;
  if (state.falseAlarm) {
    return {
      moments,
      timeToAcknowledge: undefined,
      timeToMitigate: undefined,
      timeToResolve: undefined,
      duration: undefined,
      falseAlarm: true,
    };
  }
  return {
    moments,
    timeToAcknowledge: measure(
      moments.detected,
      moments.acknowledged,
      config.acknowledgeTargetMinutes,
    ),
    timeToMitigate: measure(moments.start, moments.mitigated, resolutionTarget),
    timeToResolve: measure(moments.start, moments.resolved, resolutionTarget),
    duration: measure(moments.start, moments.closed, undefined),
    falseAlarm: false,
  };
}

/** The acknowledge, resolve and status-update deadlines, and which have passed at `now`. */
export function computeDeadlines(timeline: Timeline, config: Config, now: Date): Deadlines {
  const { moments, state } = timeline;
  const nowMs = now.getTime();
  const active = state.open && moments.resolved === undefined;
  const acknowledgeBy = plusMinutes(moments.detected, config.acknowledgeTargetMinutes);
  const severity = state.severity;
  const resolveBy = severity
    ? plusMinutes(moments.start, severity.targetResolutionMinutes)
    : undefined;
  const updateBase = state.lastStatusUpdateAt ?? state.severitySetAt ?? moments.start;
  const nextUpdateDue =
    severity && active ? plusMinutes(updateBase, severity.updateEveryMinutes) : undefined;
  return {
    acknowledgeBy,
    acknowledgeOverdue:
      state.open && moments.acknowledged === undefined && nowMs > Date.parse(acknowledgeBy),
    resolveBy,
    resolveOverdue: active && resolveBy !== undefined && nowMs > Date.parse(resolveBy),
    nextUpdateDue,
    updateOverdue: nextUpdateDue !== undefined && nowMs > Date.parse(nextUpdateDue),
    elapsedMinutes: minutesBetween(moments.start, moments.closed ?? now.toISOString()),
  };
}

/** "1 hour 45 minutes (within the 4 h target)" or "(breached the 1 h target by 45 min)". */
export function describeMeasure(measure: Measure): string {
  const value = formatMinutesLong(measure.minutes);
  const verdict = describeVerdict(measure);
  return verdict ? `${value} (${verdict})` : value;
}

/** "within the 4 h target", "breached the 1 h target by 45 min", or undefined without a target. */
export function describeVerdict(measure: Measure): string | undefined {
  const target = measure.targetMinutes;
  if (target === undefined) return undefined;
  const over = measure.minutes - target;
  const named = `the ${formatMinutesShort(target)} target`;
  return over <= 0 ? `within ${named}` : `breached ${named} by ${formatMinutesShort(over)}`;
}

/**
 * Whole minutes from `from` to `to`, counted between the minutes the table shows (seconds
 * dropped first), so 10:00:50 → 10:05:10 reads as the 5 minutes the rows suggest.
 */
export function minutesBetween(from: string, to: string): number {
  const floor = (iso: string) => Math.floor(Date.parse(iso) / 60_000);
  return Math.max(0, floor(to) - floor(from));
}

function measure(from: string, to: string | undefined, target: number | undefined) {
  return to === undefined
    ? undefined
    : { minutes: minutesBetween(from, to), targetMinutes: target };
}

function plusMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}

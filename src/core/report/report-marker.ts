import type { MarkerData } from '../markdown/marker.ts';
import type { WeekPoint } from './report-types.ts';

/** The marker kind of a weekly report issue's body. */
export const REPORT_MARKER = 'weekly-report';

/** What a report's marker holds: its week's numbers, and the items reminded that week. */
export interface ReportMarker extends WeekPoint {
  /** Item issue numbers reminded this week (at most one reminder per item per week). */
  reminded: number[];
}

const WEEK = /^\d{4}-W\d{2}$/;
const MAX_REMINDED = 10_000;

/** Validates a report marker's payload; undefined when its week or count is malformed. */
export function readReportMarker(data: MarkerData | undefined): ReportMarker | undefined {
  if (!data) return undefined;
  const { week, overdue, mtta, mttr, reminded } = data;
  if (typeof week !== 'string' || !WEEK.test(week)) return undefined;
  if (!isCount(overdue)) return undefined;
  const numbers = Array.isArray(reminded)
    ? reminded.filter((n): n is number => isCount(n) && n > 0).slice(0, MAX_REMINDED)
    : [];
  return {
    week,
    overdue,
    ...(isCount(mtta) ? { mtta } : {}),
    ...(isCount(mttr) ? { mttr } : {}),
    reminded: numbers,
  };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

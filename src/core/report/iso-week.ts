import { addDays, formatISO, getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';

/** An ISO week: its label ("2025-W12") and its Monday (YYYY-MM-DD). */
export interface IsoWeek {
  label: string;
  monday: string;
}

/** The ISO week a calendar day (YYYY-MM-DD) falls in. */
export function isoWeekOf(day: string): IsoWeek {
  const date = dayDate(day);
  const week = String(getISOWeek(date)).padStart(2, '0');
  return {
    label: `${getISOWeekYear(date)}-W${week}`,
    monday: formatISO(startOfISOWeek(date), { representation: 'date' }),
  };
}

/** The labels of the `count` weeks ending with the week of `day`, oldest first. */
export function weeksEndingWith(day: string, count: number): string[] {
  const labels: string[] = [];
  for (let back = count - 1; back >= 0; back--) {
    labels.push(isoWeekOf(shiftDay(day, -7 * back)).label);
  }
  return labels;
}

/** A calendar day `days` later (or earlier) than `day`. */
export function shiftDay(day: string, days: number): string {
  return formatISO(addDays(dayDate(day), days), { representation: 'date' });
}

/** Whole days from `from` to `to` (calendar days, YYYY-MM-DD). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

// date-fns works in the process's local zone: a local midnight of the day keeps the
// calendar arithmetic exact wherever the scribe runs.
function dayDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

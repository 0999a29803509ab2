import { TZDate } from '@date-fns/tz';
import { addMinutes, format } from 'date-fns';

/** "2024-01-15 10:15 UTC": absolute times, as people on call read them. */
export function formatUtc(at: Date | string): string {
  return `${format(new TZDate(new Date(at).getTime(), 'UTC'), 'yyyy-MM-dd HH:mm')} UTC`;
}

/** UTC first, then the team's own zone when it is not UTC: "2024-01-15 10:15 UTC (11:15 Europe/Berlin)". */
export function formatUtcAndZone(at: Date | string, timeZone: string): string {
  const utc = formatUtc(at);
  if (timeZone === 'UTC') return utc;
  const local = new TZDate(new Date(at).getTime(), timeZone);
  const sameDay = format(local, 'yyyy-MM-dd') === utc.slice(0, 10);
  return `${utc} (${format(local, sameDay ? 'HH:mm' : 'yyyy-MM-dd HH:mm')} ${timeZone})`;
}

/** An ISO time `minutes` after `at`. */
export function plusMinutes(at: Date | string, minutes: number): string {
  return addMinutes(new Date(at), minutes).toISOString();
}

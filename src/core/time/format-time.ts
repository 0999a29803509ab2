import { tz } from '@date-fns/tz';
import { addMinutes, format } from 'date-fns';

/** "10:00", or "2024-01-15 10:00" with the date, in the given zone. */
export function formatClock(iso: string, zone: string, withDate: boolean): string {
  return format(new Date(iso), withDate ? 'yyyy-MM-dd HH:mm' : 'HH:mm', { in: tz(zone) });
}

/** The calendar day of an instant in the zone, "2024-01-15". */
export function dayIn(iso: string, zone: string): string {
  return format(new Date(iso), 'yyyy-MM-dd', { in: tz(zone) });
}

/**
 * An instant as people on call read it: "2024-01-15 10:00 UTC", with the configured zone
 * alongside when it is not UTC: "2024-01-15 10:00 UTC (11:00 Europe/Berlin)".
 */
export function formatInstant(iso: string, zone: string): string {
  const utc = `${formatClock(iso, 'UTC', true)} UTC`;
  if (zone === 'UTC') return utc;
  const sameDay = dayIn(iso, 'UTC') === dayIn(iso, zone);
  return `${utc} (${formatClock(iso, zone, !sameDay)} ${zone})`;
}

/** "2024-01-15 10:15 UTC". */
export function formatUtc(iso: string): string {
  return formatInstant(iso, 'UTC');
}

/** An ISO time `minutes` after `at`. */
export function plusMinutes(at: string, minutes: number): string {
  return addMinutes(new Date(at), minutes).toISOString();
}

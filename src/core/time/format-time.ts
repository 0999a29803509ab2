import { tzOffset } from '@date-fns/tz';
import { addMinutes } from 'date-fns';

/** "10:00", or "2024-01-15 10:00" with the date, in the given zone. */
export function formatClock(iso: string, zone: string, withDate: boolean): string {
  const local = wallClock(iso, zone);
  return withDate ? `${local.slice(0, 10)} ${local.slice(11, 16)}` : local.slice(11, 16);
}

/** The calendar day of an instant in the zone, "2024-01-15". */
export function dayIn(iso: string, zone: string): string {
  return wallClock(iso, zone).slice(0, 10);
}

/**
 * The instant as the zone's wall clock, in ISO form ("2024-01-15T11:00:00.000Z" for 10:00 UTC
 * in Berlin; the "Z" means nothing here). One offset lookup per instant: a timeline renders
 * thousands of times, and formatting through a zoned date asks for the offset many times each.
 */
export function wallClock(iso: string, zone: string): string {
  const at = Date.parse(iso);
  const offset = zone === 'UTC' ? 0 : tzOffset(zone, new Date(at));
  return new Date(at + offset * 60_000).toISOString();
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

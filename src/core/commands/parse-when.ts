import { TZDate, tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { parseDuration } from '../config/duration.ts';

/**
 * Times in commands are what people type in a hurry: "2024-01-15 10:30" (GitLab's form),
 * "10:30", optionally followed by "UTC". They are read in the configured time zone.
 */

export type WhenResult = { ok: true; at: string } | { ok: false; message: string };

// Anchored, no nested or overlapping quantifiers: linear on any input.
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})(?: ?(utc|z))?$/i;
const TIME_ONLY = /^(\d{1,2}):(\d{2})(?: ?(utc|z))?$/i;
const MAX_WHEN = 40;

/** The accepted forms, named in every error so the author can fix the line. */
export function acceptedTimes(timezone: string): string {
  const zone = timezone === 'UTC' ? 'UTC' : `${timezone} time; add UTC for UTC`;
  return `YYYY-MM-DD HH:MM or HH:MM (24-hour, ${zone})`;
}

/** Reads an event time; a time without a date falls on `baseDate`'s date in the time zone. */
export function parseWhen(text: string, timezone: string, baseDate: string): WhenResult {
  const input = text.trim();
  const full = input.length <= MAX_WHEN ? DATE_TIME.exec(input) : null;
  if (full) {
    const [, y, mo, d, h, mi, utc] = full as unknown as string[];
    return named(
      toInstant(Number(y), Number(mo), Number(d), Number(h), Number(mi), zoneOf(utc, timezone)),
      timezone,
    );
  }
  const short = input.length <= MAX_WHEN ? TIME_ONLY.exec(input) : null;
  if (short) {
    const [, h, mi, utc] = short as unknown as string[];
    const zone = zoneOf(utc, timezone);
    const [y, mo, d] = dateIn(baseDate, zone);
    return named(toInstant(y, mo, d, Number(h), Number(mi), zone), timezone);
  }
  return { ok: false, message: `${quote(input)} is not a time. Use ${acceptedTimes(timezone)}.` };
}

/**
 * Reads an ETA: a duration from the comment ("30m", "2h"), a date and time, or a time of day,
 * which means its next occurrence at or after the comment.
 */
export function parseEta(text: string, timezone: string, commentAt: string): WhenResult {
  const input = text.trim();
  const minutes = input.length <= MAX_WHEN ? parseDuration(input) : undefined;
  if (minutes !== undefined) {
    return { ok: true, at: new Date(Date.parse(commentAt) + minutes * 60_000).toISOString() };
  }
  const timeOnly = input.length <= MAX_WHEN && TIME_ONLY.test(input);
  const when = parseWhen(input, timezone, commentAt);
  if (!when.ok) {
    return {
      ok: false,
      message: `${quote(input)} is not an ETA. Use a duration such as 30m or 2h, or ${acceptedTimes(timezone)}.`,
    };
  }
  if (Date.parse(when.at) >= Date.parse(commentAt)) return when;
  if (timeOnly) {
    return { ok: true, at: new Date(Date.parse(when.at) + 86_400_000).toISOString() };
  }
  return { ok: false, message: `The ETA ${quote(input)} is already past.` };
}

// A date or time that is shaped right but does not exist still names the accepted forms.
function named(result: WhenResult, timezone: string): WhenResult {
  return result.ok
    ? result
    : { ok: false, message: `${result.message} Use ${acceptedTimes(timezone)}.` };
}

function zoneOf(utc: string | undefined, timezone: string): string {
  return utc ? 'UTC' : timezone;
}

function dateIn(iso: string, zone: string): [number, number, number] {
  const [y, mo, d] = format(new Date(iso), 'yyyy-MM-dd', { in: tz(zone) }).split('-');
  return [Number(y), Number(mo), Number(d)];
}

function toInstant(y: number, mo: number, d: number, h: number, mi: number, zone: string) {
  const probe = new Date(Date.UTC(y, mo - 1, d));
  const realDate = probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
  if (!realDate || y < 2000 || y > 2999) {
    return { ok: false as const, message: `${y}-${pad(mo)}-${pad(d)} is not a date.` };
  }
  if (h > 23 || mi > 59) {
    return {
      ok: false as const,
      message: `${pad(h)}:${pad(mi)} is not a time of day (00:00 to 23:59).`,
    };
  }
  const ms =
    zone === 'UTC'
      ? Date.UTC(y, mo - 1, d, h, mi)
      : new TZDate(y, mo - 1, d, h, mi, zone).getTime();
  // In the hour the clocks skip, the wall time does not exist; saying so beats guessing.
  if (format(new Date(ms), 'HH:mm', { in: tz(zone) }) !== `${pad(h)}:${pad(mi)}`) {
    return {
      ok: false as const,
      message: `${pad(h)}:${pad(mi)} does not exist on ${y}-${pad(mo)}-${pad(d)} in ${zone} (the clocks moved forward).`,
    };
  }
  return { ok: true as const, at: new Date(ms).toISOString() };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function quote(text: string): string {
  const shown = text.length > MAX_WHEN ? `${text.slice(0, MAX_WHEN)}…` : text;
  return `"${shown}"`;
}

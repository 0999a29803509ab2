import { TZDate, tz } from '@date-fns/tz';
import { format } from 'date-fns';
import { parseDuration } from '../config/duration.ts';
import { formatInstant } from '../time/format-time.ts';

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

/** How far after the comment a time may be, for the clocks of people and GitHub to differ. */
export const FUTURE_TOLERANCE_MINUTES = 5;

/**
 * Reads an event time. A bare HH:MM is its most recent occurrence at or before `writtenAt`,
 * when the comment was written (allowing FUTURE_TOLERANCE_MINUTES of clock skew), never a day
 * the author did not mean: "00:20" typed at 00:30 is today, "23:50" typed at 00:10 yesterday.
 */
export function parseWhen(text: string, timezone: string, writtenAt: string): WhenResult {
  const read = readTime(text, timezone);
  if (!read.ok || read.bare === undefined) return read.ok ? { ok: true, at: read.at } : read;
  const { h, mi, zone } = read.bare;
  const latest = Date.parse(writtenAt) + FUTURE_TOLERANCE_MINUTES * 60_000;
  const [y, mo, d] = dateIn(new Date(latest).toISOString(), zone);
  const sameDay = named(toInstant(y, mo, d, h, mi, zone), timezone);
  if (!sameDay.ok || Date.parse(sameDay.at) <= latest) return sameDay;
  const [py, pmo, pd] = dayBefore(y, mo, d);
  return named(toInstant(py, pmo, pd, h, mi, zone), timezone);
}

/**
 * Reads an ETA: a duration from the comment ("30m", "2h"), a date and time, or a bare HH:MM,
 * which means that time on the comment's day. An ETA already past is refused, and a bare one
 * is not moved to tomorrow behind the author's back: the reply asks for the date.
 */
export function parseEta(text: string, timezone: string, commentAt: string): WhenResult {
  const input = text.trim();
  const minutes = input.length <= MAX_WHEN ? parseDuration(input) : undefined;
  if (minutes !== undefined) {
    return { ok: true, at: new Date(Date.parse(commentAt) + minutes * 60_000).toISOString() };
  }
  const read = readTime(input, timezone);
  if (!read.ok) {
    return {
      ok: false,
      message: `${quote(input)} is not an ETA. Use a duration such as 30m or 2h, or ${acceptedTimes(timezone)}.`,
    };
  }
  if (read.bare === undefined) {
    if (Date.parse(read.at) >= Date.parse(commentAt)) return { ok: true, at: read.at };
    return {
      ok: false,
      message: `The ETA ${quote(input)} is already past (the comment was written ${formatInstant(commentAt, timezone)}).`,
    };
  }
  const { h, mi, zone } = read.bare;
  const [y, mo, d] = dateIn(commentAt, zone);
  const today = named(toInstant(y, mo, d, h, mi, zone), timezone);
  if (!today.ok || Date.parse(today.at) >= Date.parse(commentAt)) return today;
  const [ny, nmo, nd] = dayAfter(y, mo, d);
  const utc = zone === 'UTC' && timezone !== 'UTC' ? ' UTC' : '';
  return {
    ok: false,
    message: `The ETA ${quote(input)} is ${formatInstant(today.at, timezone)}, already past (the comment was written ${formatInstant(commentAt, timezone)}). If you mean tomorrow, give the date: eta ${ny}-${pad(nmo)}-${pad(nd)} ${pad(h)}:${pad(mi)}${utc}.`,
  };
}

type ReadTime =
  | { ok: true; at: string; bare: undefined }
  | { ok: true; at?: undefined; bare: { h: number; mi: number; zone: string } }
  | { ok: false; message: string };

/** A full date and time as an instant, or a bare HH:MM still to be placed on a day. */
function readTime(text: string, timezone: string): ReadTime {
  const input = text.trim();
  const full = input.length <= MAX_WHEN ? DATE_TIME.exec(input) : null;
  if (full) {
    const [, y, mo, d, h, mi, utc] = full as unknown as string[];
    const result = named(
      toInstant(Number(y), Number(mo), Number(d), Number(h), Number(mi), zoneOf(utc, timezone)),
      timezone,
    );
    return result.ok ? { ok: true, at: result.at, bare: undefined } : result;
  }
  const short = input.length <= MAX_WHEN ? TIME_ONLY.exec(input) : null;
  if (short) {
    const [, h, mi, utc] = short as unknown as string[];
    if (Number(h) > 23 || Number(mi) > 59) {
      return {
        ok: false,
        message: `${pad(Number(h))}:${pad(Number(mi))} is not a time of day (00:00 to 23:59). Use ${acceptedTimes(timezone)}.`,
      };
    }
    return { ok: true, bare: { h: Number(h), mi: Number(mi), zone: zoneOf(utc, timezone) } };
  }
  return { ok: false, message: `${quote(input)} is not a time. Use ${acceptedTimes(timezone)}.` };
}

function dayBefore(y: number, mo: number, d: number): [number, number, number] {
  const day = new Date(Date.UTC(y, mo - 1, d - 1));
  return [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
}

function dayAfter(y: number, mo: number, d: number): [number, number, number] {
  const day = new Date(Date.UTC(y, mo - 1, d + 1));
  return [day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()];
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

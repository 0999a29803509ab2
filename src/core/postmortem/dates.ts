/**
 * Dates as post-mortems write them. Parsing is by hand over short, capped strings, so it
 * runs in linear time whatever a cell holds; everything is UTC.
 */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

// Longer strings are not dates; capping first keeps every pattern below cheap.
const MAX_DATE_TEXT = 64;

// Anchored, no nested quantifiers: one pass over at most MAX_DATE_TEXT characters.
const ISO_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?[ ]?(Z|UTC|[+-]\d{2}:?\d{2})?$/i;

/** Milliseconds since the epoch for an ISO date or date-time (no zone means UTC). */
export function parseIsoTime(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed.length > MAX_DATE_TEXT) return undefined;
  const m = ISO_TIME.exec(trimmed);
  if (!m) return undefined;
  const [year, month, day, hour = 0, minute = 0, second = 0] = m
    .slice(1, 7)
    .map((part) => (part === undefined ? undefined : Number(part))) as number[];
  if (!validDay(year as number, month as number, day as number)) return undefined;
  if ((hour as number) > 23 || (minute as number) > 59 || (second as number) > 59) return undefined;
  let offsetMinutes = 0;
  const zone = m[7]?.toUpperCase();
  if (zone && zone !== 'Z' && zone !== 'UTC') {
    const digits = zone.slice(1).replace(':', '');
    offsetMinutes =
      (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * (zone[0] === '-' ? -1 : 1);
  }
  return (
    Date.UTC(year as number, (month as number) - 1, day as number, hour, minute, second) -
    offsetMinutes * 60_000
  );
}

export type DueDate = { ok: true; date: string } | { ok: false; reason: string };

/**
 * Reads a due date: 2024-01-30, Jan 30, 30 Jan 2024, January 30, 2024. A date without a
 * year takes the incident's year, or the next one if it would fall before the incident.
 */
export function parseDueDate(text: string, incidentDate: string | undefined): DueDate {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: 'no due date' };
  // The examples carry the incident's year, so the hint can be copied as it stands.
  const y = incidentDate?.slice(0, 4) ?? '2024';
  const unreadable = {
    ok: false as const,
    reason: `cannot read the due date "${trimmed.slice(0, 40)}"; write ${y}-01-30, Jan 30, 30 Jan ${y} or January 30, ${y}`,
  };
  if (trimmed.length > MAX_DATE_TEXT) return unreadable;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  if (iso) {
    const [y, mo, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    return validDay(y, mo, d) ? { ok: true, date: isoDay(y, mo, d) } : unreadable;
  }
  const parts = namedDate(trimmed);
  if (!parts) return unreadable;
  const { month, day } = parts;
  if (parts.year !== undefined) {
    return validDay(parts.year, month, day)
      ? { ok: true, date: isoDay(parts.year, month, day) }
      : unreadable;
  }
  if (incidentDate === undefined) {
    return {
      ok: false,
      reason: `the due date "${trimmed}" has no year, and the post-mortem names no incident date to take it from; add the year`,
    };
  }
  const incidentYear = Number(incidentDate.slice(0, 4));
  // Feb 29 exists only in some years, so validate in the year it lands in.
  let date = validDay(incidentYear, month, day) ? isoDay(incidentYear, month, day) : undefined;
  if (date === undefined || date < incidentDate) {
    date = validDay(incidentYear + 1, month, day)
      ? isoDay(incidentYear + 1, month, day)
      : undefined;
  }
  return date === undefined ? unreadable : { ok: true, date };
}

function namedDate(text: string): { month: number; day: number; year?: number } | undefined {
  const tokens = text
    .toLowerCase()
    .replace(/[,.]/g, ' ')
    .split(' ')
    .filter((token) => token !== '');
  if (tokens.length < 2 || tokens.length > 3) return undefined;
  const [a, b, c] = tokens as [string, string, string | undefined];
  const year = c === undefined ? undefined : /^\d{4}$/.test(c) ? Number(c) : Number.NaN;
  if (Number.isNaN(year)) return undefined;
  // "Jan 30" or "30 Jan", each with an optional year after.
  const monthFirst = monthNumber(a);
  if (monthFirst !== undefined) {
    const day = dayNumber(b);
    return day === undefined ? undefined : { month: monthFirst, day, year };
  }
  const monthSecond = monthNumber(b);
  const day = dayNumber(a);
  if (monthSecond === undefined || day === undefined) return undefined;
  return { month: monthSecond, day, year };
}

function monthNumber(token: string): number | undefined {
  if (token.length < 3) return undefined;
  // "sept" is common enough to accept beside "sep" and "september".
  const word = token === 'sept' ? 'sep' : token;
  const index = MONTHS.findIndex((name) => name === word || name.slice(0, 3) === word);
  return index < 0 ? undefined : index + 1;
}

function dayNumber(token: string): number | undefined {
  const m = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(token);
  return m ? Number(m[1]) : undefined;
}

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** YYYY-MM-DD of an instant, in UTC. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** HH:MM of an instant, in UTC. */
export function utcClock(ms: number): string {
  return new Date(ms).toISOString().slice(11, 16);
}

/** "January 15, 2024" for 2024-01-15. */
export function longDate(day: string): string {
  const month = MONTHS[Number(day.slice(5, 7)) - 1] ?? '';
  return `${month.charAt(0).toUpperCase()}${month.slice(1)} ${Number(day.slice(8, 10))}, ${day.slice(0, 4)}`;
}

/** Reads a long or ISO date that must carry its year (the Metadata "Date"), as YYYY-MM-DD. */
export function parseFullDate(text: string): string | undefined {
  const trimmed = text.trim();
  if (trimmed.length > MAX_DATE_TEXT) return undefined;
  const time = parseIsoTime(trimmed);
  if (time !== undefined) return utcDay(time);
  const parts = namedDate(trimmed);
  if (!parts || parts.year === undefined || !validDay(parts.year, parts.month, parts.day)) {
    return undefined;
  }
  return isoDay(parts.year, parts.month, parts.day);
}

/** Durations in configuration are written the way people say them: 15m, 4h, 1d, 1w. */
const UNIT_MINUTES: Record<string, number> = {
  m: 1,
  min: 1,
  mins: 1,
  minute: 1,
  minutes: 1,
  h: 60,
  hour: 60,
  hours: 60,
  d: 1440,
  day: 1440,
  days: 1440,
  w: 10080,
  week: 10080,
  weeks: 10080,
};

/** A duration as text; anchored and free of nested quantifiers, so it is linear on any input. */
export const DURATION_PATTERN = new RegExp(
  `^(\\d{1,6}) ?(${Object.keys(UNIT_MINUTES)
    .sort((a, b) => b.length - a.length)
    .join('|')})$`,
);

/** Parses "15m", "4h", "1 week" into minutes; undefined when it is not a duration. */
export function parseDuration(text: string): number | undefined {
  const match = DURATION_PATTERN.exec(text.trim().toLowerCase());
  return match ? Number(match[1]) * (UNIT_MINUTES[match[2] as string] ?? 0) : undefined;
}

/** Short form for targets and tables: "15 min", "1 h", "1 h 45 min", "1 week". */
export function formatMinutesShort(total: number): string {
  if (total % 10080 === 0 && total >= 10080) return plural(total / 10080, 'week');
  if (total % 1440 === 0 && total >= 1440) return plural(total / 1440, 'day');
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}

/** Long form, as the post-mortem says it: "2 hours 34 minutes", "5 minutes". */
export function formatMinutesLong(total: number): string {
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const minutes = total % 60;
  const parts: string[] = [];
  if (days) parts.push(plural(days, 'day'));
  if (hours) parts.push(plural(hours, 'hour'));
  if (minutes || parts.length === 0) parts.push(plural(minutes, 'minute'));
  return parts.join(' ');
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? '' : 's'}`;
}

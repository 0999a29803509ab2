import { describe, expect, it } from 'vitest';
import { dayIn, formatClock, formatInstant } from '../../src/core/time/format-time.ts';

describe('times as people on call read them', () => {
  it('reads the wall clock of a zone across a change to summer time', () => {
    expect(formatClock('2024-03-31T00:59:00Z', 'Europe/Berlin', true)).toBe('2024-03-31 01:59');
    expect(formatClock('2024-03-31T01:00:00Z', 'Europe/Berlin', false)).toBe('03:00');
    expect(formatClock('2024-10-27T00:59:00Z', 'Europe/Berlin', false)).toBe('02:59');
    expect(formatClock('2024-10-27T01:00:00Z', 'Europe/Berlin', false)).toBe('02:00');
  });

  it('reads zones a half hour off and dates that differ from UTC', () => {
    expect(formatClock('2024-01-15T02:00:00Z', 'America/St_Johns', true)).toBe('2024-01-14 22:30');
    expect(dayIn('2024-01-15T02:00:00Z', 'America/St_Johns')).toBe('2024-01-14');
    expect(formatInstant('2024-01-15T02:00:00Z', 'Asia/Kolkata')).toBe(
      '2024-01-15 02:00 UTC (07:30 Asia/Kolkata)',
    );
    expect(formatInstant('2024-01-15T20:00:00Z', 'Asia/Kolkata')).toBe(
      '2024-01-15 20:00 UTC (2024-01-16 01:30 Asia/Kolkata)',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { parseEta, parseWhen } from '../../src/core/commands/parse-when.ts';

describe('a time in the configured zone', () => {
  it('is read as the wall clock there', () => {
    expect(parseWhen('2024-03-31 03:30', 'Europe/Berlin', '2024-03-31T00:00:00Z')).toEqual({
      ok: true,
      at: '2024-03-31T01:30:00.000Z',
    });
  });

  it('is refused when the clocks skip it, with the way out named', () => {
    expect(parseWhen('2024-03-31 02:30', 'Europe/Berlin', '2024-03-31T00:00:00Z')).toEqual({
      ok: false,
      message:
        '02:30 does not exist on 2024-03-31 in Europe/Berlin (the clocks moved forward). Use YYYY-MM-DD HH:MM or HH:MM (24-hour, Europe/Berlin time; add UTC for UTC).',
    });
  });

  it('takes standard time for the hour that happens twice, and UTC when asked', () => {
    expect(parseWhen('2024-10-27 02:30', 'Europe/Berlin', '2024-10-27T00:00:00Z')).toEqual({
      ok: true,
      at: '2024-10-27T01:30:00.000Z',
    });
    expect(parseWhen('02:30 UTC', 'Europe/Berlin', '2024-03-31T03:00:00Z')).toEqual({
      ok: true,
      at: '2024-03-31T02:30:00.000Z',
    });
  });
});

describe('a bare HH:MM (issue 12 point 1)', () => {
  it('is its most recent occurrence at or before the comment, across midnight', () => {
    expect(parseWhen('00:20', 'UTC', '2024-01-16T00:30:00Z')).toEqual({
      ok: true,
      at: '2024-01-16T00:20:00.000Z',
    });
    expect(parseWhen('23:50', 'UTC', '2024-01-16T00:10:00Z')).toEqual({
      ok: true,
      at: '2024-01-15T23:50:00.000Z',
    });
  });

  it('allows five minutes of clock skew before it means the day before', () => {
    expect(parseWhen('10:45', 'UTC', '2024-01-15T10:41:00Z')).toEqual({
      ok: true,
      at: '2024-01-15T10:45:00.000Z',
    });
    expect(parseWhen('10:47', 'UTC', '2024-01-15T10:41:00Z')).toEqual({
      ok: true,
      at: '2024-01-14T10:47:00.000Z',
    });
  });

  it('is placed on the day of the configured zone, not of UTC', () => {
    // 00:30 in Berlin on the 16th is 23:30 UTC on the 15th.
    expect(parseWhen('00:20', 'Europe/Berlin', '2024-01-15T23:30:00Z')).toEqual({
      ok: true,
      at: '2024-01-15T23:20:00.000Z',
    });
  });
});

describe('a bare ETA (issue 12 point 1)', () => {
  it('typed at 09:13 for 09:00 asks for the date instead of becoming tomorrow', () => {
    expect(parseEta('09:00', 'UTC', '2024-01-15T09:13:00Z')).toEqual({
      ok: false,
      message:
        'The ETA "09:00" is 2024-01-15 09:00 UTC, already past (the comment was written 2024-01-15 09:13 UTC). If you mean tomorrow, give the date: eta 2024-01-16 09:00.',
    });
  });

  it('later the same day is that time', () => {
    expect(parseEta('12:30', 'UTC', '2024-01-15T10:40:00Z')).toEqual({
      ok: true,
      at: '2024-01-15T12:30:00.000Z',
    });
  });

  it('given with its date may be days ahead', () => {
    expect(parseEta('2024-01-17 09:00', 'UTC', '2024-01-15T10:40:00Z')).toEqual({
      ok: true,
      at: '2024-01-17T09:00:00.000Z',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { parseDueDate, parseFullDate, parseIsoTime } from '../../src/core/postmortem/dates.ts';

describe('reading a due date for an incident on 2024-01-15', () => {
  const cases: [string, string | null][] = [
    ['2024-01-30', '2024-01-30'],
    ['Jan 30', '2024-01-30'],
    ['30 Jan 2024', '2024-01-30'],
    ['January 30, 2024', '2024-01-30'],
    ['jan. 30', '2024-01-30'],
    ['30th January', '2024-01-30'],
    ['Sept 3', '2024-09-03'],
    ['Jan 15', '2024-01-15'], // the incident's own day stays in its year
    ['Jan 10', '2025-01-10'], // before the incident: the next year
    ['Feb 29', '2024-02-29'],
    ['Feb 30', null],
    ['2024-02-30', null],
    ['30/01/2024', null],
    ['next sprint', null],
    ['Jan', null],
    ['', null],
    ['Jan 30 2024 extra', null],
  ];
  for (const [text, date] of cases) {
    it(`reads "${text}" as ${date ?? 'no date'}`, () => {
      const result = parseDueDate(text, '2024-01-15');
      expect(result.ok ? result.date : null).toBe(date);
    });
  }

  it("writes its examples in the incident's year", () => {
    expect(parseDueDate('1 Octobre', '2015-10-21')).toEqual({
      ok: false,
      reason:
        'cannot read the due date "1 Octobre"; write 2015-01-30, Jan 30, 30 Jan 2015 or January 30, 2015',
    });
    // The incident's year, unless that falls before the incident.
    expect(parseDueDate('Oct 1', '2015-10-01')).toEqual({ ok: true, date: '2015-10-01' });
    expect(parseDueDate('Oct 30', '2015-10-21')).toEqual({ ok: true, date: '2015-10-30' });
    expect(parseDueDate('Oct 1', '2015-10-21')).toEqual({ ok: true, date: '2016-10-01' });
  });

  it('rolls Feb 29 into the next year only when that year has one', () => {
    const result = parseDueDate('Feb 29', '2024-03-01');
    expect(result).toEqual({
      ok: false,
      reason:
        'cannot read the due date "Feb 29"; write 2024-01-30, Jan 30, 30 Jan 2024 or January 30, 2024',
    });
    expect(parseDueDate('Feb 29', '2023-12-01')).toEqual({ ok: true, date: '2024-02-29' });
  });

  it('asks for a year when there is no incident date', () => {
    expect(parseDueDate('Jan 30', undefined)).toEqual({
      ok: false,
      reason:
        'the due date "Jan 30" has no year, and the post-mortem names no incident date to take it from; add the year',
    });
  });

  it('stays fast on a long hostile cell', () => {
    expect(parseDueDate(`${'1'.repeat(100_000)} Jan`, '2024-01-15').ok).toBe(false);
  });
});

describe('reading times and full dates', () => {
  it('reads ISO instants with Z, an offset, or no zone as UTC', () => {
    expect(parseIsoTime('2024-01-15T10:00:00Z')).toBe(Date.UTC(2024, 0, 15, 10));
    expect(parseIsoTime('2024-01-15T11:00:00+01:00')).toBe(Date.UTC(2024, 0, 15, 10));
    expect(parseIsoTime('2024-01-15 10:00')).toBe(Date.UTC(2024, 0, 15, 10));
    expect(parseIsoTime('2024-01-15T10:00:00.123Z')).toBe(Date.UTC(2024, 0, 15, 10));
    expect(parseIsoTime('2024-01-15T24:00:00Z')).toBeUndefined();
    expect(parseIsoTime('yesterday')).toBeUndefined();
  });

  it('reads the Metadata date only with its year', () => {
    expect(parseFullDate('January 15, 2024')).toBe('2024-01-15');
    expect(parseFullDate('2024-01-15')).toBe('2024-01-15');
    expect(parseFullDate('January 15')).toBeUndefined();
  });
});

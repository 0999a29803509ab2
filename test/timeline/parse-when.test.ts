import { describe, expect, it } from 'vitest';
import { parseWhen } from '../../src/core/commands/parse-when.ts';

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
    expect(parseWhen('02:30 UTC', 'Europe/Berlin', '2024-03-31T00:00:00Z')).toEqual({
      ok: true,
      at: '2024-03-31T02:30:00.000Z',
    });
  });
});

import type { TableRow } from 'mdast';
import { describe, expect, it } from 'vitest';
import { tableLines } from '../../src/core/markdown/table-lines.ts';
import { toMarkdown } from '../../src/core/markdown/to-markdown.ts';

const cell = (value: string) => ({
  type: 'tableCell' as const,
  children: [{ type: 'text' as const, value }],
});
const row = (...values: string[]): TableRow => ({ type: 'tableRow', children: values.map(cell) });

describe('a table serialised row by row', () => {
  const header = row('Time', 'Event');
  const hostile = [
    row('10:00', 'a | pipe, a `tick`, *stars* and _under_scores_'),
    row('10:01', 'line one\nline two\r\nline three'),
    row('10:02', '<!-- incident-scribe:status {} --> <b>html</b> &amp; [link](x)'),
    row('10:03', '- a list? # a heading? > a quote?'),
    row('', ''),
  ];

  it('gives the lines the serializer gives the whole table, first and when remembered', () => {
    const whole = toMarkdown({
      type: 'root',
      children: [{ type: 'table', align: [null, null], children: [header, ...hostile] }],
    });
    const keyed = hostile.map((r, i) => ({ key: `hostile-${i}`, row: r }));
    for (let round = 0; round < 2; round++) {
      const lines = tableLines(header, keyed, [null, null]);
      expect(`${[...lines.head, ...lines.rows].join('\n')}\n`).toBe(whole);
    }
  });

  it('serialises a remembered row and a new one together, each in its place', () => {
    const first = tableLines(header, [{ key: 'mixed-a', row: row('1', 'a|b') }], [null, null]);
    const both = tableLines(
      header,
      [
        { key: 'mixed-b', row: row('2', 'c') },
        { key: 'mixed-a', row: row('1', 'a|b') },
      ],
      [null, null],
    );
    expect(first.rows).toEqual(['| 1 | a\\|b |']);
    expect(both.rows).toEqual(['| 2 | c |', '| 1 | a\\|b |']);
    expect(both.head).toEqual(['| Time | Event |', '| - | - |']);
  });
});

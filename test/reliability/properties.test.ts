import fc from 'fast-check';
import type { Root, TableRow } from 'mdast';
import { describe, expect, it } from 'vitest';
import { findCommandLines } from '../../src/core/commands/find-command-lines.ts';
import { parseWhen } from '../../src/core/commands/parse-when.ts';
import { toMarkdown } from '../../src/core/markdown/to-markdown.ts';
import { parseActionItems } from '../../src/core/postmortem/action-items.ts';
import { parseDueDate } from '../../src/core/postmortem/dates.ts';
import { RUNS, record } from './figures.ts';

const settings = { numRuns: RUNS };

/** A block of a comment and whether GitHub shows its command line as text. */
type Block = { text: string; command: string | undefined };

const name = fc.constantFrom('ack', 'timeline', 'status', 'help', 'frobnicate', 'ic');
// Words without Markdown syntax, so a block is exactly what its kind says.
const word = fc.stringMatching(/^[a-z0-9]{1,8}$/);
const words = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));
const commandLine = fc.tuple(name, words).map(([n, w]) => `/${n} ${w}`);

const blocks: fc.Arbitrary<Block[]> = fc.array(
  fc.oneof(
    commandLine.map((c) => ({ text: c, command: c })),
    fc.tuple(words, commandLine).map(([w, c]) => ({ text: `${w}\n${c}`, command: c })),
    words.map((w) => ({ text: w, command: undefined })),
    commandLine.map((c) => ({ text: `> ${c}`, command: undefined })),
    fc.tuple(words, commandLine).map(([w, c]) => ({ text: `> ${w}\n${c}`, command: undefined })),
    commandLine.map((c) => ({ text: `\`\`\`\n${c}\n\`\`\``, command: undefined })),
    commandLine.map((c) => ({ text: `- \`\`\`\n  ${c}\n  \`\`\``, command: undefined })),
    commandLine.map((c) => ({ text: `    ${c}`, command: undefined })),
    commandLine.map((c) => ({ text: `- ${c}`, command: undefined })),
    commandLine.map((c) => ({ text: `<!--\n${c}\n-->`, command: undefined })),
    fc
      .tuple(words, commandLine)
      .map(([w, c]) => ({ text: `${w} <!--\n${c}\n-->`, command: undefined })),
    commandLine.map((c) => ({ text: `<pre>\n${c}\n</pre>`, command: undefined })),
    fc
      .tuple(words, commandLine)
      .map(([w, c]) => ({ text: `${w} \`x\n${c}\``, command: undefined })),
  ),
  { maxLength: 8 },
);

describe('the command finder (property-based)', () => {
  it('finds exactly the command lines GitHub shows as text, with their line numbers', () => {
    fc.assert(
      fc.property(blocks, (list) => {
        const body = list.map((b) => b.text).join('\n\n');
        const expected: { line: number; text: string }[] = [];
        let line = 1;
        for (const block of list) {
          const lines = block.text.split('\n');
          if (block.command) expected.push({ line: line + lines.length - 1, text: block.command });
          line += lines.length + 1;
        }
        expect(findCommandLines(body)).toEqual(expected);
      }),
      settings,
    );
  });

  it('answers any text without throwing, and only with lines of it that start with "/"', () => {
    const markdownish = fc.string({
      unit: fc.constantFrom(
        '/',
        'a',
        ' ',
        '\n',
        '\t',
        '>',
        '-',
        '`',
        '<!--',
        '-->',
        '<pre>',
        '*',
        '[',
        ']',
        '(',
        '|',
        '\\',
        '&',
        '1.',
      ),
      maxLength: 200,
    });
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 200 }), markdownish), (body) => {
        const lines = body.split('\n');
        for (const found of findCommandLines(body)) {
          expect(found.text.startsWith('/')).toBe(true);
          expect(lines[found.line - 1]?.trim().replace(/\r$/, '')).toBe(found.text);
        }
      }),
      settings,
    );
  });
});

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const instant = fc
  .date({
    min: new Date('1970-01-01T00:00:00Z'),
    max: new Date('9999-12-31T23:59:00Z'),
    noInvalidDate: true,
  })
  .map((d) => new Date(Math.floor(d.getTime() / 60_000) * 60_000));

/** Commands take years 2000 to 2999: anything else is a typo. */
const commandInstant = fc
  .date({
    min: new Date('2000-01-01T00:00:00Z'),
    max: new Date('2999-12-31T23:59:00Z'),
    noInvalidDate: true,
  })
  .map((d) => new Date(Math.floor(d.getTime() / 60_000) * 60_000));

describe('the date parsers (property-based)', () => {
  it('read back every instant written as YYYY-MM-DD HH:MM, in UTC and in a zone', () => {
    fc.assert(
      fc.property(commandInstant, (d) => {
        const text = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
        expect(parseWhen(text, 'UTC', '2024-01-15T10:00:00Z')).toEqual({
          ok: true,
          at: d.toISOString(),
        });
        expect(parseWhen(`${text} UTC`, 'Europe/Berlin', '2024-01-15T10:00:00Z')).toEqual({
          ok: true,
          at: d.toISOString(),
        });
      }),
      settings,
    );
  });

  it('read back every due date written as ISO and as "Jan 30, 2024"', () => {
    const months = [
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ];
    fc.assert(
      fc.property(instant, (d) => {
        const iso = d.toISOString().slice(0, 10);
        expect(parseDueDate(iso, undefined)).toEqual({ ok: true, date: iso });
        const named = `${months[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;
        expect(parseDueDate(named, undefined)).toEqual({ ok: true, date: iso });
      }),
      settings,
    );
  });

  it('refuse impossible dates and times with a message, and never throw', () => {
    const impossible = fc.oneof(
      fc.tuple(
        fc.integer({ min: 1, max: 9999 }),
        fc.constantFrom(2),
        fc.integer({ min: 30, max: 31 }),
      ),
      fc.tuple(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(4, 6, 9, 11), fc.constant(31)),
      fc.tuple(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 13, max: 99 }),
        fc.integer({ min: 1, max: 28 }),
      ),
      fc.tuple(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(0, 32, 99),
      ),
    );
    fc.assert(
      fc.property(impossible, fc.string({ maxLength: 60 }), ([y, m, d], noise) => {
        const iso = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
        expect(parseDueDate(iso, '2024-01-15')).toMatchObject({ ok: false });
        expect(parseWhen(`${iso} 10:00`, 'UTC', '2024-01-15T10:00:00Z')).toMatchObject({
          ok: false,
        });
        const due = parseDueDate(noise, '2024-01-15');
        if (due.ok) expect(due.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        const when = parseWhen(noise, 'UTC', '2024-01-15T10:00:00Z');
        expect(when.ok ? when.at : when.message).toEqual(expect.any(String));
      }),
      settings,
    );
  });
});

/** Cell text as people write it: any printable characters, Markdown syntax included. */
const cellText = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom('|', '\\', '`', '*', '_', '[', ']', '<', '>', '&', '#', '!', '~', '@', ':'),
      fc.stringMatching(/^[A-Za-z0-9 ]$/),
      fc.constantFrom('é', '中', '\u00a0'),
    ),
    minLength: 1,
    maxLength: 40,
  })
  .map((s) => s.replace(/\s+/g, ' ').trim())
  .filter((s) => s !== '');
const login = fc.stringMatching(/^[a-z][a-z0-9]{0,10}$/);

describe('the action-items table reader (property-based)', () => {
  it('reads back the items a rendered table holds: render then parse gives the same items', () => {
    const items = fc.array(fc.record({ description: cellText, owner: login, due: instant }), {
      minLength: 1,
      maxLength: 6,
    });
    fc.assert(
      fc.property(items, (list) => {
        const cell = (value: string) => ({
          type: 'tableCell' as const,
          children: [{ type: 'text' as const, value }],
        });
        const row = (values: string[]): TableRow => ({
          type: 'tableRow',
          children: values.map(cell),
        });
        const rows = list.map((item, i) =>
          row([
            String(i + 1),
            item.description,
            `@${item.owner}`,
            item.due.toISOString().slice(0, 10),
          ]),
        );
        const root: Root = {
          type: 'root',
          children: [
            { type: 'heading', depth: 2, children: [{ type: 'text', value: 'Action Items' }] },
            { type: 'table', children: [row(['ID', 'Description', 'Owner', 'Due']), ...rows] },
          ],
        };
        const parsed = parseActionItems(toMarkdown(root));
        expect(parsed).toMatchObject({ ok: true, found: true });
        if (!parsed.ok) return;
        expect(
          parsed.items.map(({ id, description, owner, due }) => ({ id, description, owner, due })),
        ).toEqual(
          list.map((item, i) => ({
            id: String(i + 1),
            description: item.description,
            owner: `@${item.owner}`,
            due: item.due.toISOString().slice(0, 10),
          })),
        );
      }),
      settings,
    );
  });
});

record('properties', { cases: 6, runs: 6 * RUNS });

import type { Table } from 'mdast';
import { parseIsoTime, utcDay } from './dates.ts';
import { cellStart, type LintMessage, message, startOf } from './lint-message.ts';
import { findSection, type PostmortemDocument, sectionContent } from './parse-document.ts';
import { hasPrompt } from './prompts.ts';
import { mapColumns, readTable } from './table.ts';

// A time of day, as the reference timeline writes it: 10:05, 10:05:30, 10:05 UTC.
const CLOCK = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?(?:UTC|Z))?$/i;

/**
 * The Timeline table reads top to bottom in time order. A row with only a time of day
 * takes the date of the last dated row above it, or the incident's day.
 */
export function lintTimeline(doc: PostmortemDocument, day: string | undefined): LintMessage[] {
  const section = findSection(doc, 'timeline');
  if (!section) return [];
  const node = sectionContent(doc.root, section).find((n): n is Table => n.type === 'table');
  if (!node) return [];
  const table = readTable(node);
  const { time } = mapColumns(table.headers, ['time']);
  const column = Math.max(time, 0); // without a Time header, the first column, as in the reference
  const out: LintMessage[] = [];
  let currentDay = day === undefined ? 0 : (parseIsoTime(day) as number);
  let previous: { ms: number; text: string; line: number } | undefined;
  for (const row of table.rows) {
    const text = row.texts[column] ?? '';
    const cell = row.cells[column];
    const place = cell ? cellStart(cell) : startOf(row.node);
    if (hasPrompt(text)) continue; // the prompts rule already asks for it
    if (text === '') {
      out.push(message('error', 'timeline-chronological', 'this timeline row has no time', place));
      continue;
    }
    const ms = readTime(text, currentDay);
    if (ms === undefined) {
      out.push(
        message(
          'error',
          'timeline-chronological',
          `cannot read the time "${text.slice(0, 40)}"; write 10:05, or 2024-01-15 10:05 when the date changes`,
          place,
        ),
      );
      continue;
    }
    if (ms.dated) currentDay = Date.parse(`${utcDay(ms.value)}T00:00:00Z`);
    if (previous && ms.value < previous.ms) {
      out.push(
        message(
          'error',
          'timeline-chronological',
          `${text} comes before ${previous.text} on line ${previous.line}; keep the rows in time order, and write the date when the incident crosses midnight`,
          place,
        ),
      );
    }
    previous = { ms: ms.value, text, line: row.line };
  }
  return out;
}

function readTime(text: string, currentDay: number): { value: number; dated: boolean } | undefined {
  if (text.length > 64) return undefined;
  const clock = CLOCK.exec(text);
  if (clock) {
    const [hours, minutes, seconds] = [Number(clock[1]), Number(clock[2]), Number(clock[3] ?? 0)];
    if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
    return { value: currentDay + ((hours * 60 + minutes) * 60 + seconds) * 1000, dated: false };
  }
  const full = parseIsoTime(text);
  return full === undefined ? undefined : { value: full, dated: true };
}

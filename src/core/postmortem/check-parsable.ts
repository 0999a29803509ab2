import { findDeepNesting } from '../markdown/nesting.ts';

/**
 * The Markdown parser slows down sharply on some text no post-mortem contains: thousands
 * of brackets or emphasis marks in one paragraph (its work grows with the square of
 * their number) and quotes or lists nested thousands deep (which overflow the stack).
 * One linear pass finds such text first, so the caller answers with a clear message.
 */

// A block's parse time grows with the square of its marks, so the cap bounds the whole
// file's time to about linear; real paragraphs hold a few dozen marks.
/** Brackets and emphasis marks allowed in one paragraph (blank-line separated block). */
export const MAX_MARKS_PER_BLOCK = 1_000;
/** Quote and list levels allowed on a line, by markers and by indentation under list items. */
export const MAX_NESTING = 50;

export interface Unparsable {
  line: number;
  message: string;
}

/** Where the text would make the parser crawl or overflow, if anywhere. */
export function findUnparsable(text: string): Unparsable | undefined {
  const deep = findDeepNesting(text, MAX_NESTING);
  if (deep) {
    return {
      line: deep.line,
      message: `this line nests quotes or lists ${deep.depth} levels deep; more than ${MAX_NESTING} cannot be checked`,
    };
  }
  let line = 1;
  let blockStart = 1;
  let marks = 0;
  let at = 0;
  while (at <= text.length) {
    const end = lineEnd(text, at);
    const first = firstNonSpace(text, at, end);
    if (first === end) {
      marks = 0; // a blank line ends the block
      blockStart = line + 1;
    } else {
      // Table rows are parsed one by one, so their marks do not add up across rows.
      if (text.charCodeAt(first) !== 124) marks += countMarks(text, at, end);
      if (marks > MAX_MARKS_PER_BLOCK) {
        return {
          line: blockStart,
          message: `the paragraph starting here holds more than ${MAX_MARKS_PER_BLOCK} brackets and emphasis marks ([ ] * _ ~); split it with blank lines so it can be checked`,
        };
      }
    }
    at = end + 1;
    line++;
  }
  return undefined;
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from);
  return newline < 0 ? text.length : newline;
}

function firstNonSpace(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function countMarks(text: string, from: number, end: number): number {
  let n = 0;
  for (let i = from; i < end; i++) {
    const c = text.charCodeAt(i);
    // [ ] * _ ~
    if (c === 91 || c === 93 || c === 42 || c === 95 || c === 126) n++;
  }
  return n;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13;
}

/**
 * Finds the lines of a comment that may hold a slash command: a line whose first character
 * (after at most three spaces) is "/", outside fenced code, indented code, quotes and HTML
 * comments. A plain line scan, not a Markdown parse: commands are line-based (as in GitLab),
 * and one pass over the lines keeps it linear on any input.
 */

/** A candidate command line: its 1-based number and its text without the indentation. */
export interface CommandLine {
  line: number;
  text: string;
}

interface Fence {
  char: string;
  length: number;
}

/** The lines of `body` that start with "/" and are ordinary text, in order. */
export function findCommandLines(body: string): CommandLine[] {
  const found: CommandLine[] = [];
  let fence: Fence | undefined;
  let inHtmlComment = false;
  const lines = body.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const raw = (lines[index] as string).replace(/\r$/, '');
    const indent = indentOf(raw);
    const rest = raw.slice(indent.chars);
    if (fence) {
      if (indent.width < 4 && closesFence(rest, fence)) fence = undefined;
      continue;
    }
    if (inHtmlComment) {
      if (raw.includes('-->')) inHtmlComment = false;
      continue;
    }
    // Four columns of indentation is an indented code block (or a continuation): never a command.
    if (indent.width >= 4) continue;
    const opened = opensFence(rest);
    if (opened) {
      fence = opened;
      continue;
    }
    if (rest.startsWith('<!--')) {
      inHtmlComment = !rest.includes('-->', 4);
      continue;
    }
    if (rest.startsWith('/')) found.push({ line: index + 1, text: rest.trimEnd() });
  }
  return found;
}

function indentOf(line: string): { chars: number; width: number } {
  let chars = 0;
  let width = 0;
  while (chars < line.length && width < 4) {
    const char = line[chars];
    if (char === ' ') width += 1;
    else if (char === '\t') width += 4;
    else break;
    chars += 1;
  }
  return { chars, width };
}

function runOf(text: string, char: string): number {
  let length = 0;
  while (text[length] === char) length += 1;
  return length;
}

function opensFence(rest: string): Fence | undefined {
  const char = rest[0];
  if (char !== '`' && char !== '~') return undefined;
  const length = runOf(rest, char);
  if (length < 3) return undefined;
  // A backtick fence's info string may not hold a backtick (CommonMark); then it is inline code.
  if (char === '`' && rest.includes('`', length)) return undefined;
  return { char, length };
}

function closesFence(rest: string, fence: Fence): boolean {
  const length = runOf(rest, fence.char);
  return length >= fence.length && rest.slice(length).trim() === '';
}

/**
 * How deep a line of Markdown nests quotes and lists, measured in one linear pass without
 * parsing. The Markdown parser's work on a line grows with the number of containers open
 * around it, and it recurses once per level, so text nested thousands deep makes it crawl or
 * overflow the stack. Nesting comes from markers on the line (`> > - 1.`) and from
 * indentation under earlier list items (`- a` / `  - b` / `    - c`, with spaces or tabs):
 * both are counted. The measure errs towards deeper (a lazy continuation line never closes a
 * list), so hostile text cannot hide its depth behind one.
 */

/** The first line nested deeper than `max`, with its depth; undefined when none is. */
export function findDeepNesting(
  text: string,
  max: number,
): { line: number; depth: number } | undefined {
  // Content columns of the list items still open, innermost last (strictly increasing).
  const open: number[] = [];
  // The line before holds text, so this one may be a lazy continuation of its paragraph.
  let afterText = false;
  let line = 1;
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const shape = lineShape(text, at, end);
    if (shape.blank) {
      afterText = false;
    } else {
      // A line closes the list items it is not indented under, unless it may be a lazy
      // continuation (text right after text keeps them open): close only when sure.
      if (!afterText || (shape.firstIsMarker && shape.interrupts)) {
        while (open.length > 0 && (open.at(-1) as number) > shape.indent) open.pop();
      }
      // Four columns past the innermost item is code, not a list (quote markers aside).
      const code = shape.quotes === 0 && shape.indent - (open.at(-1) ?? 0) >= 4;
      const depth = open.length + (code ? 0 : shape.quotes + shape.items.length);
      if (depth > max) return { line, depth };
      if (!code)
        for (const column of shape.items) if (column > (open.at(-1) ?? -1)) open.push(column);
      afterText = shape.text;
    }
    at = end + 1;
    line++;
  }
  return undefined;
}

interface LineShape {
  blank: boolean;
  /** Column of the first character that is neither white space nor a quote marker. */
  indent: number;
  /** Quote markers on the line. */
  quotes: number;
  /** Content column of each list item the line opens. */
  items: number[];
  /** The first thing after the quote markers is a list marker. */
  firstIsMarker: boolean;
  /** The list marker may start a list in the middle of a paragraph (CommonMark's rule). */
  interrupts: boolean;
  /** Something other than markers follows them. */
  text: boolean;
}

function lineShape(text: string, from: number, end: number): LineShape {
  const shape: LineShape = {
    blank: true,
    indent: 0,
    quotes: 0,
    items: [],
    firstIsMarker: false,
    interrupts: false,
    text: false,
  };
  let column = 0;
  let i = from;
  let indentSet = false;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 13) {
      column++;
      i++;
      continue;
    }
    if (c === 9) {
      column += 4 - (column % 4);
      i++;
      continue;
    }
    if (c === 62 /* > */) {
      shape.blank = false;
      shape.quotes++;
      column++;
      i++;
      continue;
    }
    const marker = listMarkerLength(text, i, end);
    if (!indentSet) {
      indentSet = true;
      shape.indent = column;
      if (marker > 0) {
        shape.firstIsMarker = true;
        const rest = firstNonSpace(text, i + marker, end);
        // Only "-", "*", "+" or "1." with text after them may interrupt a paragraph.
        shape.interrupts =
          rest < end && (marker === 1 || (marker === 2 && text.charCodeAt(i) === 49));
      }
    }
    shape.blank = false;
    if (marker === 0) {
      shape.text = true;
      break;
    }
    column += marker;
    i += marker;
    // The content starts after one to four spaces; five or more mean code inside the item.
    let spaces = 0;
    while (i < end && spaces < 5) {
      const s = text.charCodeAt(i);
      if (s !== 32 && s !== 9) break;
      const width = s === 9 ? 4 - (column % 4) : 1;
      spaces += width;
      column += width;
      i++;
    }
    shape.items.push(spaces === 0 || spaces > 4 ? column - spaces + 1 : column);
  }
  return shape;
}

/** Length of a list marker ("-", "12.") followed by white space or the end of the line, or 0. */
function listMarkerLength(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c === 45 || c === 42 || c === 43) return endsMarker(text, i + 1, end) ? 1 : 0;
  let j = i;
  while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  if (j === i) return 0;
  const mark = text.charCodeAt(j);
  if ((mark !== 46 && mark !== 41) || !endsMarker(text, j + 1, end)) return 0;
  return j + 1 - i;
}

function endsMarker(text: string, i: number, end: number): boolean {
  if (i >= end) return true;
  const c = text.charCodeAt(i);
  return c === 32 || c === 9 || c === 13;
}

function firstNonSpace(text: string, from: number, end: number): number {
  let i = from;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) break;
    i++;
  }
  return i;
}

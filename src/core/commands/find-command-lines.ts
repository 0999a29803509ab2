import type { Nodes, Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findDeepNesting } from '../markdown/nesting.ts';
import { RecentMap } from '../recent-map.ts';

/**
 * Finds the lines of a comment that hold a slash command: what GitHub shows as a line of
 * ordinary text starting with "/". The comment is parsed as Markdown and only paragraphs at
 * the top level count, so quotes (lazy continuation lines included), lists, code (fenced,
 * indented, inside list items), HTML blocks such as `<pre>`, and HTML comments (opened at the
 * start of a line or in the middle of one) never run, as they are not shown as such text.
 *
 * Linear by construction: emphasis and links, the parser's only constructs whose work grows
 * faster than the text, are switched off (they cannot hide a line), lines nested past
 * MAX_COMMENT_NESTING are refused before parsing, and comments with no line starting with "/"
 * are not parsed at all.
 */

/** A candidate command line: its 1-based number and its text without the indentation. */
export interface CommandLine {
  line: number;
  text: string;
}

/** Quote and list levels a comment may nest; deeper text is not parsed (see nesting.ts). */
export const MAX_COMMENT_NESTING = 50;

/** The commands of a comment, or where reading stopped because it nests too deep. */
export interface FoundCommandLines {
  lines: CommandLine[];
  /** The line nested too deep to read; commands from it on were not read. */
  tooDeep?: { line: number; depth: number };
}

const processor = unified()
  .use(remarkParse)
  .use(function noEmphasisOrLinks() {
    const data = this.data();
    data.micromarkExtensions ??= [];
    data.micromarkExtensions.push({
      disable: { null: ['attention', 'labelStartLink', 'labelStartImage', 'labelEnd'] },
    });
  });

/** The lines of `body` that start with "/" and are shown as ordinary text, in order. */
export function findCommandLines(body: string): CommandLine[] {
  return readCommandLines(body).lines;
}

/**
 * The timeline is rebuilt from every comment on each event, so the same bodies are read many
 * times: the readings are remembered, by text (a cache, not state: the result depends on the
 * text alone), the least recently used forgotten first. Bounded in entries and in characters
 * held; the bound is above the longest incident worth serving (5,000 comments), so a refresh
 * parses only the comments that are new or edited.
 */
const remembered = new RecentMap<string, FoundCommandLines>(20_000, {
  max: 16 * 1024 * 1024,
  of: (body) => body.length,
});

/** As findCommandLines, and says where a comment nested too deep stopped being read. */
export function readCommandLines(body: string): FoundCommandLines {
  const known = remembered.get(body);
  if (known) return known;
  const found = read(body);
  remembered.set(body, found);
  return found;
}

function read(body: string): FoundCommandLines {
  if (!/^[ \t]*\//m.test(body)) return { lines: [] };
  const deep = findDeepNesting(body, MAX_COMMENT_NESTING);
  const text = deep ? body.slice(0, lineStart(body, deep.line)) : body;
  const lines = commandLinesOf(text, processor.parse(text));
  return deep ? { lines, tooDeep: deep } : { lines };
}

function commandLinesOf(text: string, root: Root): CommandLine[] {
  const found: CommandLine[] = [];
  // Raw HTML that opens a comment or a `<pre>` hides everything up to where it closes.
  let hiddenUntil = -1;
  for (const node of root.children) {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (start < hiddenUntil) {
      hiddenUntil = Math.max(hiddenUntil, end);
      continue;
    }
    if (node.type === 'paragraph') {
      for (const child of node.children) {
        if (child.type === 'html') {
          // Searched only from outside hidden text, so each search starts where one ended.
          if ((child.position?.start.offset ?? 0) < hiddenUntil) continue;
          hiddenUntil = Math.max(hiddenUntil, openHtmlEnd(text, child));
        } else if (child.type === 'text') {
          collectLineStarts(text, child, hiddenUntil, found);
        }
      }
    } else if (node.type === 'html') {
      hiddenUntil = Math.max(hiddenUntil, openHtmlEnd(text, node));
    }
  }
  return found;
}

/**
 * Lines starting inside a text node of a paragraph: the text after a line break, where the
 * first visible character is "/". Text inside code spans, HTML or comments is not a text node.
 */
function collectLineStarts(
  text: string,
  node: Nodes,
  hiddenUntil: number,
  found: CommandLine[],
): void {
  const from = node.position?.start.offset ?? 0;
  const to = node.position?.end.offset ?? from;
  const firstLine = node.position?.start.line ?? 1;
  let line = firstLine;
  let at = from;
  while (at < to) {
    // Only the start of a source line counts: the node's start or right after a newline.
    const atLineStart = at !== from || startsLine(text, from);
    let first = at;
    while (first < to && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
    if (atLineStart && first < to && text.charCodeAt(first) === 47 && first >= hiddenUntil) {
      let lineEnd = text.indexOf('\n', first);
      if (lineEnd < 0) lineEnd = text.length;
      found.push({ line, text: text.slice(first, lineEnd).replace(/\r$/, '').trimEnd() });
    }
    const next = text.indexOf('\n', at);
    if (next < 0 || next >= to) break;
    at = next + 1;
    line++;
  }
}

/** Only white space stands between the line's start and `at`. */
function startsLine(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10;
}

/**
 * Where the text hidden or shown as code by this raw HTML ends, or -1: a comment opened and
 * not closed in it runs to the next "-->", an element such as `<pre>` to its closing tag.
 */
function openHtmlEnd(text: string, node: Nodes): number {
  if (node.type !== 'html') return -1;
  const from = node.position?.end.offset ?? text.length;
  const opened = node.value.lastIndexOf('<!--');
  if (opened >= 0 && !node.value.includes('-->', opened + 4)) return endOf(text, /-->/g, from);
  let last: RegExpExecArray | undefined;
  for (const match of node.value.matchAll(HIDING_TAG)) last = match;
  if (!last) return -1;
  const closing = new RegExp(`</${last[1]}`, 'gi');
  if (endOf(node.value, closing, last.index) <= node.value.length) return -1;
  return endOf(text, closing, from);
}

/** An element whose content GitHub does not show as ordinary text, opened in raw HTML. */
const HIDING_TAG = /<(pre|code|textarea|script|style|xmp|template)(?=[\s/>]|$)/gi;

function endOf(text: string, closing: RegExp, from: number): number {
  closing.lastIndex = from;
  const found = closing.exec(text);
  // Not found means "to the end"; a closing that ends the text exactly is found, not missing.
  return found ? found.index + found[0].length : text.length + 1;
}

function lineStart(text: string, line: number): number {
  let at = 0;
  for (let n = 1; n < line && at >= 0; n++) at = text.indexOf('\n', at) + 1;
  return Math.max(0, at);
}

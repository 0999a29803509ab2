/**
 * The Impact line of the status comment: what the reporter says is broken. A description with
 * headings (an issue form's "### Customer impact") is read by its section whose heading names
 * the impact; otherwise its first paragraph is. A heading, or the `_No response_` GitHub writes
 * for an empty form field, is never the impact. One pass over the lines: linear on any input.
 */
export function impactOf(body: string): string | undefined {
  const blocks = blocksOf(withoutHtmlComments(body));
  const sections = blocks.some((b) => b.heading);
  if (sections) {
    const at = blocks.findIndex((b) => b.heading && /impact/i.test(b.text));
    if (at >= 0) {
      const next = blocks[at + 1];
      return next && !next.heading && !isNoResponse(next.text) ? next.text : undefined;
    }
  }
  return blocks.find((b) => !b.heading && !isNoResponse(b.text))?.text;
}

interface Block {
  heading: boolean;
  /** The heading's text, or the paragraph's lines joined by spaces. */
  text: string;
}

const HEADING = /^ {0,3}#{1,6}(?:[ \t]+|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Headings and paragraphs, in order; fenced code is skipped (a `#` there is no heading). */
function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let fence: string | undefined;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ heading: false, text: paragraph.join(' ') });
    paragraph = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (fenceMark?.startsWith(fence)) fence = undefined;
      continue;
    }
    if (fenceMark) {
      flush();
      fence = fenceMark;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ heading: true, text: headingText(line.slice(heading[0].length)) });
    } else if (line.trim() === '') {
      flush();
    } else {
      paragraph.push(line.trim());
    }
  }
  flush();
  return blocks;
}

/** A heading's text without its optional closing `#`s. */
function headingText(text: string): string {
  const trimmed = text.trimEnd();
  let end = trimmed.length;
  while (end > 0 && trimmed[end - 1] === '#') end -= 1;
  const closed = end === 0 || trimmed[end - 1] === ' ' || trimmed[end - 1] === '\t';
  return (closed ? trimmed.slice(0, end) : trimmed).trim();
}

function isNoResponse(text: string): boolean {
  return text.trim().toLowerCase() === '_no response_';
}

/** The text with `<!-- ... -->` removed (an unclosed one hides the rest, as on GitHub). */
function withoutHtmlComments(text: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = text.indexOf('<!--', at);
    if (open < 0) return out + text.slice(at);
    out += text.slice(at, open);
    const close = text.indexOf('-->', open + 4);
    if (close < 0) return out;
    at = close + 3;
  }
}

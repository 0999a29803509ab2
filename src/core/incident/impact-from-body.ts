/**
 * What the issue says about impact. An issue form or a structured body has headings
 * (`### Customer impact`): the section whose heading names impact. A plain body: its first
 * paragraph, which is what the reporter says is broken. `_No response_` (an issue form's
 * empty field) and HTML comments are not impact. Line by line, so hostile bodies stay linear.
 */
export function impactFromBody(body: string): string | undefined {
  const lines = withoutComments(body).split('\n');
  const headings = lines.flatMap((line, index) => {
    const title = headingTitle(line);
    return title === undefined ? [] : [{ index, title }];
  });
  if (headings.length === 0) return firstParagraph(lines);
  const at = headings.findIndex((h) => /\bimpact\b/i.test(h.title));
  const found = headings[at];
  if (!found) return undefined;
  const end = headings[at + 1]?.index ?? lines.length;
  const text = lines
    .slice(found.index + 1, end)
    .map((line) => line.trim())
    .filter((line) => line !== '' && line !== '_No response_')
    .join(' ');
  return text === '' ? undefined : text;
}

function headingTitle(line: string): string | undefined {
  const match = /^ {0,3}(#{1,6})[ \t]+(.*)$/.exec(line);
  if (!match) return undefined;
  return (match[2] as string).replace(/[ \t]#+[ \t]*$/, '').trim();
}

function firstParagraph(lines: readonly string[]): string | undefined {
  const start = lines.findIndex((line) => line.trim() !== '' && line.trim() !== '_No response_');
  if (start < 0) return undefined;
  let end = start;
  while (end < lines.length && (lines[end] as string).trim() !== '') end++;
  return lines
    .slice(start, end)
    .map((line) => line.trim())
    .join(' ');
}

// indexOf, not a lazy regex: a body full of unclosed "<!--" stays linear.
function withoutComments(body: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = body.indexOf('<!--', from);
    if (open < 0) return out + body.slice(from);
    out += body.slice(from, open);
    const close = body.indexOf('-->', open + 4);
    if (close < 0) return out;
    from = close + 3;
  }
}

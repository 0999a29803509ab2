/**
 * Everything users write is hostile until shown otherwise. These helpers make user text
 * safe to place in a comment, a table cell or a file without pinging anyone.
 */

const ZERO_WIDTH_JOINER = '\u200d';

// Entities that render as "@": GitHub decodes them before looking for mentions.
const AT_ENTITY = /&(?:#0*64|#x0*40|commat);?/gi;

// Bidirectional embeddings, overrides, isolates and marks (an unterminated U+202E reverses
// everything after it, the scribe's own "— @bob" included), invisible format characters
// (zero-width space, word joiner, invisible operators, BOM, soft hyphen, Mongolian vowel
// separator, tag characters) and control characters other than tab and line breaks. ZWJ and
// ZWNJ stay: emoji and several scripts need them.
const HIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point.
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]|\udb40[\udc00-\udc7f]/g;

/**
 * Text a person wrote, made fit to quote: bidi and invisible controls removed, and `<!--`
 * broken up so quoted text can never open an HTML comment (which would hide the rest of the
 * scribe's text, or pass for one of its markers).
 */
export function quotable(text: string): string {
  return text.replace(HIDDEN, '').replace(/<!--/g, '<! --');
}

/**
 * Stops @user and @org/team from notifying: "@\u200dalice" renders the same but pings no one.
 * Every text the scribe quotes passes through here, so it is made quotable first.
 */
export function neutralizeMentions(text: string): string {
  return quotable(text)
    .replace(AT_ENTITY, '@')
    .replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_JOINER}`);
}

/** Folds newlines and runs of whitespace into single spaces, for table cells and one-line fields. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Cuts text to at most `max` characters, marking the cut with an ellipsis. */
export function capLength(text: string, max: number): { text: string; cut: boolean } {
  const chars = Array.from(text);
  if (chars.length <= max) return { text, cut: false };
  return { text: `${chars.slice(0, max - 1).join('')}…`, cut: true };
}

/** User text for a single-line place (table cell, list item): folded, capped, mention-free. */
export function safeInline(text: string, max = 300): string {
  return neutralizeMentions(capLength(oneLine(text), max).text);
}

/**
 * User text for one line of a committed file: folded, capped and quotable, with mentions
 * left as written. Mentions in repository files notify nobody, and a joiner after "@" would
 * only break `grep @carol`; whatever quotes the file in a comment neutralises it then.
 */
export function fileInline(text: string, max = 300): string {
  return capLength(oneLine(quotable(text)), max).text;
}

/** A login shown as a name without notifying its owner. */
export function quietLogin(login: string): string {
  return `@${ZERO_WIDTH_JOINER}${login}`;
}

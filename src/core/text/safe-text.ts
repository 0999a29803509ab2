/**
 * Everything users write is hostile until shown otherwise. These helpers make user text
 * safe to place in a comment, a table cell or a file without pinging anyone.
 */

const ZERO_WIDTH_JOINER = '\u200d';

// Entities that render as "@": GitHub decodes them before looking for mentions.
const AT_ENTITY = /&(?:#0*64|#x0*40|commat);?/gi;

/** Stops @user and @org/team from notifying: "@\u200dalice" renders the same but pings no one. */
export function neutralizeMentions(text: string): string {
  return text.replace(AT_ENTITY, '@').replace(/@(?=[A-Za-z0-9])/g, `@${ZERO_WIDTH_JOINER}`);
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

/** A login shown as a name without notifying its owner. */
export function quietLogin(login: string): string {
  return `@${ZERO_WIDTH_JOINER}${login}`;
}

/**
 * GitHub refuses (422) a comment, issue or pull request body over 65,536 characters, and a
 * check run summary over 65,535. Every body the scribe writes stays under both: renderers
 * shorten the lists that grow with user input (`firstOf` + `andMore`), and the port cuts
 * whatever still does not fit (`capBody`), so no write can be refused for its size.
 */

/** The most characters the scribe writes in one body: under every limit GitHub sets on one. */
export const MAX_BODY = 65_535;

/** The first `max` items of a list, and how many were left out. */
export function firstOf<T>(items: readonly T[], max: number): { shown: T[]; more: number } {
  return { shown: items.slice(0, max), more: Math.max(0, items.length - max) };
}

/** "and 1,480 more", for the end of a shortened list; empty when nothing was left out. */
export function andMore(more: number, noun = ''): string {
  if (more <= 0) return '';
  return `and ${more.toLocaleString('en-US')} more${noun ? ` ${noun}` : ''}`;
}

const CUT_NOTE = '\n\n… (cut here: GitHub takes at most 65,536 characters)';

/**
 * The last resort: a body cut to `MAX_BODY` characters with a note saying so, or the body
 * itself when it fits. Cutting what was cut gives the same text, so a comparison with what
 * is on GitHub stays stable and a redelivery writes nothing.
 */
export function capBody(body: string): string {
  if (body.length <= MAX_BODY) return body;
  let end = MAX_BODY - CUT_NOTE.length;
  // Never split a surrogate pair: half an emoji is not valid text.
  const code = body.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${body.slice(0, end)}${CUT_NOTE}`;
}

import { capLength } from '../text/safe-text.ts';

/** The longest entry, message or root cause kept; longer ones are cut and the author told. */
export const MAX_ENTRY_CHARS = 500;

/** Splits on `separator` not preceded by a backslash, unescaping `\<separator>`; linear. */
export function splitUnescaped(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '\\' && text[i + 1] === separator) {
      current += separator;
      i += 1;
    } else if (char === separator) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

/** Caps user text at MAX_ENTRY_CHARS; the note says so when it had to cut. */
export function capEntry(text: string, what: string): { text: string; note: string | undefined } {
  const capped = capLength(text, MAX_ENTRY_CHARS);
  return {
    text: capped.text,
    note: capped.cut ? `The ${what} was cut to ${MAX_ENTRY_CHARS} characters.` : undefined,
  };
}

/** Joins notes, skipping the absent ones. */
export function joinNotes(...notes: (string | undefined)[]): string | undefined {
  const present = notes.filter((note): note is string => note !== undefined);
  return present.length === 0 ? undefined : present.join(' ');
}

/**
 * Hidden markers let the scribe find its own comments and bodies again:
 * `<!-- incident-scribe:status {"incident":"INC-2024-001"} -->`. They are trusted only on
 * content the scribe authored (checked by the caller), never on what a person wrote.
 */

const PREFIX = '<!-- incident-scribe:';
const SUFFIX = ' -->';

export type MarkerData = Record<string, unknown>;

/** Renders a marker; the JSON is escaped so it can never close the HTML comment early. */
export function renderMarker(kind: string, data: MarkerData = {}): string {
  // "<", ">" and "--" occur only inside JSON strings, where \u escapes mean the same.
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/--/g, '-\\u002d');
  return `${PREFIX}${kind} ${json}${SUFFIX}`;
}

/** Reads the first marker of this kind from a body; undefined when there is none or it is damaged. */
export function readMarker(body: string | null | undefined, kind: string): MarkerData | undefined {
  if (!body) return undefined;
  const head = `${PREFIX}${kind} `;
  const start = body.indexOf(head);
  if (start < 0) return undefined;
  const end = body.indexOf(SUFFIX, start + head.length);
  if (end < 0) return undefined;
  try {
    const data = JSON.parse(body.slice(start + head.length, end));
    return data && typeof data === 'object' && !Array.isArray(data)
      ? (data as MarkerData)
      : undefined;
  } catch {
    return undefined;
  }
}

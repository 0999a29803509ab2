/**
 * Hidden markers let the scribe find its own comments and bodies again:
 * `<!-- incident-scribe:status {"incident":"INC-2024-001"} -->`. A marker counts only as the
 * first line of a body, exactly as renderMarker writes it, and only on content the scribe
 * authored (checked by the caller). Text the scribe quotes can never start a body, and cannot
 * open an HTML comment either (safe-text neutralises `<!--`), so nothing a person writes can
 * pass for a marker. Each kind's payload is validated by its reader before it is trusted.
 */

const PREFIX = '<!-- incident-scribe:';
const SUFFIX = ' -->';
const KIND = /^[a-z][a-z0-9-]{0,39}$/;

export type MarkerData = Record<string, unknown>;

/** Renders a marker; the JSON is escaped so it can never close the HTML comment early. */
export function renderMarker(kind: string, data: MarkerData = {}): string {
  if (!KIND.test(kind)) throw new Error(`not a marker kind: ${kind}`);
  // "<", ">" and "--" occur only inside JSON strings, where \u escapes mean the same.
  // Line breaks are escaped by JSON.stringify already, so a marker is always one line.
  const json = JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/--/g, '-\\u002d');
  return `${PREFIX}${kind} ${json}${SUFFIX}`;
}

/** The marker on a body's first line, whatever its kind; undefined when there is none. */
export function readAnyMarker(
  body: string | null | undefined,
): { kind: string; data: MarkerData } | undefined {
  if (!body?.startsWith(PREFIX)) return undefined;
  const newline = body.indexOf('\n');
  const line = (newline < 0 ? body : body.slice(0, newline)).replace(/\r$/, '');
  if (!line.endsWith(SUFFIX)) return undefined;
  const inner = line.slice(PREFIX.length, line.length - SUFFIX.length);
  const space = inner.indexOf(' ');
  if (space < 0) return undefined;
  const kind = inner.slice(0, space);
  const json = inner.slice(space + 1);
  // What renderMarker writes never holds these: a line that does was not written by it.
  if (!KIND.test(kind) || json.includes('--') || json.includes('<') || json.includes('>'))
    return undefined;
  try {
    const data: unknown = JSON.parse(json);
    return data && typeof data === 'object' && !Array.isArray(data)
      ? { kind, data: data as MarkerData }
      : undefined;
  } catch {
    return undefined;
  }
}

/** The marker of this kind on a body's first line; undefined when absent or damaged. */
export function readMarker(body: string | null | undefined, kind: string): MarkerData | undefined {
  const found = readAnyMarker(body);
  return found?.kind === kind ? found.data : undefined;
}

/** A positive integer (a comment id, a line, an issue number), or undefined. */
export function positiveInteger(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/**
 * The payload of the markers that answer one comment (`help`, `command-reply`,
 * `status-update`, `postmortem-answer`): the comment's id, and the line for a status update.
 */
export function readReplyMarker(
  data: MarkerData | undefined,
): { comment: number; line?: number } | undefined {
  const comment = positiveInteger(data?.comment);
  if (comment === undefined) return undefined;
  const line = positiveInteger(data?.line);
  return line === undefined ? { comment } : { comment, line };
}

import { load } from 'js-yaml';
import type { Yaml } from 'mdast';
import { locateKey } from '../config/locate-key.ts';
import { findBoldLabels } from './bold-labels.ts';
import { parseFullDate, parseIsoTime, utcDay } from './dates.ts';
import { readMetadata } from './metadata.ts';
import { findSection, type PostmortemDocument } from './parse-document.ts';
import { normalizeTitle } from './sections.ts';

/** The moments of an incident, in the order they normally happen. */
export const TIME_KEYS = [
  'start',
  'detected',
  'acknowledged',
  'mitigated',
  'resolved',
  'closed',
] as const;
export type TimeKey = (typeof TIME_KEYS)[number];

export type FrontMatter =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; message: string; line: number; column: number };

/** Loads the YAML front matter as a mapping; syntax errors come back placed, never thrown. */
export function readFrontMatter(yaml: Yaml): FrontMatter {
  const firstLine = (yaml.position?.start.line ?? 1) + 1; // the line after the opening ---
  let data: unknown;
  try {
    // Aliases are refused: front matter never needs them, and they are how YAML bombs work.
    data = yaml.value.trim() === '' ? {} : load(yaml.value, { maxAliases: 0 });
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return {
      ok: false,
      message: `the front matter is not valid YAML: ${reason}`,
      line: firstLine + (mark?.line ?? 0),
      column: (mark?.column ?? 0) + 1,
    };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      ok: false,
      message: 'the front matter must be a YAML mapping of keys to values (id: ..., severity: ...)',
      line: firstLine,
      column: 1,
    };
  }
  return { ok: true, data: data as Record<string, unknown> };
}

/** Where a key sits in the front matter, as a line and column of the whole file. */
export function frontMatterKeyPosition(yaml: Yaml, key: string): { line: number; column: number } {
  const firstLine = (yaml.position?.start.line ?? 1) + 1;
  const at = locateKey(yaml.value, [key]);
  return at
    ? { line: firstLine + at.line - 1, column: at.column }
    : { line: firstLine - 1, column: 1 };
}

/**
 * The day the incident started (YYYY-MM-DD, UTC): the earliest readable time in the front
 * matter, else the Metadata "Date". Due dates without a year are read against it.
 */
export function incidentDay(doc: PostmortemDocument): string | undefined {
  if (doc.yaml) {
    const front = readFrontMatter(doc.yaml);
    if (front.ok) {
      for (const key of TIME_KEYS) {
        const value = front.data[key];
        const ms = typeof value === 'string' ? parseIsoTime(value) : undefined;
        if (ms !== undefined) return utcDay(ms);
      }
    }
  }
  const metadata = findSection(doc, 'metadata');
  const date =
    (metadata
      ? readMetadata(doc.root, metadata).find((item) => item.label === 'date')?.value
      : undefined) ??
    // The SRE book's style: "**Date:** 2015-10-21" at the top.
    findBoldLabels(doc.root).find((label) => normalizeTitle(label.label) === 'date')?.value;
  return date ? parseFullDate(date) : undefined;
}

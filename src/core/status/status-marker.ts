import type { MarkerData } from '../markdown/marker.ts';
import { positiveInteger } from '../markdown/marker.ts';
import type { StatusMarker } from './render-status-comment.ts';

const LOGIN = /^[a-z0-9](?:[a-z0-9-]{0,38})(?:\[bot\])?$/;
const DECISIONS = new Set(['act', 'access', 'none']);
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z$/;

/**
 * Validates the status comment's marker as read back (from the first line of the scribe's own
 * comment). A damaged key is dropped, not trusted; keys this reader does not know are kept as
 * they are, so a key another feature adds survives a run that does not use it (each feature
 * validates its own key where it reads it).
 */
export function readStatusMarker(data: MarkerData | undefined): StatusMarker | undefined {
  if (!data) return undefined;
  const { incident, severity, note, people, refused, judgedAt, typed } = data;
  if (typeof incident !== 'string' || incident.length === 0 || incident.length > 100)
    return undefined;
  if (severity !== null && !(typeof severity === 'string' && /^sev[1-9]$/.test(severity)))
    return undefined;
  const marker: StatusMarker = { ...data, incident, severity };
  delete marker.note;
  delete marker.people;
  delete marker.refused;
  delete marker.judgedAt;
  delete marker.typed;
  if (typeof note === 'string' && note.length <= 1000) marker.note = note;
  if (people && typeof people === 'object' && !Array.isArray(people)) {
    const valid = Object.entries(people as Record<string, unknown>).filter(
      (entry): entry is [string, 'act' | 'access' | 'none'] =>
        LOGIN.test(entry[0]) && typeof entry[1] === 'string' && DECISIONS.has(entry[1]),
    );
    if (valid.length > 0) marker.people = Object.fromEntries(valid);
  }
  if (Array.isArray(refused)) {
    const ids = refused.map(positiveInteger).filter((id): id is number => id !== undefined);
    if (ids.length > 0) marker.refused = ids;
  }
  if (typeof judgedAt === 'string' && INSTANT.test(judgedAt)) marker.judgedAt = judgedAt;
  if (typeof typed === 'string' && typed.length > 0 && typed.length <= 100) marker.typed = typed;
  return marker;
}

import { type MarkerData, positiveInteger } from '../markdown/marker.ts';

/** The hidden marker on the issue the scribe opened for an alert group. */
export const ALERT_MARKER = 'alert';
/** The hidden marker on the one comment that counts the group's repeats and resolution. */
export const ALERT_ACTIVITY_MARKER = 'alert-activity';

export interface AlertIssueMarker {
  /** SHA-256 (hex) of the group key: the group's identity, without its (long) text. */
  group: string;
  source: string;
  /** The earlier incident of the same group, when this one is a recurrence. */
  recurrenceOf?: number;
}

export interface AlertActivity {
  group: string;
  /** Notifications after the one that opened the incident. */
  fired: number;
  /** When the last notification that counted arrived (ISO 8601). */
  last?: string;
  /** When the group was reported resolved, unless it fired again since. */
  resolved?: string;
}

const HASH = /^[0-9a-f]{64}$/;

export function readAlertIssueMarker(data: MarkerData | undefined): AlertIssueMarker | undefined {
  if (typeof data?.group !== 'string' || !HASH.test(data.group)) return undefined;
  const recurrenceOf = positiveInteger(data.recurrenceOf);
  return {
    group: data.group,
    source: typeof data.source === 'string' ? data.source.slice(0, 20) : 'unknown',
    ...(recurrenceOf ? { recurrenceOf } : {}),
  };
}

export function readAlertActivity(data: MarkerData | undefined): AlertActivity | undefined {
  if (typeof data?.group !== 'string' || !HASH.test(data.group)) return undefined;
  const fired = typeof data.fired === 'number' && Number.isSafeInteger(data.fired) ? data.fired : 0;
  const time = (v: unknown) =>
    typeof v === 'string' && !Number.isNaN(Date.parse(v)) ? v : undefined;
  const last = time(data.last);
  const resolved = time(data.resolved);
  return {
    group: data.group,
    fired: Math.max(0, fired),
    ...(last ? { last } : {}),
    ...(resolved ? { resolved } : {}),
  };
}

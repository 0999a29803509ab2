import { readMarker } from '../markdown/marker.ts';
import type { TimelineEntry } from '../timeline/timeline-types.ts';
import { ALERT_ACTIVITY_MARKER, readAlertActivity } from './alert-marker.ts';

type Entry = Pick<TimelineEntry, 'at' | 'text' | 'actor' | 'source' | 'kind' | 'url'>;

/**
 * The timeline events an alert's activity comment stands for: one "fired again" event that
 * counts the repeats (at the last one), and "alert resolved". Read only from a comment the
 * scribe wrote (the caller checks the author); the comment is edited in place, so the
 * timeline holds one event of each, never one per repeat.
 */
export function alertEntries(comment: { body: string; url: string }, self: string): Entry[] {
  const activity = readAlertActivity(readMarker(comment.body, ALERT_ACTIVITY_MARKER));
  if (!activity) return [];
  const entries: Entry[] = [];
  const base = { actor: self, source: 'auto' as const, kind: 'note' as const, url: comment.url };
  if (activity.fired > 0 && activity.last) {
    const times = activity.fired === 1 ? 'once' : `${activity.fired} times`;
    entries.push({ ...base, at: activity.last, text: `Alert fired again (${times})` });
  }
  if (activity.resolved) {
    entries.push({
      ...base,
      at: activity.resolved,
      text: 'Alert resolved (reported by the source)',
    });
  }
  return entries;
}

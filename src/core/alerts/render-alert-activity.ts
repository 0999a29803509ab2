import type { Config } from '../config/config.ts';
import { renderMarker } from '../markdown/marker.ts';
import { formatInstant } from '../time/format-time.ts';
import { ALERT_ACTIVITY_MARKER, type AlertActivity } from './alert-marker.ts';

/**
 * The one comment that follows an alert group on its incident: how often it fired again
 * (edited in place, never a comment per repeat) and whether it resolved.
 */
export function renderAlertActivity(activity: AlertActivity, config: Config): string {
  const zone = config.timezone;
  const lines: string[] = [];
  if (activity.fired > 0 && activity.last) {
    const times = activity.fired === 1 ? 'once' : `${activity.fired} times`;
    lines.push(
      `**Alert fired again**, ${times} since this incident opened; last at ${formatInstant(activity.last, zone)}.`,
    );
  }
  if (activity.resolved) {
    lines.push(
      `**Alert resolved** at ${formatInstant(activity.resolved, zone)}: the source reports every alert of the group resolved. The incident stays open until someone closes it.`,
    );
  }
  const data = { ...activity };
  return `${renderMarker(ALERT_ACTIVITY_MARKER, data)}\n${lines.join('\n\n')}\n`;
}

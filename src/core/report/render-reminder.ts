import type { Config } from '../config/config.ts';
import { renderMarker } from '../markdown/marker.ts';
import { neutralizeMentions } from '../text/safe-text.ts';
import type { Reminder } from './plan-reminders.ts';

export const REMINDER_MARKER = 'reminder';

// "@login" or "@org/team" exactly: anything else in a marker is shown, never pinged.
const MENTIONABLE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]{1,100})?$/;

/** The reminder comment on an overdue item: the one place the scribe pings the owner. */
export function renderReminder(
  reminder: Reminder,
  context: { week: string; reportUrl: string | undefined },
  config: Config,
): string {
  const { entry, nextLevel } = reminder;
  const owner = entry.owner ?? '';
  const who = MENTIONABLE.test(owner) ? owner : neutralizeMentions(owner);
  const days = `${entry.daysOverdue} day${entry.daysOverdue === 1 ? '' : 's'}`;
  const lines = [
    renderMarker(REMINDER_MARKER, { week: context.week }),
    `${who}, this action item was due on ${entry.due} and is ${days} overdue.`,
    '',
    'Close it when it is done, or close it as not planned if it will not be done.',
  ];
  if (nextLevel) {
    const level =
      config.report.mentionEscalation && MENTIONABLE.test(nextLevel.who)
        ? nextLevel.who
        : neutralizeMentions(nextLevel.who);
    lines.push('', `Overdue for ${days}: escalated to ${nextLevel.level} ${level}.`);
  }
  if (context.reportUrl) lines.push('', `Weekly report: ${context.reportUrl}`);
  return `${lines.join('\n')}\n`;
}

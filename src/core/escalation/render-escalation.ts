import type { Config, Severity } from '../config/config.ts';
import { formatMinutesShort } from '../config/duration.ts';
import { renderMarker } from '../markdown/marker.ts';
import { code, paragraph, strong, text } from '../markdown/nodes.ts';
import { toMarkdown } from '../markdown/to-markdown.ts';
import { neutralizeMentions, quietLogin } from '../text/safe-text.ts';
import { formatInstant } from '../time/format-time.ts';
import type { EscalationStep } from './plan-escalation.ts';

/** The marker kind of the escalation comment for one level: one comment per level, ever. */
export function escalationMarker(level: string): string {
  return `escalation-${level.toLowerCase()}`;
}

/** The marker kind of the one comment about the status update due at `due` (minutes since 1970). */
export function updateOverdueMarker(due: string): string {
  return `update-overdue-${Math.floor(Date.parse(due) / 60_000)}`;
}

// "@login" or "@org/team" exactly; the rest of `who` (a role) is only ever shown.
const MENTIONABLE = /^@[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]{1,100})?$/;

/** `who` as written, pinging only when the configuration asks escalations to ping. */
export function escalationWho(who: string, config: Config): string {
  return config.report.mentionEscalation && MENTIONABLE.test(who) ? who : neutralizeMentions(who);
}

/** The comment that escalates an unacknowledged incident to the next level. */
export function renderEscalation(
  step: EscalationStep,
  context: {
    incidentId: string;
    severity: Severity | undefined;
    detected: string;
    next: EscalationStep | undefined;
    /** The level names a user who has no access to the repository. */
    noAccess: boolean;
  },
  config: Config,
): string {
  const { level } = step;
  const sev = context.severity ? ` (${context.severity.id.toUpperCase()})` : '';
  const waited = formatMinutesShort(
    Math.round((Date.parse(step.dueAt) - Date.parse(context.detected)) / 60_000),
  );
  const children = [
    {
      type: 'html' as const,
      value: renderMarker(escalationMarker(level.level), {
        level: level.level,
        noAccess: context.noAccess,
      }),
    },
    paragraph(
      strong(`Escalated to ${level.level}: ${escalationWho(level.who, config)}`),
      text(
        `. ${context.incidentId}${sev} is not acknowledged ${waited} after it was detected (target ${formatMinutesShort(config.acknowledgeTargetMinutes)}). Acknowledge with `,
      ),
      code('/ack'),
      text('.'),
    ),
  ];
  if (context.noAccess) {
    children.push(
      paragraph(
        text(
          `${neutralizeMentions(level.who)} has no access to this repository: fix the escalation path in .github/incident-scribe.yml.`,
        ),
      ),
    );
  }
  if (context.next) {
    children.push(
      paragraph(
        text(
          `Next: ${context.next.level.level} ${neutralizeMentions(context.next.level.who)} at ${formatInstant(context.next.dueAt, config.timezone)} if still unacknowledged.`,
        ),
      ),
    );
  }
  return toMarkdown({ type: 'root', children });
}

/** The one comment that says a status update is overdue, addressed to the commander. */
export function renderUpdateOverdue(
  due: string,
  context: { commander: string | undefined; severity: Severity | undefined },
  config: Config,
): string {
  const to = context.commander
    ? `${config.report.mentionEscalation ? `@${context.commander}` : quietLogin(context.commander)} (commander)`
    : 'No commander yet';
  const every = context.severity
    ? ` (every ${formatMinutesShort(context.severity.updateEveryMinutes)} for ${context.severity.id.toUpperCase()})`
    : '';
  return toMarkdown({
    type: 'root',
    children: [
      { type: 'html', value: renderMarker(updateOverdueMarker(due), { due }) },
      paragraph(
        text(
          `${to}: a status update was due at ${formatInstant(due, config.timezone)}${every}. Post one with `,
        ),
        code('/status <status> <message>'),
        text('.'),
      ),
    ],
  });
}

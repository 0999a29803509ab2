/**
 * The slash commands responders type on an incident issue, as plain data. The parser turns a
 * comment into these; the timeline builder and the use cases act on them.
 */

/** GitLab's six timeline event tags, in the order an incident meets them. */
export const TIMELINE_TAGS = [
  'start-time',
  'impact-detected',
  'response-initiated',
  'cause-identified',
  'impact-mitigated',
  'end-time',
] as const;
export type TimelineTag = (typeof TIMELINE_TAGS)[number];

/** How each tag reads in a timeline and in the docs. */
export const TAG_LABELS: Record<TimelineTag, string> = {
  'start-time': 'Start time',
  'impact-detected': 'Impact detected',
  'response-initiated': 'Response initiated',
  'cause-identified': 'Cause identified',
  'impact-mitigated': 'Impact mitigated',
  'end-time': 'End time',
};

/** The states `/status` accepts, from first look to done. */
export const STATUSES = [
  'investigating',
  'identified',
  'mitigating',
  'monitoring',
  'resolved',
] as const;
export type StatusName = (typeof STATUSES)[number];

/**
 * One vocabulary for where the incident stands, the reference process's own (its Initial
 * Alert says "Investigating", its Status Update "In Progress - Mitigating"): the status
 * comment, the timeline and the status updates all use these words.
 */
export const STATUS_LABELS: Record<StatusName, string> = {
  investigating: 'Investigating',
  identified: 'In Progress - Identified',
  mitigating: 'In Progress - Mitigating',
  monitoring: 'In Progress - Monitoring',
  resolved: 'Resolved',
};

/** The status to show: the latest `/status`, or "Investigating" before the first one. */
export function statusLabel(status: StatusName | undefined): string {
  return STATUS_LABELS[status ?? 'investigating'];
}

/** The three incident roles of the reference process. */
export type Role = 'commander' | 'lead' | 'scribe';

export const ROLE_LABELS: Record<Role, string> = {
  commander: 'incident commander',
  lead: 'tech lead',
  scribe: 'scribe',
};

interface At {
  /** 1-based line of the comment the command stands on. */
  line: number;
}

/** A command the parser understood. `note` tells the author something was adjusted (cut). */
export type Command =
  | (At & { kind: 'timeline-refresh' })
  | (At & {
      kind: 'timeline-note';
      text: string;
      /** When it happened, ISO 8601 UTC. */
      at: string;
      /** Where the time came from: the comment itself, a full date and time, or a time only. */
      timeFrom: 'comment' | 'date-time' | 'time';
      tag: TimelineTag | undefined;
      note: string | undefined;
    })
  | (At & { kind: 'ack'; text: string | undefined; note: string | undefined })
  | (At & { kind: 'role'; role: Role; login: string })
  | (At & { kind: 'severity'; severity: string })
  | (At & {
      kind: 'status';
      status: StatusName;
      message: string;
      /** Expected resolution, ISO 8601 UTC. */
      eta: string | undefined;
      rootCause: string | undefined;
      note: string | undefined;
    })
  | (At & { kind: 'help' })
  | (At & {
      kind: 'action';
      description: string;
      /** "@login" or "@org/team"; null when the line names nobody. */
      owner: string | null;
      /** YYYY-MM-DD, or null. */
      due: string | null;
      note: string | undefined;
    })
  | (At & { kind: 'postmortem'; args: string })
  | (At & { kind: 'unknown'; name: string })
  | (At & { kind: 'invalid'; name: string; message: string });

export type CommandKind = Command['kind'];

/** What one comment holds: its commands in order, and whether the body was too long to read whole. */
export interface ParsedComment {
  commands: Command[];
  truncated: boolean;
  /** Where reading stopped before the end (text nested too deep to parse), and why. */
  stopped?: { line: number; note: string };
}

/** Commands that change the incident and so need the configured permission. */
export function changesState(command: Command): boolean {
  switch (command.kind) {
    case 'timeline-note':
    case 'ack':
    case 'role':
    case 'severity':
    case 'status':
    case 'action':
    case 'postmortem':
      return true;
    default:
      return false;
  }
}

import type { Command, Role, StatusName, TimelineTag } from '../commands/command-types.ts';
import type { Severity } from '../config/config.ts';

/** The moments the metrics are measured between. */
export type Moment =
  | 'start'
  | 'detected'
  | 'acknowledged'
  | 'cause-identified'
  | 'mitigated'
  | 'resolved'
  | 'closed';

export const MOMENT_LABELS: Record<Moment, string> = {
  start: 'Start',
  detected: 'Detected',
  acknowledged: 'Acknowledged',
  'cause-identified': 'Cause identified',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
  closed: 'Closed',
};

/** The phases of the reference workflow, in order. */
export const PHASES = ['detection', 'triage', 'mitigation', 'resolution', 'post-incident'] as const;
export type Phase = (typeof PHASES)[number];

export const PHASE_LABELS: Record<Phase, string> = {
  detection: 'Detection',
  triage: 'Triage',
  mitigation: 'Mitigation',
  resolution: 'Resolution',
  'post-incident': 'Post-Incident',
};

export type EntryKind =
  | 'opened'
  | 'severity'
  | 'assigned'
  | 'unassigned'
  | 'renamed'
  | 'referenced'
  | 'closed'
  | 'reopened'
  | 'note'
  | 'ack'
  | 'role'
  | 'status'
  | 'action';

/** One line of the timeline. `text` is raw user or scribe text: renderers make it safe. */
export interface TimelineEntry {
  /** ISO 8601 UTC. */
  at: string;
  text: string;
  /** Login of who did it. */
  actor: string;
  /** Captured from the issue's own events, or typed as a command by a person. */
  source: 'auto' | 'command';
  kind: EntryKind;
  tag: TimelineTag | undefined;
  /** The status a `/status` entry set. */
  status: StatusName | undefined;
  /** The metric moments this entry defines (one entry can be both start and detected). */
  keys: Moment[];
  /** The comment a command came from, or the item a reference points to. */
  url: string | undefined;
  commentId: number | undefined;
  /** A close as not planned: a false alarm. */
  falseAlarm: boolean;
}

/** When each moment happened (ISO 8601 UTC); start and detected are always known. */
export interface Moments {
  start: string;
  detected: string;
  acknowledged: string | undefined;
  causeIdentified: string | undefined;
  /** Not a metric: where the Mitigation phase begins (cause identified or `/status mitigating`). */
  mitigationStarted: string | undefined;
  mitigated: string | undefined;
  resolved: string | undefined;
  closed: string | undefined;
}

/** A `/status` update as typed. */
export interface StatusUpdate {
  at: string;
  actor: string;
  status: StatusName;
  message: string;
  eta: string | undefined;
  rootCause: string | undefined;
  commentId: number;
  /** The line of the comment the command stood on: with commentId, the update's identity. */
  line: number;
  url: string;
}

/** Where the incident stands now, as the rebuilt timeline says. */
export interface IncidentState {
  open: boolean;
  severity: Severity | undefined;
  /** When the current severity was first set. */
  severitySetAt: string | undefined;
  phase: Phase;
  /** The latest status update; cleared when a resolved incident is reopened. */
  status: StatusUpdate | undefined;
  roles: Record<Role, string | undefined>;
  acknowledgedBy: string | undefined;
  lastStatusUpdateAt: string | undefined;
  /** The latest root cause given, or the text of the cause-identified entry. */
  rootCause: string | undefined;
  /** Closed as not planned: a false alarm, left out of the metrics. */
  falseAlarm: boolean;
}

/** Why a command in a person's comment did not count. */
export type RejectionReason = 'unknown' | 'invalid' | 'not-permitted' | 'no-access';

/** A command that changed nothing, kept so the scribe can reply to its comment once. */
export interface RejectedCommand {
  commentId: number;
  author: string;
  reason: RejectionReason;
  command: Command;
}

/** A command that counted but was adjusted (an over-long text cut), to tell its author. */
export interface CommandNote {
  commentId: number;
  author: string;
  line: number;
  note: string;
}

/** The incident's record, rebuilt from the issue and its events alone. */
export interface Timeline {
  incident: { number: number; title: string; url: string };
  entries: TimelineEntry[];
  moments: Moments;
  state: IncidentState;
  statusUpdates: StatusUpdate[];
  rejected: RejectedCommand[];
  notes: CommandNote[];
  /** Comments that asked for `/help`, each answered once, in order. */
  helpAsked: number[];
}

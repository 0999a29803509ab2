import type { Role } from '../commands/command-types.ts';
import type { Config, Severity } from '../config/config.ts';
import type { EntryKind, StatusUpdate, TimelineEntry } from './timeline-types.ts';

/** The timeline while it is being rebuilt, event by event. Internal to build-timeline. */
export interface Draft {
  config: Config;
  selfLogin: string;
  /** "owner/repo" of the incident, to name references from other repositories in full. */
  repo: string;
  entries: TimelineEntry[];
  /** Severity ids whose label is on the issue now. */
  severityLabels: Set<string>;
  severity: Severity | undefined;
  severitySetAt: string | undefined;
  roles: Record<Role, string | undefined>;
  /** Everyone who was commander, so the scribe unassigning them is not news. */
  formerCommanders: Set<string>;
  statusUpdates: StatusUpdate[];
  status: StatusUpdate | undefined;
  acknowledgedBy: string | undefined;
}

export function createDraft(config: Config, selfLogin: string, repo: string): Draft {
  return {
    config,
    selfLogin,
    repo,
    entries: [],
    severityLabels: new Set(),
    severity: undefined,
    severitySetAt: undefined,
    roles: { commander: undefined, lead: undefined, scribe: undefined },
    formerCommanders: new Set(),
    statusUpdates: [],
    status: undefined,
    acknowledgedBy: undefined,
  };
}

/** Adds an entry; fields a kind does not use default to undefined. */
export function addEntry(
  draft: Draft,
  entry: Pick<TimelineEntry, 'at' | 'text' | 'actor' | 'source' | 'kind'> & Partial<TimelineEntry>,
): void {
  // Every entry has the same fields in the same order (one object shape): a long incident
  // has thousands, rebuilt on every event.
  draft.entries.push({
    at: entry.at,
    text: entry.text,
    actor: entry.actor,
    source: entry.source,
    kind: entry.kind,
    tag: entry.tag,
    status: entry.status,
    keys: [],
    url: entry.url,
    commentId: entry.commentId,
    falseAlarm: entry.falseAlarm ?? false,
  });
}

/** "SEV1", as the reference writes a severity. */
export function severityName(severity: Severity): string {
  return severity.id.toUpperCase();
}

/**
 * Moves the incident to a severity (or to none) and records it, but only when it changes:
 * the label the scribe adds after `/severity` then records nothing twice.
 */
export function changeSeverity(
  draft: Draft,
  next: Severity | undefined,
  at: string,
  actor: string,
  source: 'auto' | 'command',
  commentId?: number,
  url?: string,
): void {
  const previous = draft.severity;
  if (previous?.id === next?.id) return;
  draft.severity = next;
  draft.severitySetAt = next ? at : undefined;
  let text: string;
  if (!next) text = `${previous ? severityName(previous) : 'Severity'} removed; no severity set`;
  else if (!previous) text = `${severityName(next)} declared (${next.title})`;
  else
    text = `Severity changed from ${severityName(previous)} to ${severityName(next)} (${next.title})`;
  addEntry(draft, { at, text, actor, source, kind: 'severity' as EntryKind, commentId, url });
}

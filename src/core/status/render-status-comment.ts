import type { Root, RootContent } from 'mdast';
import type { Config, Severity } from '../config/config.ts';
import type { IssueSnapshot } from '../incident/issue.ts';
import { renderMarker } from '../markdown/marker.ts';
import { bulletList, code, field, paragraph, text } from '../markdown/nodes.ts';
import { toMarkdown } from '../markdown/to-markdown.ts';
import { neutralizeMentions } from '../text/safe-text.ts';
import { formatInstant } from '../time/format-time.ts';
import type { Deadlines, Metrics } from '../timeline/metrics.ts';
import type { IncidentState, Timeline } from '../timeline/timeline-types.ts';
import { statusLines } from './status-lines.ts';

/** What the status comment shows: the incident's state as the timeline rebuilt it. */
export interface StatusView {
  id: string;
  issue: IssueSnapshot;
  severity: Severity | undefined;
  state: IncidentState;
  deadlines: Deadlines;
  metrics: Metrics;
  /** The latest ETA given by a status update, if any. */
  eta: string | undefined;
  /** When the record last changed: its latest entry. */
  lastUpdatedAt: string;
  /** Only decides which deadlines have passed, and by how much. */
  now: Date;
  /** Said once when the scribe had to choose between severity labels. */
  note: string | undefined;
  /** What the marker remembers for the next run (see StatusMarker). */
  memory: Partial<StatusMarker>;
  /** The action items, rendered by their own sync (core/action-items), shown as they are. */
  itemsSection?: string | undefined;
}

/**
 * The status comment's hidden marker: what the next run needs to read back. An object with
 * optional keys, so features add their own (read back by readStatusMarker, which keeps keys it
 * does not know); docs/status-comment.md lists them.
 */
export interface StatusMarker {
  [key: string]: unknown;
  incident: string;
  severity: string | null;
  note?: string;
  /** Permission decisions already made, by login: "act", "access" (may hold a role) or "none". */
  people?: Record<string, 'act' | 'access' | 'none'>;
  /** Comments whose commands were refused for want of permission, by id. */
  refused?: number[];
  /**
   * The commands of every person's comment last written at or before this instant (ISO 8601)
   * were judged when they were made: those not in `refused` were accepted, and stay so.
   */
  judgedAt?: string;
  /** The issue type the scribe set on the incident (`issue_types.incident`), so it sets it once. */
  typed?: string;
  /** Levels the escalation sweep escalated to, and when (read from its comments). */
  escalated?: { level: string; at: string; noAccess?: boolean }[];
}

export const STATUS_MARKER = 'status';

/** Renders the one status comment, in the shape of the reference Initial Alert. */
export function renderStatusComment(view: StatusView, config: Config): string {
  const { severity } = view;
  const marker: StatusMarker = {
    incident: view.id,
    severity: severity?.id ?? null,
    ...view.memory,
  };
  // These three are the view's to say, whatever the memory carried over.
  marker.incident = view.id;
  marker.severity = severity?.id ?? null;
  delete marker.note;
  if (view.note) marker.note = view.note;
  const sev = severity?.id.toUpperCase();

  const items = statusLines(view, config);
  if (view.memory.escalated && view.memory.escalated.length > 0) {
    items.splice(-1, 0, field('Escalated', escalatedOf(view.memory.escalated, config)));
  }

  const tree: Root = {
    type: 'root',
    children: [
      {
        type: 'html',
        value: renderMarker(STATUS_MARKER, marker as unknown as Record<string, unknown>),
      },
      heading(`Incident status: ${view.id}${severity ? ` · ${sev} ${severity.title}` : ''}`),
      bulletList(items),
    ],
  };
  if (view.note) tree.children.push({ type: 'blockquote', children: [paragraph(view.note)] });
  if (view.itemsSection) tree.children.push({ type: 'html', value: view.itemsSection });
  tree.children.push(
    paragraph(
      'Kept up to date by incident-scribe; edits to this comment are overwritten. Comment ',
      code('/help'),
      ' for commands.',
    ),
  );
  return toMarkdown(tree);
}

function heading(value: string): RootContent {
  return { type: 'heading', depth: 3, children: [text(value)] };
}

/** "L2 @acme/sre-leads at 10:15 UTC; L3 ... at 10:30 UTC", naming without pinging. */
function escalatedOf(escalated: NonNullable<StatusMarker['escalated']>, config: Config): string {
  return escalated
    .map((e) => {
      const who = config.escalation.find((l) => l.level === e.level)?.who;
      const named = who ? ` ${neutralizeMentions(who)}` : '';
      const access = e.noAccess ? ' (no access to this repository)' : '';
      return `${e.level}${named}${access} at ${formatInstant(e.at, config.timezone)}`;
    })
    .join('; ');
}

/** The ETA the status comment shows: the latest one a status update gave, while there is one. */
export function currentEta(timeline: Timeline): string | undefined {
  if (!timeline.state.status) return undefined;
  return timeline.statusUpdates.findLast((u) => u.eta !== undefined)?.eta;
}

/** When the record last changed: its latest entry (a back-dated one counts at its own time). */
export function lastChangeAt(timeline: Timeline): string {
  let latest = Date.parse(timeline.moments.start);
  for (const entry of timeline.entries) latest = Math.max(latest, Date.parse(entry.at));
  return new Date(latest).toISOString();
}

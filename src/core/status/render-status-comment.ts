import type { PhrasingContent, Root, RootContent } from 'mdast';
import { STATUS_LABELS } from '../commands/command-types.ts';
import type { Config, Severity } from '../config/config.ts';
import { formatMinutesShort } from '../config/duration.ts';
import type { IssueSnapshot } from '../incident/issue.ts';
import { renderMarker } from '../markdown/marker.ts';
import { bulletList, code, field, paragraph, text } from '../markdown/nodes.ts';
import { toMarkdown } from '../markdown/to-markdown.ts';
import { neutralizeMentions, quietLogin, safeInline } from '../text/safe-text.ts';
import { formatInstant } from '../time/format-time.ts';
import type { Deadlines } from '../timeline/metrics.ts';
import { type IncidentState, PHASE_LABELS } from '../timeline/timeline-types.ts';

/** What the status comment shows: the incident's state as the timeline rebuilt it. */
export interface StatusView {
  id: string;
  issue: IssueSnapshot;
  severity: Severity | undefined;
  state: IncidentState;
  deadlines: Deadlines;
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
  /** Levels the escalation sweep escalated to, and when (read from its comments). */
  escalated?: { level: string; at: string; noAccess?: boolean }[];
}

export const STATUS_MARKER = 'status';

/** Renders the one status comment, in the shape of the reference Initial Alert. */
export function renderStatusComment(view: StatusView, config: Config): string {
  const { severity, issue, state, deadlines } = view;
  const zone = config.timezone;
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
  const status = state.status ? STATUS_LABELS[state.status.status] : 'Investigating';

  const items: PhrasingContent[][] = [
    field('Incident', `${view.id}: ${safeInline(issue.title, 200)}`),
    severity
      ? field(
          'Severity',
          `${sev} (${severity.title})${severity.meaning ? `: ${severity.meaning}` : ''}`,
        )
      : field(
          'Severity',
          `none: add one of the labels ${config.severities.map((s) => s.label).join(', ')}`,
        ),
    field('Status', `${status} (phase: ${PHASE_LABELS[state.phase]})`),
    field('Impact', impactOf(issue.body)),
    state.roles.commander
      ? field('Commander', quietLogin(state.roles.commander))
      : field('Commander', 'none yet (assign one with ', code('/ic @user'), ')'),
  ];
  if (state.roles.lead) items.push(field('Tech lead', quietLogin(state.roles.lead)));
  if (state.roles.scribe) items.push(field('Scribe', quietLogin(state.roles.scribe)));
  const target = formatMinutesShort(config.acknowledgeTargetMinutes);
  items.push(
    state.acknowledgedBy
      ? field('Acknowledge by', `acknowledged by ${quietLogin(state.acknowledgedBy)}`)
      : field(
          'Acknowledge by',
          `${formatInstant(deadlines.acknowledgeBy, zone)}, ${target} after detection${flag(deadlines.acknowledgeOverdue)}`,
        ),
  );
  if (severity && deadlines.resolveBy) {
    const resolveTarget = formatMinutesShort(severity.targetResolutionMinutes);
    items.push(
      field(
        'Resolve by',
        `${formatInstant(deadlines.resolveBy, zone)}, ${sev} target ${resolveTarget}${flag(deadlines.resolveOverdue)}`,
      ),
    );
    if (deadlines.nextUpdateDue) {
      const every = formatMinutesShort(severity.updateEveryMinutes);
      items.push(
        field(
          'Next update due',
          `${formatInstant(deadlines.nextUpdateDue, zone)}, every ${every}${flag(deadlines.updateOverdue)}`,
        ),
      );
    }
    const expected = [severity.response, severity.communication].filter(Boolean).join('; ');
    if (expected) items.push(field('Expected', expected));
  }
  items.push(field('Escalation', ...escalationOf(config)));
  if (view.memory.escalated && view.memory.escalated.length > 0) {
    items.push(field('Escalated', escalatedOf(view.memory.escalated, config)));
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

function flag(overdue: boolean): string {
  return overdue ? ' (overdue)' : '';
}

/** The first paragraph of the issue body, on one line: what the reporter says is broken. */
function impactOf(body: string): string {
  const first = body
    .replace(/<!--[\s\S]*?-->/g, '')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .find((p) => p.length > 0);
  return first
    ? safeInline(first, 300)
    : 'not described yet: edit the issue description to say who is affected';
}

function escalationOf(config: Config): PhrasingContent[] {
  if (config.escalation.length === 0) {
    return [
      text('not configured (set '),
      code('escalation'),
      text(' in .github/incident-scribe.yml)'),
    ];
  }
  const path = config.escalation
    .map(
      (l) =>
        `${l.level} ${neutralizeMentions(l.who)}${l.afterMinutes === undefined ? '' : ` after ${formatMinutesShort(l.afterMinutes)}`}`,
    )
    .join(' → ');
  return [text(path)];
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

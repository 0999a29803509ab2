import type { ListItem, PhrasingContent, Root } from 'mdast';
import { STATUS_LABELS } from '../commands/command-types.ts';
import type { Config, Severity } from '../config/config.ts';
import { formatMinutesShort } from '../config/duration.ts';
import type { IssueSnapshot } from '../incident/issue.ts';
import { renderMarker } from '../markdown/marker.ts';
import { toMarkdown } from '../markdown/to-markdown.ts';
import { neutralizeMentions, quietLogin, safeInline } from '../text/safe-text.ts';
import { formatUtcAndZone } from '../time/format-time.ts';
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
  memory: Omit<StatusMarker, 'incident' | 'severity' | 'note'>;
}

/** The status comment's hidden marker: what the next run needs to read back. */
export interface StatusMarker {
  incident: string;
  severity: string | null;
  note?: string;
  /** Permission decisions already made, by login: "act", "access" (may hold a role) or "none". */
  people?: Record<string, 'act' | 'access' | 'none'>;
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
  if (view.note) marker.note = view.note;

  const items: PhrasingContent[][] = [
    field('Incident', [text(`${view.id}: ${safeInline(issue.title, 200)}`)]),
    field(
      'Severity',
      severity
        ? [
            text(
              `${severity.id.toUpperCase()} (${severity.title})${severity.meaning ? `: ${severity.meaning}` : ''}`,
            ),
          ]
        : [text(`none: add one of the labels ${config.severities.map((s) => s.label).join(', ')}`)],
    ),
    field('Status', [
      text(
        `${state.status ? STATUS_LABELS[state.status.status] : 'Investigating'} (phase: ${PHASE_LABELS[state.phase]})`,
      ),
    ]),
    field('Impact', [text(impactOf(issue.body))]),
    field(
      'Commander',
      state.roles.commander
        ? [text(quietLogin(state.roles.commander))]
        : [text('none yet (assign one with '), code('/ic @user'), text(')')],
    ),
  ];
  if (state.roles.lead) items.push(field('Tech lead', [text(quietLogin(state.roles.lead))]));
  if (state.roles.scribe) items.push(field('Scribe', [text(quietLogin(state.roles.scribe))]));
  items.push(
    field(
      'Acknowledge by',
      state.acknowledgedBy
        ? [text(`acknowledged by ${quietLogin(state.acknowledgedBy)}`)]
        : [
            text(
              `${formatUtcAndZone(deadlines.acknowledgeBy, zone)}, ${formatMinutesShort(config.acknowledgeTargetMinutes)} after detection${flag(deadlines.acknowledgeOverdue)}`,
            ),
          ],
    ),
  );
  if (severity && deadlines.resolveBy) {
    items.push(
      field('Resolve by', [
        text(
          `${formatUtcAndZone(deadlines.resolveBy, zone)}, ${severity.id.toUpperCase()} target ${formatMinutesShort(severity.targetResolutionMinutes)}${flag(deadlines.resolveOverdue)}`,
        ),
      ]),
    );
    if (deadlines.nextUpdateDue) {
      items.push(
        field('Next update due', [
          text(
            `${formatUtcAndZone(deadlines.nextUpdateDue, zone)}, every ${formatMinutesShort(severity.updateEveryMinutes)}${flag(deadlines.updateOverdue)}`,
          ),
        ]),
      );
    }
    if (severity.response || severity.communication) {
      items.push(
        field('Expected', [
          text([severity.response, severity.communication].filter(Boolean).join('; ')),
        ]),
      );
    }
  }
  items.push(field('Escalation', escalationOf(config)));

  const tree: Root = {
    type: 'root',
    children: [
      {
        type: 'html',
        value: renderMarker(STATUS_MARKER, marker as unknown as Record<string, unknown>),
      },
      {
        type: 'heading',
        depth: 3,
        children: [
          text(
            `Incident status: ${view.id}${severity ? ` · ${severity.id.toUpperCase()} ${severity.title}` : ''}`,
          ),
        ],
      },
      {
        type: 'list',
        ordered: false,
        spread: false,
        children: items.map(
          (children): ListItem => ({
            type: 'listItem',
            spread: false,
            children: [{ type: 'paragraph', children }],
          }),
        ),
      },
    ],
  };
  if (view.note)
    tree.children.push({
      type: 'blockquote',
      children: [{ type: 'paragraph', children: [text(view.note)] }],
    });
  tree.children.push({
    type: 'paragraph',
    children: [
      text('Kept up to date by incident-scribe; edits to this comment are overwritten. Comment '),
      code('/help'),
      text(' for commands.'),
    ],
  });
  return toMarkdown(tree);
}

function flag(overdue: boolean): string {
  return overdue ? ' (overdue)' : '';
}

function field(name: string, value: PhrasingContent[]): PhrasingContent[] {
  return [{ type: 'strong', children: [text(name)] }, text(': '), ...value];
}

function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

function code(value: string): PhrasingContent {
  return { type: 'inlineCode', value };
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

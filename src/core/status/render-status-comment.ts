import type { ListItem, PhrasingContent, Root } from 'mdast';
import type { Config, Severity } from '../config/config.ts';
import { formatMinutesShort } from '../config/duration.ts';
import type { IssueSnapshot } from '../incident/issue.ts';
import { renderMarker } from '../markdown/marker.ts';
import { toMarkdown } from '../markdown/to-markdown.ts';
import { neutralizeMentions, quietLogin, safeInline } from '../text/safe-text.ts';
import { formatUtcAndZone, plusMinutes } from '../time/format-time.ts';

/** What the status comment shows; later capabilities fill the optional parts. */
export interface StatusView {
  id: string;
  issue: IssueSnapshot;
  severity: Severity | undefined;
  /** When the incident was declared (its first severity label). */
  declaredAt: string;
  status: string;
  commander: string | undefined;
  note: string | undefined;
  /** When the last status update was posted; the next is due one cadence later. */
  lastUpdateAt?: string | undefined;
}

/** The data the status comment's hidden marker carries, so the next run can read it back. */
export interface StatusMarker {
  incident: string;
  severity: string | null;
  declaredAt: string;
  note?: string;
}

export const STATUS_MARKER = 'status';

/** Renders the one status comment in the shape of the reference Initial Alert. */
export function renderStatusComment(view: StatusView, config: Config): string {
  const { severity, issue } = view;
  const zone = config.timezone;
  const marker: StatusMarker = {
    incident: view.id,
    severity: severity?.id ?? null,
    declaredAt: view.declaredAt,
  };
  if (view.note) marker.note = view.note;

  const items: PhrasingContent[][] = [
    field('Incident', [text(`${view.id}: ${safeInline(issue.title, 200)}`)]),
    field(
      'Severity',
      severity
        ? [
            text(`${severity.id.toUpperCase()} (${severity.title})`),
            text(severity.meaning ? `: ${severity.meaning}` : ''),
          ]
        : [text(`none: add one of the labels ${config.severities.map((s) => s.label).join(', ')}`)],
    ),
    field('Status', [text(view.status)]),
    field('Impact', [text(impactOf(issue.body))]),
    field(
      'Commander',
      [text(view.commander ? quietLogin(view.commander) : 'none yet (assign one with ')].concat(
        view.commander ? [] : [code('/ic @user'), text(')')],
      ),
    ),
    field('Acknowledge by', [
      text(
        `${formatUtcAndZone(plusMinutes(issue.createdAt, config.acknowledgeTargetMinutes), zone)}, ${formatMinutesShort(config.acknowledgeTargetMinutes)} after detection`,
      ),
    ]),
  ];
  if (severity) {
    items.push(
      field('Resolve by', [
        text(
          `${formatUtcAndZone(plusMinutes(issue.createdAt, severity.targetResolutionMinutes), zone)}, ${severity.id.toUpperCase()} target ${formatMinutesShort(severity.targetResolutionMinutes)}`,
        ),
      ]),
      field('Next update due', [
        text(
          `${formatUtcAndZone(plusMinutes(view.lastUpdateAt ?? view.declaredAt, severity.updateEveryMinutes), zone)}, every ${formatMinutesShort(severity.updateEveryMinutes)}`,
        ),
      ]),
    );
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
  if (view.note) {
    tree.children.push({
      type: 'blockquote',
      children: [{ type: 'paragraph', children: [text(view.note)] }],
    });
  }
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

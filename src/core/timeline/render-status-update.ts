import type { Link, PhrasingContent, RootContent } from 'mdast';
import { STATUS_LABELS } from '../commands/command-types.ts';
import type { Config } from '../config/config.ts';
import { formatMinutesLong, formatMinutesShort } from '../config/duration.ts';
import { renderMarker } from '../markdown/marker.ts';
import { code, field, paragraph, text, userText } from '../markdown/nodes.ts';
import { toMarkdown } from '../markdown/to-markdown.ts';
import { formatInstant } from '../time/format-time.ts';
import { minutesBetween } from './metrics.ts';
import type { StatusUpdate, Timeline } from './timeline-types.ts';

export interface StatusUpdateOptions {
  incidentId: string;
  config: Config;
  /** Where the action items will live (the post-mortem pull request, a project board). */
  actionItems?: { text: string; url: string };
}

/**
 * The reply to a `/status` command, in the reference's Status Update shape, or its Resolution
 * shape for `resolved`. The marker names the command's comment and line, so a webhook handled
 * twice finds the reply it already posted.
 */
export function renderStatusUpdate(
  timeline: Timeline,
  update: StatusUpdate,
  options: StatusUpdateOptions,
): string {
  const zone = options.config.timezone;
  const lines: PhrasingContent[][] = [
    field('Incident', userText(`${options.incidentId}: ${timeline.incident.title}`)),
    field('Status', STATUS_LABELS[update.status]),
  ];
  if (update.status === 'resolved') {
    const cause = update.rootCause ?? timeline.state.rootCause;
    const severity = timeline.state.severity;
    const required =
      severity !== undefined && options.config.postmortem.requiredFor.includes(severity.id);
    const { closed, start } = timeline.moments;
    lines.push(
      field('Update', userText(update.message)),
      // Duration is start to close everywhere; before the close, say what is known so far.
      closed
        ? field('Duration', formatMinutesLong(minutesBetween(start, closed)))
        : field('Time to resolve', formatMinutesLong(minutesBetween(start, update.at))),
      field(
        'Root Cause',
        cause ? userText(cause) : required ? 'to be found in the post-mortem' : 'not given',
      ),
      field('Action Items', ...actionItems(options, required)),
    );
  } else {
    const severity = timeline.state.severity;
    const next = severity
      ? `${formatInstant(plus(update.at, severity.updateEveryMinutes), zone)} (every ${formatMinutesShort(severity.updateEveryMinutes)})`
      : 'when there is news (no severity set, so no cadence)';
    lines.push(
      field('Update', userText(update.message)),
      field('Next Update', next),
      field('ETA', eta(timeline, update, zone)),
    );
  }
  const children: RootContent[] = [
    {
      type: 'html',
      value: renderMarker('status-update', {
        incident: options.incidentId,
        comment: update.commentId,
        line: update.line,
      }),
    },
    paragraph(...lines.flatMap((parts, index) => (index === 0 ? parts : [text('\n'), ...parts]))),
  ];
  return toMarkdown({ type: 'root', children });
}

/**
 * This update's ETA, or the latest one an earlier update gave (as the status comment shows it):
 * an update that does not repeat the ETA has not withdrawn it.
 */
function eta(timeline: Timeline, update: StatusUpdate, zone: string): string {
  if (update.eta) return formatInstant(update.eta, zone);
  const upTo = timeline.statusUpdates.slice(0, timeline.statusUpdates.indexOf(update) + 1);
  const given = upTo.findLast((u) => u.eta !== undefined)?.eta;
  if (!given) return 'not known yet';
  const passed = Date.parse(given) < Date.parse(update.at) ? ' (passed)' : '';
  return `${formatInstant(given, zone)}, as last given${passed}`;
}

function actionItems(options: StatusUpdateOptions, required: boolean): PhrasingContent[] {
  if (!options.actionItems && required)
    return [text('in the post-mortem, opened as a pull request when this issue closes')];
  if (!options.actionItems)
    return [text('no post-mortem required; comment '), code('/postmortem'), text(' to draft one')];
  const link: Link = {
    type: 'link',
    url: options.actionItems.url,
    children: [text(options.actionItems.text)],
  };
  return [link];
}

function plus(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}

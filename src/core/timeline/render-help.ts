import type { List, PhrasingContent, RootContent } from 'mdast';
import { tagList } from '../commands/parse-timeline-args.ts';
import type { Config } from '../config/config.ts';
import { renderMarker } from '../markdown/marker.ts';
import { bulletList, code, paragraph, text } from '../markdown/nodes.ts';
import { toMarkdown } from '../markdown/to-markdown.ts';

/** One line of help: the syntax and what it does. Other features add their own commands. */
export interface HelpLine {
  syntax: string;
  does: string;
}

/** The commands this part of the scribe understands, for /help and for unknown-command replies. */
export const COMMAND_NAMES = [
  'timeline',
  'ack',
  'ic',
  'lead',
  'scribe',
  'severity',
  'status',
  'action',
  'postmortem',
  'help',
];

/** The help lines, with the configuration's severities and permission filled in. */
export function helpLines(config: Config): HelpLine[] {
  const severities = config.severities.map((s) => s.id).join(', ');
  return [
    { syntax: '/timeline', does: 'show or refresh the timeline comment' },
    { syntax: '/timeline <what happened>', does: 'add an event at the time of your comment' },
    {
      syntax: '/timeline <what happened> | <YYYY-MM-DD> <HH:MM>',
      does: 'add an event at that time (GitLab syntax); "| <HH:MM>" alone means its latest occurrence before your comment',
    },
    {
      syntax: '/timeline [impact mitigated] <what happened> | <HH:MM>',
      does: `tag the event with one of ${tagList()}`,
    },
    { syntax: '/ack', does: 'acknowledge the incident: you are responding' },
    { syntax: '/ic @user', does: 'name the incident commander (also assigned); "me" for yourself' },
    { syntax: '/lead @user', does: 'name the tech lead' },
    { syntax: '/scribe @user', does: 'name the scribe' },
    { syntax: '/severity sev1', does: `set the severity (${severities})` },
    {
      syntax: '/status <state> <update> | eta <when> | root cause <text>',
      does: 'post a status update; state is investigating, identified, mitigating, monitoring or resolved; eta and root cause are optional',
    },
    {
      syntax: '/action <what to do> @owner due:<date>',
      does: 'file an action item as a sub-issue of this incident; owner and due date optional (due:2025-03-10, due:Mar 10, due:+7d)',
    },
    {
      syntax: '/postmortem',
      does: `draft the post-mortem pull request now, or get its link${closingOpens(config)}`,
    },
    { syntax: '/help', does: 'this list' },
  ];
}

/**
 * The /help reply to one comment (its marker names the comment, so each `/help` gets its own
 * answer right below it, and only one). `extra` lists commands other features add.
 */
export function renderHelp(config: Config, commentId: number, extra: HelpLine[] = []): string {
  const children: RootContent[] = [
    { type: 'html', value: renderMarker('help', { comment: commentId }) },
    paragraph('Incident commands, one per line at the start of a line:'),
    helpList([...helpLines(config), ...extra]),
    paragraph(
      `Times are ${timesIn(config)}. Commands that change the incident need ${config.commands.permission} permission on this repository. Quoted lines and code blocks are never commands.`,
    ),
  ];
  return toMarkdown({ type: 'root', children });
}

/** The list of commands as Markdown nodes, for any reply that needs it. */
export function helpList(lines: HelpLine[]): List {
  return bulletList(lines.map((line) => [code(line.syntax), text(`: ${line.does}`)]));
}

/** "`/timeline`, `/ack`, …", the valid command names inline. */
export function commandNames(names: string[] = COMMAND_NAMES): PhrasingContent[] {
  return names.flatMap((name, index) => [...(index === 0 ? [] : [text(', ')]), code(`/${name}`)]);
}

function timesIn(config: Config): string {
  return config.timezone === 'UTC'
    ? 'in UTC'
    : `in ${config.timezone} (add UTC after a time to give it in UTC)`;
}

/** What closing does, from `postmortem.required_for`: "(also done by closing a sev1 or sev2)". */
function closingOpens(config: Config): string {
  const ids = config.postmortem.requiredFor;
  if (ids.length === 0) return ' (closing never opens one: no severity requires it)';
  const list = ids.length === 1 ? ids[0] : `${ids.slice(0, -1).join(', ')} or ${ids.at(-1)}`;
  return ` (also done by closing a ${list})`;
}

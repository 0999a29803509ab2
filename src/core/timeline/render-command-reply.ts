import type { PhrasingContent, RootContent } from 'mdast';
import { ROLE_LABELS } from '../commands/command-types.ts';
import type { Config } from '../config/config.ts';
import { renderMarker } from '../markdown/marker.ts';
import { bulletList, code, paragraph, text, userText } from '../markdown/nodes.ts';
import { toMarkdown } from '../markdown/to-markdown.ts';
import { andMore, firstOf } from '../text/cap-body.ts';
import { capLength, quietLogin } from '../text/safe-text.ts';
import { commandNames } from './render-help.ts';
import type { CommandNote, RejectedCommand, Timeline } from './timeline-types.ts';

/** Why a command changed nothing, in one short sentence for its author. */
export function describeRejection(rejected: RejectedCommand, config: Config): string {
  const { command } = rejected;
  switch (rejected.reason) {
    case 'unknown':
      return 'not a command I know.';
    case 'invalid':
      return command.kind === 'invalid' ? command.message : 'not understood.';
    case 'not-permitted':
      return `changing the incident needs ${config.commands.permission} permission on this repository.`;
    case 'no-access': {
      if (command.kind !== 'role') return 'that person has no access to this repository.';
      return `@${command.login} has no access to this repository, so cannot be ${ROLE_LABELS[command.role]}.`;
    }
  }
}

/**
 * The one reply to a comment whose commands were refused or adjusted; undefined when there is
 * nothing to say. Its marker names the comment, so the scribe edits its reply instead of adding
 * another when the comment is edited or the webhook comes twice.
 */
export function renderCommandReply(
  timeline: Timeline,
  commentId: number,
  config: Config,
): string | undefined {
  const rejected = timeline.rejected.filter((r) => r.commentId === commentId);
  const notes = timeline.notes.filter((n) => n.commentId === commentId);
  const author = rejected[0]?.author ?? notes[0]?.author;
  if (author === undefined) return undefined;
  const children: RootContent[] = [
    { type: 'html', value: renderMarker('command-reply', { comment: commentId }) },
  ];
  if (rejected.length > 0) {
    children.push(
      paragraph(
        `${quietLogin(author)}, ${plural(rejected.length)} in your comment changed nothing:`,
      ),
      bulletList(shortened(rejectionItems(rejected, config), 'lines changed nothing')),
    );
  }
  if (notes.length > 0) {
    children.push(
      paragraph(rejected.length > 0 ? 'Also:' : `${quietLogin(author)}, noted with a change:`),
      bulletList(
        shortened(
          notes.map((n: CommandNote) => lineItem([n.line], [], n.note)),
          'lines noted with a change',
        ),
      ),
    );
  }
  // Only an unknown command needs the list of valid ones; a known one with bad input needs fixing.
  if (rejected.some((r) => r.reason === 'unknown')) {
    children.push(
      paragraph(
        'Valid commands: ',
        ...commandNames(),
        text('. Write '),
        code('/help'),
        text(' for how to use them.'),
      ),
    );
  } else if (rejected.some((r) => r.reason === 'invalid')) {
    children.push(
      paragraph(
        text('Edit your comment to fix it (the scribe reads it again), or write '),
        code('/help'),
        text(' for the syntax.'),
      ),
    );
  }
  return toMarkdown({ type: 'root', children });
}

// A comment can hold thousands of command lines; the reply names the first few and counts the
// rest, so it stays far below GitHub's body limit whatever the comment holds.
const MAX_ITEMS = 20;
const MAX_LINES = 30;
const MAX_NAMES = 10;

/** The first items of a list, then one "… and N more" item. */
function shortened(items: PhrasingContent[][], what: string): PhrasingContent[][] {
  const { shown, more } = firstOf(items, MAX_ITEMS);
  return more > 0 ? [...shown, [text(`… ${andMore(more, what)}.`)]] : shown;
}

function plural(count: number): string {
  return count === 1 ? 'a command' : `${count} commands`;
}

/**
 * One item per refused line, except that every command refused for want of permission shares
 * one item: a read-only user who typed five commands reads the reason once.
 */
function rejectionItems(rejected: RejectedCommand[], config: Config): PhrasingContent[][] {
  const items: PhrasingContent[][] = [];
  const unpermitted = rejected.filter((r) => r.reason === 'not-permitted');
  for (const r of rejected) {
    if (r.reason !== 'not-permitted') {
      items.push(lineItem([r.command.line], [nameOf(r)], describeRejection(r, config)));
    } else if (r === unpermitted[0]) {
      items.push(
        lineItem(
          unpermitted.map((u) => u.command.line),
          [...new Set(unpermitted.map(nameOf))],
          describeRejection(r, config),
        ),
      );
    }
  }
  return items;
}

function nameOf(rejected: RejectedCommand): string {
  const { command } = rejected;
  if (command.kind === 'unknown' || command.kind === 'invalid') return command.name;
  if (command.kind === 'role')
    return { commander: 'ic', lead: 'lead', scribe: 'scribe' }[command.role];
  return command.kind === 'timeline-note' || command.kind === 'timeline-refresh'
    ? 'timeline'
    : command.kind;
}

/** "Line 2, `/timeline`: …", or for a group "Lines 1, 2 (`/ack`, `/ic`): …". */
function lineItem(lines: number[], names: string[], message: string): PhrasingContent[] {
  const someNames = firstOf(names, MAX_NAMES);
  const codes = [
    ...someNames.shown.flatMap((name, index) => [
      ...(index === 0 ? [] : [text(', ')]),
      code(`/${capLength(name, 40).text}`),
    ]),
    ...(someNames.more > 0 ? [text(` ${andMore(someNames.more)}`)] : []),
  ];
  const someLines = firstOf(lines, MAX_LINES);
  const numbers = [someLines.shown.join(', '), andMore(someLines.more)].filter(Boolean).join(' ');
  const head: PhrasingContent[] =
    lines.length === 1
      ? [text(`Line ${lines[0]}`), ...(codes.length > 0 ? [text(', '), ...codes] : [])]
      : [text(`Lines ${numbers} (`), ...codes, text(')')];
  return [...head, text(': '), userText(message, 600)];
}

import { formatInstant } from '../time/format-time.ts';
import { type Command, TAG_LABELS, TIMELINE_TAGS, type TimelineTag } from './command-types.ts';
import { acceptedTimes, FUTURE_TOLERANCE_MINUTES, parseWhen } from './parse-when.ts';
import { capEntry, splitUnescaped } from './text-args.ts';

/**
 * `/timeline [tag] <text> | <when>`: GitLab's form with an optional tag in square brackets
 * at the start. A literal "|" in the text is written "\|", a leading "[" as "\[".
 */

const MAX_TAG_CHARS = 40;

// One-word forms, so `[mitigated]` works as well as `[impact mitigated]`.
const TAG_ALIASES: Record<string, TimelineTag> = {
  start: 'start-time',
  detected: 'impact-detected',
  response: 'response-initiated',
  cause: 'cause-identified',
  mitigated: 'impact-mitigated',
  end: 'end-time',
};

export interface TimelineArgsContext {
  line: number;
  commentAt: string;
  writtenAt: string;
  timezone: string;
}

/** Parses what follows `/timeline`. */
export function parseTimelineArgs(args: string, context: TimelineArgsContext): Command {
  const { line } = context;
  const invalid = (message: string): Command => ({
    kind: 'invalid',
    line,
    name: 'timeline',
    message,
  });
  if (args === '') return { kind: 'timeline-refresh', line };

  let rest = args;
  let tag: TimelineTag | undefined;
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0 || close > MAX_TAG_CHARS) {
      return invalid(
        'A tag goes in square brackets at the start, as in "/timeline [impact mitigated] Rolled back". To start the text with "[", write "\\[".',
      );
    }
    const raw = rest.slice(1, close);
    tag = findTag(raw);
    if (!tag) return invalid(`There is no tag "[${raw}]". Tags: ${tagList()}.`);
    rest = rest.slice(close + 1);
  } else if (rest.startsWith('\\[')) {
    rest = rest.slice(1);
  }

  const parts = splitUnescaped(rest, '|');
  const whenText = parts.length > 1 ? (parts.pop() as string) : undefined;
  const text = parts.join('|').trim();
  if (text === '') {
    return invalid('Say what happened: /timeline <what happened> | <YYYY-MM-DD HH:MM>.');
  }

  let at = context.commentAt;
  let timeFrom: 'comment' | 'date-time' | 'time' = 'comment';
  if (whenText !== undefined && whenText.trim() === '') {
    return invalid(
      `Nothing follows the last "|": give a time, ${acceptedTimes(context.timezone)}, or leave out the "|" to use the time of the comment.`,
    );
  }
  if (whenText !== undefined) {
    const when = parseWhen(whenText, context.timezone, context.writtenAt);
    if (!when.ok) return invalid(when.message);
    at = when.at;
    timeFrom = whenText.includes('-') ? 'date-time' : 'time';
    const latest = Date.parse(context.writtenAt) + FUTURE_TOLERANCE_MINUTES * 60_000;
    if (Date.parse(at) > latest) {
      // Say how the time was read: a responder in another zone sees at once what went wrong.
      return invalid(
        `"${whenText.trim()}" is ${formatInstant(at, context.timezone)}, in the future: an event can be at most ${FUTURE_TOLERANCE_MINUTES} minutes after the comment. ${readIn(context.timezone)}`,
      );
    }
  }
  const capped = capEntry(text, 'entry');
  return { kind: 'timeline-note', line, text: capped.text, at, timeFrom, tag, note: capped.note };
}

function readIn(timezone: string): string {
  return timezone === 'UTC'
    ? 'Times are read in UTC.'
    : `Times are read in ${timezone} time; add UTC after a time to give it in UTC.`;
}

/** The tags as written in a command, for help and error texts. */
export function tagList(): string {
  return TIMELINE_TAGS.map((tag) => `[${TAG_LABELS[tag].toLowerCase()}]`).join(', ');
}

function findTag(raw: string): TimelineTag | undefined {
  const words = raw.toLowerCase().replace(/[-_]/g, ' ').split(' ').filter(Boolean).join(' ');
  if (Object.hasOwn(TAG_ALIASES, words)) return TAG_ALIASES[words];
  return TIMELINE_TAGS.find((tag) => TAG_LABELS[tag].toLowerCase() === words);
}

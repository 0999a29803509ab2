import { type Command, STATUSES, type StatusName } from './command-types.ts';
import { parseEta } from './parse-when.ts';
import { capEntry, joinNotes, splitUnescaped } from './text-args.ts';

/**
 * `/status <state> <message> | eta <when> | root cause <text>`: the fields after "|" are
 * optional and in any order. A "|" part that starts with no field name stays in the message.
 */

export interface StatusArgsContext {
  line: number;
  commentAt: string;
  timezone: string;
}

/** Parses what follows `/status`. */
export function parseStatusArgs(args: string, context: StatusArgsContext): Command {
  const { line } = context;
  const invalid = (message: string): Command => ({
    kind: 'invalid',
    line,
    name: 'status',
    message,
  });
  const space = args.search(/\s/);
  const word = (space < 0 ? args : args.slice(0, space)).toLowerCase();
  const status = STATUSES.find((name) => name === word) as StatusName | undefined;
  if (!status) {
    const shown = word === '' ? 'A status' : `"${word.slice(0, 30)}" is not a status; it`;
    return invalid(`${shown} is one of: ${STATUSES.join(', ')}.`);
  }

  const [first = '', ...fields] = splitUnescaped(space < 0 ? '' : args.slice(space), '|');
  const messageParts = [first];
  let etaText: string | undefined;
  let rootCause: string | undefined;
  for (const field of fields) {
    const eta = valueAfter(field, ['eta']);
    const cause = valueAfter(field, ['root cause', 'cause']);
    if (eta !== undefined) etaText = eta;
    else if (cause !== undefined) rootCause = cause;
    else messageParts.push(field);
  }
  const message = messageParts.join('|').trim();
  if (message === '') {
    return invalid(`Say what is happening: /status ${status} <what we are doing>.`);
  }

  let eta: string | undefined;
  if (etaText !== undefined) {
    const parsed = parseEta(etaText, context.timezone, context.commentAt);
    if (!parsed.ok) return invalid(parsed.message);
    eta = parsed.at;
  }
  if (rootCause !== undefined && rootCause === '') {
    return invalid('Say what the root cause was: | root cause <what caused it>.');
  }
  const cappedMessage = capEntry(message, 'message');
  const cappedCause = rootCause === undefined ? undefined : capEntry(rootCause, 'root cause');
  return {
    kind: 'status',
    line,
    status,
    message: cappedMessage.text,
    eta,
    rootCause: cappedCause?.text,
    note: joinNotes(cappedMessage.note, cappedCause?.note),
  };
}

/** The value of `name: value` or `name value` at the start of a field, if it names one. */
function valueAfter(field: string, names: string[]): string | undefined {
  const trimmed = field.trimStart();
  const lower = trimmed.slice(0, 12).toLowerCase();
  for (const name of names) {
    if (!lower.startsWith(name)) continue;
    const after = trimmed.slice(name.length);
    if (after !== '' && after[0] !== ':' && after[0] !== ' ') continue;
    return after.replace(/^:/, '').trim();
  }
  return undefined;
}

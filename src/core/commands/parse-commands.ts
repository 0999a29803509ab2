import { type Config, findSeverity } from '../config/config.ts';
import { RecentMap } from '../recent-map.ts';
import type { Command, ParsedComment, Role } from './command-types.ts';
import { MAX_COMMENT_NESTING, readCommandLines } from './find-command-lines.ts';
import { parseActionArgs } from './parse-action-args.ts';
import { parseStatusArgs } from './parse-status-args.ts';
import { parseTimelineArgs } from './parse-timeline-args.ts';
import { capEntry } from './text-args.ts';

/** Comments longer than this are read only up to the last whole line before it. */
export const MAX_COMMENT_CHARS = 64 * 1024;

const MAX_NAME_CHARS = 30;
const MAX_ARGS_CHARS = 2000;
const ROLE_COMMANDS: Record<string, Role> = { ic: 'commander', lead: 'lead', scribe: 'scribe' };

/** Everything the parser needs besides the text: who wrote it, when, and the configuration. */
export interface CommandContext {
  /** Login of the comment's author, for `/ic me`. */
  author: string;
  /** When the comment was created (ISO 8601): the time of events without one. */
  commentAt: string;
  /** When the comment was last edited (ISO 8601): "the future" is measured from here. */
  writtenAt: string;
  config: Config;
}

/** A comment as the timeline shows it: enough to read its commands. */
export interface CommentEvent {
  body: string;
  actor: { login: string };
  at: string;
  updatedAt: string;
}

/**
 * Reads a comment's commands on its incident: events without a time are dated at its creation,
 * and "the future" is measured from its last edit. The one reader for every use of a comment
 * in a refresh (who may act, the timeline, the commands' effects), so each agrees with the
 * others; readings are remembered (see `remembered` below), so a long incident's comments are
 * not read again on every event.
 */
export function parseCommentCommands(event: CommentEvent, config: Config): ParsedComment {
  const edited = Date.parse(event.updatedAt) > Date.parse(event.at);
  const context: CommandContext = {
    author: event.actor.login,
    commentAt: event.at,
    writtenAt: edited ? event.updatedAt : event.at,
    config,
  };
  // Every field of the context but the configuration, which keys the map the reading is in.
  const key = [context.author, context.commentAt, context.writtenAt, event.body].join('\u0000');
  let readings = remembered.get(config);
  if (!readings) {
    readings = new RecentMap(MAX_REMEMBERED_READINGS);
    remembered.set(config, readings);
  }
  const known = readings.get(key);
  if (known) return known;
  const parsed = parseCommands(event.body, context);
  readings.set(key, parsed);
  return parsed;
}

/**
 * Readings of comments, by configuration (a configuration no longer used takes its readings
 * with it) and then by everything else the reading depends on (CommandContext: keep the key
 * in step with it). A cache, not state: the same inputs give the same commands. Callers must
 * not change what they are given.
 */
const remembered = new WeakMap<Config, RecentMap<string, ParsedComment>>();
const MAX_REMEMBERED_READINGS = 20_000;

/**
 * Reads every command of a comment, in order; each line is one command. A comment too long
 * or nested too deep is read up to where it stops being readable, and says where.
 */
export function parseCommands(body: string, context: CommandContext): ParsedComment {
  let text = body;
  let truncated = false;
  if (text.length > MAX_COMMENT_CHARS) {
    truncated = true;
    text = text.slice(0, MAX_COMMENT_CHARS);
    text = text.slice(0, Math.max(0, text.lastIndexOf('\n')));
  }
  const commands: Command[] = [];
  const found = readCommandLines(text);
  for (const { line, text: lineText } of found.lines) {
    const command = parseLine(lineText, line, context);
    if (command) commands.push(command);
  }
  if (!found.tooDeep) return { commands, truncated };
  const { line, depth } = found.tooDeep;
  const note = `This line nests quotes or lists ${depth} levels deep (more than ${MAX_COMMENT_NESTING}); commands from here on were not read.`;
  return { commands, truncated, stopped: { line, note } };
}

/** A line starting with "/"; undefined when it is not shaped like a command (e.g. "/usr/bin"). */
function parseLine(text: string, line: number, context: CommandContext): Command | undefined {
  let end = 1;
  while (end < text.length && end <= MAX_NAME_CHARS && isNameChar(text.charCodeAt(end))) end += 1;
  if (end === 1 || end > MAX_NAME_CHARS) return undefined;
  if (end < text.length && !/\s/.test(text[end] as string)) return undefined;
  const name = text.slice(1, end).toLowerCase();
  const args = text.slice(end).trim();
  const invalid = (message: string): Command => ({ kind: 'invalid', line, name, message });

  switch (name) {
    case 'timeline':
      return parseTimelineArgs(args, {
        line,
        commentAt: context.commentAt,
        writtenAt: context.writtenAt,
        timezone: context.config.timezone,
      });
    case 'status':
      return parseStatusArgs(args, {
        line,
        commentAt: context.commentAt,
        timezone: context.config.timezone,
      });
    case 'ack': {
      if (args === '') return { kind: 'ack', line, text: undefined, note: undefined };
      const capped = capEntry(args, 'note');
      return { kind: 'ack', line, text: capped.text, note: capped.note };
    }
    case 'ic':
    case 'lead':
    case 'scribe': {
      const role = ROLE_COMMANDS[name] as Role;
      const login = parseLogin(args, context.author);
      if (!login) return invalid(`Name one person: /${name} @user (or /${name} me).`);
      return { kind: 'role', line, role, login };
    }
    case 'severity': {
      const wanted = /^\d$/.test(args) ? `sev${args}` : args;
      const severity = wanted === '' ? undefined : findSeverity(context.config, wanted);
      if (!severity) {
        const known = context.config.severities.map((s) => s.id).join(', ');
        const shown =
          args === '' ? 'A severity' : `"${args.slice(0, 30)}" is not a severity here; it`;
        return invalid(`${shown} is one of: ${known}.`);
      }
      return { kind: 'severity', line, severity: severity.id };
    }
    case 'help':
      return { kind: 'help', line };
    case 'action':
      return parseActionArgs(args, { line, commentAt: context.commentAt });
    case 'postmortem':
      return { kind: name, line, args: args.slice(0, MAX_ARGS_CHARS) };
    default:
      return { kind: 'unknown', line, name };
  }
}

function isNameChar(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || // a-z
    (code >= 65 && code <= 90) || // A-Z
    (code >= 48 && code <= 57) || // 0-9
    code === 45 || // -
    code === 95 // _
  );
}

// GitHub logins: letters, digits and single hyphens, at most 39, not starting with a hyphen.
const LOGIN = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/;

function parseLogin(args: string, author: string): string | undefined {
  if (args === '' || /\s/.test(args)) return undefined;
  if (args.toLowerCase() === 'me') return author;
  const login = args.startsWith('@') ? args.slice(1) : args;
  return LOGIN.test(login) && !login.endsWith('-') ? login : undefined;
}

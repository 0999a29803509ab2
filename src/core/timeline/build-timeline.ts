import { alertEntries } from '../alerts/alert-entries.ts';
import type { Access } from '../commands/access.ts';
import { takesCommandsFrom } from '../commands/command-author.ts';
import { type Command, changesState, type ParsedComment } from '../commands/command-types.ts';
import { MAX_COMMENT_CHARS, parseCommentCommands } from '../commands/parse-commands.ts';
import type { Config } from '../config/config.ts';
import type { IssueEvent, IssueSnapshot } from '../incident/issue.ts';
import { formatInstant } from '../time/format-time.ts';
import { applyCommand } from './apply-command.ts';
import { captureIssueEvent } from './capture-issue-event.ts';
import { currentPhase, deriveMoments } from './derive-moments.ts';
import { addEntry, createDraft, type Draft } from './timeline-draft.ts';
import type { CommandNote, RejectedCommand, Timeline } from './timeline-types.ts';

/**
 * Rebuilds the incident's timeline and state from the issue and its events, and nothing else:
 * an edited command comment yields its new commands, a deleted one none. Comments by bots
 * (the scribe always, others unless configured) are never commands; commands from people without `access.canAct`
 * change nothing and come back in `rejected`.
 */
export function buildTimeline(
  issue: IssueSnapshot,
  events: readonly IssueEvent[],
  config: Config,
  selfLogin: string,
  access: Access,
): Timeline {
  const draft = createDraft(config, selfLogin, repoOf(issue.htmlUrl));
  const rejected: RejectedCommand[] = [];
  const notes: CommandNote[] = [];
  const helpAsked = new Set<number>();
  addEntry(draft, {
    at: issue.createdAt,
    text: `Issue opened: ${originalTitle(issue, events)}`,
    actor: issue.author.login,
    source: 'auto',
    kind: 'opened',
  });

  const ordered = inTimeOrder(events);
  // Each person's comment is read once; the start must be known before any entry is judged
  // against it, and a `[start time]` event may come in a later comment than the entries.
  const parsedComments = new Map<IssueEvent, ParsedComment>();
  for (const event of ordered) {
    if (event.kind === 'commented' && takesCommandsFrom(event.actor, config, selfLogin))
      parsedComments.set(event, parseCommentCommands(event, config));
  }
  const permitted = (command: Command, author: string, commentId: number) =>
    !changesState(command) || (access.canActIn?.(author, commentId) ?? access.canAct(author));
  const start = earliestStart(issue.createdAt, parsedComments, permitted);

  for (const event of ordered) {
    if (event.kind !== 'commented') {
      captureIssueEvent(draft, event);
      continue;
    }
    // The scribe's record of an alert group's repeats and resolution: events, not commands.
    if (event.actor.login === selfLogin) {
      for (const entry of alertEntries({ body: event.body, url: event.htmlUrl }, selfLogin))
        addEntry(draft, entry);
      continue;
    }
    const parsed = parsedComments.get(event);
    if (!parsed) continue;
    const author = event.actor.login;
    const comment = { id: event.id, author, at: event.at, url: event.htmlUrl };
    if (parsed.truncated) {
      notes.push({
        commentId: event.id,
        author,
        line: event.body.slice(0, MAX_COMMENT_CHARS).split('\n').length,
        note: `The comment is longer than ${MAX_COMMENT_CHARS / 1024} KB; commands from this line on were not read.`,
      });
    }
    if (parsed.stopped) notes.push({ commentId: event.id, author, ...parsed.stopped });
    for (const parsedCommand of parsed.commands) {
      const command = beforeStart(parsedCommand, start, config.timezone) ?? parsedCommand;
      const reject = (reason: RejectedCommand['reason']) =>
        rejected.push({ commentId: event.id, author, reason, command });
      if (command.kind === 'unknown' || command.kind === 'invalid') reject(command.kind);
      else if (!permitted(command, author, event.id)) reject('not-permitted');
      else if (command.kind === 'role' && access.hasAccess && !access.hasAccess(command.login))
        reject('no-access');
      else {
        if (command.kind === 'help') helpAsked.add(event.id);
        applyCommand(draft, command, comment);
        if ('note' in command && command.note) {
          notes.push({ commentId: event.id, author, line: command.line, note: command.note });
        }
      }
    }
  }

  const entries = inTimeOrder(draft.entries);
  const moments = deriveMoments(entries, issue);
  return {
    incident: { number: issue.number, title: issue.title, url: issue.htmlUrl },
    entries,
    moments,
    state: stateOf(draft, issue, entries, moments),
    statusUpdates: draft.statusUpdates,
    rejected,
    notes,
    helpAsked: [...helpAsked],
  };
}

/**
 * Where the incident starts for the purpose of judging entries: the issue's creation, or an
 * earlier `[start time]` event from someone allowed to add it.
 */
function earliestStart(
  createdAt: string,
  parsedComments: Map<IssueEvent, ParsedComment>,
  permitted: (command: Command, author: string, commentId: number) => boolean,
): string {
  let start = Date.parse(createdAt);
  for (const [event, parsed] of parsedComments) {
    if (event.kind !== 'commented') continue;
    for (const command of parsed.commands) {
      if (command.kind !== 'timeline-note' || command.tag !== 'start-time') continue;
      if (!permitted(command, event.actor.login, event.id)) continue;
      start = Math.min(start, Date.parse(command.at));
    }
  }
  return new Date(start).toISOString();
}

/**
 * An entry dated before the incident started is almost always a time read on the wrong day;
 * only a `[start time]` event may move the start earlier. Such an entry is refused, saying how
 * its time was read, instead of silently turning a metric into "0 minutes".
 */
function beforeStart(command: Command, start: string, zone: string): Command | undefined {
  if (command.kind !== 'timeline-note' || command.tag === 'start-time') return undefined;
  if (Date.parse(command.at) >= Date.parse(start)) return undefined;
  return {
    kind: 'invalid',
    line: command.line,
    name: 'timeline',
    message: `${formatInstant(command.at, zone)} is before the incident started (${formatInstant(start, zone)}). If it happened on another day, give the date; if the incident started then, tag the entry [start].`,
  };
}

function stateOf(
  draft: Draft,
  issue: IssueSnapshot,
  entries: Timeline['entries'],
  moments: Timeline['moments'],
): Timeline['state'] {
  const givenCause = [...draft.statusUpdates].reverse().find((u) => u.rootCause)?.rootCause;
  const causeEntry = entries.find((e) => e.keys.includes('cause-identified'));
  return {
    open: issue.state === 'open',
    severity: draft.severity,
    severitySetAt: draft.severitySetAt,
    phase: currentPhase(moments),
    status: draft.status,
    roles: { ...draft.roles },
    // Whoever set the acknowledged moment: a `/ack`, or a `[response initiated]` event.
    acknowledgedBy:
      entries.find((e) => e.keys.includes('acknowledged'))?.actor ?? draft.acknowledgedBy,
    lastStatusUpdateAt: draft.statusUpdates.at(-1)?.at,
    rootCause: givenCause ?? causeText(draft, causeEntry),
    falseAlarm: issue.state === 'closed' && issue.stateReason === 'not_planned',
  };
}

function causeText(draft: Draft, entry: Timeline['entries'][number] | undefined) {
  if (entry?.kind === 'note') return entry.text;
  return draft.statusUpdates.find(
    (u) => u.commentId === entry?.commentId && u.status === 'identified',
  )?.message;
}

// Stable: items at the same instant keep the order GitHub (or the comment) gave them. Most
// lists arrive in order already, and are then only checked, not sorted.
function inTimeOrder<T extends { at: string }>(items: readonly T[]): T[] {
  const times = items.map((item) => Date.parse(item.at));
  if (times.every((ms, i) => i === 0 || (times[i - 1] as number) <= ms)) return [...items];
  return items
    .map((item, index) => ({ item, index, ms: times[index] as number }))
    .sort((a, b) => a.ms - b.ms || a.index - b.index)
    .map(({ item }) => item);
}

function originalTitle(issue: IssueSnapshot, events: readonly IssueEvent[]): string {
  let first: { from: string; ms: number } | undefined;
  for (const event of events) {
    if (event.kind !== 'renamed') continue;
    const ms = Date.parse(event.at);
    if (!first || ms < first.ms) first = { from: event.from, ms };
  }
  return first ? first.from : issue.title;
}

function repoOf(htmlUrl: string): string {
  // https://github.com/owner/repo/issues/1 → owner/repo
  const parts = htmlUrl.split('/');
  return parts.length >= 5 ? `${parts[3]}/${parts[4]}` : '';
}

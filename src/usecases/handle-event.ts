import { findCommandLines } from '../core/commands/find-command-lines.ts';
import { issueFromPayload, type PayloadIssue } from '../github/from-payload.ts';
import type { GitHubPort } from '../github/port.ts';
import type { ConfigLoad } from './config/load-config.ts';
import { refreshIncident } from './incident/refresh-incident.ts';
import { reportConfigProblems } from './report-config-problems.ts';

/** A webhook (app) or workflow event (Action), whichever runtime received it. */
export interface IncomingEvent {
  name: string;
  payload: Record<string, unknown>;
}

export interface EventDeps {
  port: GitHubPort;
  /** Loads (or returns the cached) configuration of the event's repository. */
  loadConfig: () => Promise<ConfigLoad>;
  /** The runtime's clock (the sandbox's is virtual); the core never reads one itself. */
  now: () => Date;
  log: (message: string) => void;
}

/** The events both runtimes subscribe to. */
export const HANDLED_EVENTS = [
  'issues',
  'issue_comment',
  'pull_request',
  'schedule',
  'workflow_dispatch',
] as const;

const ISSUE_ACTIONS = [
  'opened',
  'edited',
  'labeled',
  'unlabeled',
  'assigned',
  'unassigned',
  'closed',
  'reopened',
];
const SEVERITY_LIKE = /^sev\d$/i;

/**
 * The one router both the Probot app and the Action call: it filters out what is not ours
 * (bots, the scribe itself, pull requests posing as issues, chatter), loads the configuration,
 * and hands the event to its use case. Returns a short word for logs and tests.
 */
export async function handleEvent(event: IncomingEvent, deps: EventDeps): Promise<string> {
  const { payload } = event;
  const action = String(payload.action ?? '');
  const sender = payload.sender as { login?: string; type?: string } | undefined;
  // 1. Ignore bots, the scribe included, so it can never answer itself in a loop.
  if (sender?.type === 'Bot') return 'ignored: sent by a bot';

  if (event.name !== 'issues' && event.name !== 'issue_comment') return `ignored: ${event.name}`;
  const raw = payload.issue as PayloadIssue | undefined;
  if (!raw || raw.pull_request) return 'ignored: not an issue';
  if (event.name === 'issues' && !ISSUE_ACTIONS.includes(action))
    return `ignored: issues.${action}`;
  const comment = payload.comment as { id: number; body?: string | null } | undefined;
  if (event.name === 'issue_comment' && !mentionsCommands(comment?.body, payload.changes)) {
    return 'ignored: no command';
  }

  // 2. Load the configuration; when it is invalid, say so where it matters and write nothing else.
  const loaded = await deps.loadConfig();
  const issue = issueFromPayload(raw);
  if (!loaded.ok) {
    const relevant =
      event.name === 'issue_comment' ||
      issue.labels.some((l) => SEVERITY_LIKE.test(l) || l === 'incident');
    if (relevant) await reportConfigProblems(deps.port, issue.number, loaded.problems);
    return 'refused: invalid configuration';
  }

  // 3. Bring the incident's record up to date.
  return refreshIncident(deps.port, loaded.config, {
    issue,
    now: deps.now(),
    addedLabel:
      action === 'labeled' ? (payload.label as { name?: string } | undefined)?.name : undefined,
    commentId: comment?.id,
    sender: sender?.login,
  });
}

/** Whether a comment holds, or held before an edit, a line that starts with "/". */
function mentionsCommands(body: string | null | undefined, changes: unknown): boolean {
  const before = (changes as { body?: { from?: string } } | undefined)?.body?.from;
  return [body, before].some(
    (text) => typeof text === 'string' && findCommandLines(text).length > 0,
  );
}

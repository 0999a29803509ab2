import { issueFromPayload, type PayloadIssue } from '../github/from-payload.ts';
import type { GitHubPort } from '../github/port.ts';
import type { ConfigLoad } from './config/load-config.ts';
import { declareIncident } from './declare-incident.ts';
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

const SEVERITY_LIKE = /^sev\d$/i;

/**
 * The one router both the Probot app and the Action call: it filters out what is not ours
 * (bots, the scribe itself, pull requests posing as issues), loads the configuration, and
 * hands the event to its use case. Returns a short word for logs and tests.
 */
export async function handleEvent(event: IncomingEvent, deps: EventDeps): Promise<string> {
  const { payload } = event;
  const sender = payload.sender as { type?: string } | undefined;
  // 1. Ignore bots, the scribe included, so it can never answer itself in a loop.
  if (sender?.type === 'Bot') return 'ignored: sent by a bot';

  if (event.name === 'issues') {
    const raw = payload.issue as PayloadIssue;
    if (raw.pull_request) return 'ignored: pull request';
    const action = payload.action as string;
    if (!['labeled', 'unlabeled', 'edited', 'opened', 'reopened'].includes(action))
      return `ignored: issues.${action}`;
    // 2. Load the configuration; when it is invalid, say so where it matters and write nothing else.
    const loaded = await deps.loadConfig();
    const issue = issueFromPayload(raw);
    if (!loaded.ok) {
      const relevant = issue.labels.some((l) => SEVERITY_LIKE.test(l) || l === 'incident');
      if (relevant) await reportConfigProblems(deps.port, issue.number, loaded.problems);
      return 'refused: invalid configuration';
    }
    // 3. Declare, re-rank or refresh the incident.
    const added =
      action === 'labeled' ? (payload.label as { name?: string } | undefined)?.name : undefined;
    return declareIncident(deps.port, loaded.config, {
      issue,
      addedLabel: added,
      eventAt: (raw.updated_at as string | undefined) ?? raw.created_at,
    });
  }
  return `ignored: ${event.name}`;
}

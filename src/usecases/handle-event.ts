import { DEFAULT_DUE_FIELD } from '../core/action-items/due-field.ts';
import { ACTION_ITEM_MARKER, readActionItemMarker } from '../core/action-items/item-marker.ts';
import { isAllowedBot } from '../core/commands/command-author.ts';
import { commandNamesIn } from '../core/commands/command-names.ts';
import { findCommandLines } from '../core/commands/find-command-lines.ts';
import { type Config, severityByLabel } from '../core/config/config.ts';
import type { IssueSnapshot } from '../core/incident/issue.ts';
import { readAnyMarker } from '../core/markdown/marker.ts';
import { issueFromPayload, type PayloadIssue } from '../github/from-payload.ts';
import type { GitHubPort } from '../github/port.ts';
import { fileCommandItems } from './action-items/file-command-items.ts';
import { showItemsInStatus } from './action-items/show-items-in-status.ts';
import { syncMergedPostmortem } from './action-items/sync-merged-postmortem.ts';
import { dispatchedAlert } from './alerts/dispatched-alert.ts';
import type { ConfigLoad } from './config/load-config.ts';
import { escalateIncident } from './escalation/escalate-incident.ts';
import { refreshIncident } from './incident/refresh-incident.ts';
import { checkPostmortemPull, postmortemFiles } from './postmortem/check-postmortem.ts';
import { openPostmortem } from './postmortem/open-postmortem.ts';
import { reportConfigProblems } from './report-config-problems.ts';
import {
  isJobName,
  JOB_NAMES,
  type JobName,
  type JobResult,
  SCHEDULED_JOBS,
} from './scheduled-jobs.ts';
import { WriteFailures } from './shared/write-failures.ts';

/** A webhook (app) or workflow event (Action), whichever runtime received it. */
export interface IncomingEvent {
  name: string;
  payload: Record<string, unknown>;
}

export interface EventDeps {
  port: GitHubPort;
  /** Loads (or returns the cached) configuration of the event's repository. */
  loadConfig: () => Promise<ConfigLoad>;
  /** The configuration already known without a read (the app's cache); undefined if none. */
  cachedConfig?: () => ConfigLoad | undefined;
  /** The runtime's clock (the sandbox's is virtual); the core never reads one itself. */
  now: () => Date;
  /** The post-mortem template shipped with the scribe. */
  builtInTemplate: () => Promise<string>;
  log: (message: string) => void;
}

/** The events both runtimes subscribe to. */
export const HANDLED_EVENTS = [
  'issues',
  'issue_comment',
  'pull_request',
  'push',
  'schedule',
  'workflow_dispatch',
  'repository_dispatch',
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
const PULL_ACTIONS = ['opened', 'synchronize', 'reopened'];
const SEVERITY_LIKE = /^sev\d$/i;

/**
 * The one router both the Probot app and the Action call: it filters out what is not ours
 * (bots, the scribe itself, chatter), loads the configuration, and hands the event to its use
 * cases. Returns a short phrase for logs and tests.
 */
export async function handleEvent(event: IncomingEvent, deps: EventDeps): Promise<string> {
  const { payload } = event;
  const action = String(payload.action ?? '');
  const sender = payload.sender as { login?: string; type?: string } | undefined;
  // 1. Never the scribe's own events, so it can never answer itself in a loop. Other bots: an
  //    issue they open or label is handled as a person's (an alerting bot declares incidents at
  //    3 a.m.); their comments hold commands only when the configuration lists them.
  // Alerts relayed as `repository_dispatch` (event_type `alert`): whoever sent it had write
  // access (GitHub checked), relays are often bots, and the scribe never sends one.
  if (event.name === 'repository_dispatch') return dispatchedAlert(payload, action, deps);
  const fromBot = sender?.type === 'Bot' || (sender?.login ?? '').endsWith('[bot]');
  if (fromBot) {
    if (event.name !== 'issues' && event.name !== 'issue_comment') return 'ignored: sent by a bot';
    if ((sender?.login ?? '') === (await deps.port.selfLogin()))
      return 'ignored: sent by the scribe itself';
  }
  if (event.name === 'pull_request') return handlePullRequest(payload, action, deps);
  if (event.name === 'schedule' || event.name === 'workflow_dispatch') {
    return (await runScheduled(jobOf(payload), deps)).outcome;
  }
  if (event.name === 'push') return handlePush(payload, deps);
  if (event.name !== 'issues' && event.name !== 'issue_comment') return `ignored: ${event.name}`;
  const raw = payload.issue as PayloadIssue | undefined;
  if (!raw || raw.pull_request) return 'ignored: not an issue';
  if (event.name === 'issues' && !ISSUE_ACTIONS.includes(action))
    return `ignored: issues.${action}`;
  // The scribe's own action-item issues are not incidents: only closing or reopening one
  // changes something (the list in its incident's status comment).
  if (isActionItem(raw)) return itemEvent(event.name, action, raw, deps);
  const comment = payload.comment as { id: number; body?: string | null } | undefined;
  if (event.name === 'issue_comment' && !mentionsCommands(comment?.body, payload.changes)) {
    return 'ignored: no command';
  }

  // 2. Drop what cannot concern an incident before any read (with a cached configuration, an
  // ordinary issue costs nothing); then load the configuration, and when it is invalid, say so
  // where it matters and write nothing else.
  const issue = issueFromPayload(raw);
  const changedLabel =
    action === 'labeled' || action === 'unlabeled'
      ? (payload.label as { name?: string } | undefined)?.name
      : undefined;
  const labels = changedLabel === undefined ? issue.labels : [...issue.labels, changedLabel];
  if (!mayConcernIncident(labels, deps.cachedConfig?.())) return 'ignored: not an incident';
  const loaded = await deps.loadConfig();
  if (!loaded.ok) {
    if (brokenConfigConcerns(labels))
      await reportConfigProblems(deps.port, issue.number, loaded.problems);
    return 'refused: invalid configuration';
  }
  const config = loaded.config;
  if (fromBot && event.name === 'issue_comment') {
    if (!isAllowedBot(sender?.login ?? '', config))
      return 'ignored: a bot not listed in bots.allowed_commands_from';
    // A listed bot that echoes the scribe's comments (hidden marker and all) is not answered.
    if (readAnyMarker(comment?.body)) return "ignored: a bot's copy of the scribe's comment";
  }

  // 3. Bring the incident's record up to date. The writes that follow do not depend on one
  //    another: one that fails is logged, the others still run, and the event fails at the end.
  const failures = new WriteFailures(deps.log);
  const { outcome, record } = await refreshIncident(deps.port, config, {
    issue,
    now: deps.now(),
    addedLabel:
      action === 'labeled' ? (payload.label as { name?: string } | undefined)?.name : undefined,
    commentId: comment?.id,
    sender: sender?.login,
    failures,
  });
  if (!record) return failures.settle(outcome);
  // The incident at hand is escalated on every event, so an escalation is never later than
  // the next event; a missed status update is the scheduled sweep's to flag.
  const escalated = await failures.attempt('escalation', () =>
    escalateIncident(deps.port, config, { issue, record, now: deps.now(), flagUpdates: false }),
  );
  if (escalated) {
    await failures.attempt('status after escalation', () =>
      refreshIncident(deps.port, config, { issue, now: deps.now() }),
    );
  }

  const repository = payload.repository as { default_branch?: string } | undefined;
  const defaultBranch = repository?.default_branch ?? 'main';

  // 4. `/action` lines (written, edited or deleted) become action-item issues at once.
  let result: string = outcome;
  if (event.name === 'issue_comment' && touchesActions(comment?.body, payload.changes)) {
    const filed = await failures.attempt('action items', () =>
      fileCommandItems(deps.port, config, { issue, record, defaultBranch, now: deps.now() }),
    );
    result = `${result}; ${filed ?? 'action items not filed'}`;
    const today = deps.now().toISOString().slice(0, 10);
    const shown = await failures.attempt('action items in the status comment', () =>
      showItemsInStatus(deps.port, issue.number, today, config.actionItems.dueField),
    );
    result = `${result}; ${shown ?? 'status comment not updated'}`;
  }

  // 5. A closed incident whose severity requires it, or /postmortem, gets its post-mortem.
  const draft = async (askedIn?: { comment: number; by: string }) =>
    (await failures.attempt('post-mortem', () =>
      openPostmortem(deps.port, config, {
        issue,
        defaultBranch,
        builtInTemplate: deps.builtInTemplate,
        askedIn,
        record,
        failures,
      }),
    )) ?? 'post-mortem not drafted';
  if (event.name === 'issues' && action === 'closed' && requiresPostmortem(config, issue)) {
    return failures.settle(`${result}; ${await draft()}`);
  }
  if (
    event.name === 'issue_comment' &&
    action !== 'deleted' &&
    commandNamesIn(comment?.body).has('postmortem')
  ) {
    // The refresh has just asked GitHub for the sender's permission: /postmortem changes state.
    const mayDraft = record.people[(sender?.login ?? '').toLowerCase()] === 'act';
    const asker = { comment: comment?.id ?? 0, by: sender?.login ?? '' };
    return failures.settle(`${result}; ${mayDraft ? await draft(asker) : '/postmortem refused'}`);
  }
  return failures.settle(result);
}

/** Pull requests: the post-mortem check on every push that touches the post-mortem folder. */
async function handlePullRequest(
  payload: Record<string, unknown>,
  action: string,
  deps: EventDeps,
) {
  const pull = payload.pull_request as {
    number: number;
    merged?: boolean;
    head: { sha: string; ref: string };
    base: { ref: string };
  };
  const repository = payload.repository as { default_branch?: string } | undefined;
  const defaultBranch = repository?.default_branch ?? 'main';
  const merged = action === 'closed' && pull.merged === true && pull.base.ref === defaultBranch;
  if (!PULL_ACTIONS.includes(action) && !merged) return `ignored: pull_request.${action}`;
  const loaded = await deps.loadConfig();
  if (!loaded.ok) return 'refused: invalid configuration';
  // A merged post-mortem files its action items (and lists them on the pull request).
  if (merged) {
    const paths = await deps.port.listPullFiles(pull.number);
    return syncMergedPostmortem(deps.port, loaded.config, {
      pull: pull.number,
      paths,
      defaultBranch,
      today: deps.now().toISOString().slice(0, 10),
      now: deps.now(),
    });
  }
  return checkPostmortemPull(deps.port, loaded.config, {
    number: pull.number,
    headSha: pull.head.sha,
    headRef: pull.head.ref,
  });
}

/**
 * Whether an issue with these labels (the one just added or removed included) can be an
 * incident. No label at all: never, whatever the configuration. Otherwise the cached
 * configuration decides; without one, only the repository's file can say.
 */
function mayConcernIncident(labels: string[], known: ConfigLoad | undefined): boolean {
  if (labels.length === 0) return false;
  if (!known) return true;
  if (!known.ok) return brokenConfigConcerns(labels);
  const config = known.config;
  return labels.some(
    (l) =>
      severityByLabel(config, l) !== undefined ||
      l.toLowerCase() === config.labels.incident.toLowerCase(),
  );
}

/**
 * A broken file cannot say which labels it meant: look for the default ones, so that ordinary
 * issues (and a "/cc" on them) never get the error comment.
 */
function brokenConfigConcerns(labels: string[]): boolean {
  return labels.some((l) => SEVERITY_LIKE.test(l) || l === 'incident');
}

/**
 * A push to the default branch that touches the post-mortem folder files its items, unless a
 * merged pull request brought it: that one's `pull_request.closed` does it and lists them there.
 */
async function handlePush(payload: Record<string, unknown>, deps: EventDeps): Promise<string> {
  const repository = payload.repository as { default_branch?: string } | undefined;
  const defaultBranch = repository?.default_branch ?? 'main';
  if (payload.ref !== `refs/heads/${defaultBranch}`) return 'ignored: push to another branch';
  const commits = (payload.commits ?? []) as { added?: string[]; modified?: string[] }[];
  const paths = [...new Set(commits.flatMap((c) => [...(c.added ?? []), ...(c.modified ?? [])]))];
  if (paths.length === 0) return 'ignored: push changes no file';
  const loaded = await deps.loadConfig();
  if (!loaded.ok) return 'refused: invalid configuration';
  if (postmortemFiles(loaded.config, paths).length === 0) return 'ignored: no post-mortem';
  const pulls = await deps.port.pullsOfCommit(String(payload.after ?? ''));
  if (pulls.some((p) => p.merged)) return 'ignored: merged by a pull request';
  return syncMergedPostmortem(deps.port, loaded.config, {
    paths,
    defaultBranch,
    today: deps.now().toISOString().slice(0, 10),
    now: deps.now(),
  });
}

function requiresPostmortem(config: Config, issue: IssueSnapshot): boolean {
  // Closed as not planned means a false alarm: no post-mortem unless someone asks.
  if (issue.stateReason === 'not_planned') return false;
  return config.severities.some(
    (s) =>
      config.postmortem.requiredFor.includes(s.id) &&
      issue.labels.some((l) => l.toLowerCase() === s.label.toLowerCase()),
  );
}

async function itemEvent(
  name: string,
  action: string,
  raw: PayloadIssue,
  deps: EventDeps,
): Promise<string> {
  if (name !== 'issues' || (action !== 'closed' && action !== 'reopened'))
    return 'ignored: an action item';
  const marker = readActionItemMarker(readAnyMarker(raw.body)?.data);
  if (!marker) return 'ignored: an action item';
  const today = deps.now().toISOString().slice(0, 10);
  // No configuration read for a closed item: the cached one's due field, else the default.
  const cached = deps.cachedConfig?.();
  const dueField = cached?.ok ? cached.config.actionItems.dueField : DEFAULT_DUE_FIELD;
  return showItemsInStatus(deps.port, marker.parent, today, dueField);
}

/** An issue the scribe opened as an action item (its marker, on a bot's issue, no severity). */
function isActionItem(raw: PayloadIssue): boolean {
  if (raw.user?.type !== 'Bot' || readAnyMarker(raw.body)?.kind !== ACTION_ITEM_MARKER)
    return false;
  return !issueFromPayload(raw).labels.some((l) => SEVERITY_LIKE.test(l));
}

/** Whether a comment holds, or held before an edit, an `/action` line. */
function touchesActions(body: string | null | undefined, changes: unknown): boolean {
  const before = (changes as { body?: { from?: string } } | undefined)?.body?.from;
  return [body, before].some(
    (text) => typeof text === 'string' && commandNamesIn(text).has('action'),
  );
}

/** Whether a comment holds, or held before an edit, a line that starts with "/". */
function mentionsCommands(body: string | null | undefined, changes: unknown): boolean {
  const before = (changes as { body?: { from?: string } } | undefined)?.body?.from;
  return [body, before].some(
    (text) => typeof text === 'string' && findCommandLines(text).length > 0,
  );
}

/** The job a scheduled event asks for: `job` (the sandbox's scheduler) or a dispatch input. */
export function jobOf(payload: Record<string, unknown>): string | undefined {
  const inputs = payload.inputs as { job?: unknown } | undefined;
  const job = payload.job ?? inputs?.job;
  return typeof job === 'string' ? job : undefined;
}

/** Runs a scheduled job with the repository's configuration; an unknown job changes nothing. */
export async function runScheduled(
  job: string | undefined,
  deps: Pick<EventDeps, 'port' | 'loadConfig' | 'now'>,
): Promise<JobResult & { job?: JobName }> {
  if (!isJobName(job)) {
    const named = job === undefined ? 'no job given' : `unknown job "${job}"`;
    return { outcome: `refused: ${named} (expected ${JOB_NAMES.join(' or ')})`, outputs: {} };
  }
  const loaded = await deps.loadConfig();
  if (!loaded.ok) return { outcome: 'refused: invalid configuration', outputs: {} };
  return { ...(await SCHEDULED_JOBS[job](deps.port, loaded.config, deps.now())), job };
}

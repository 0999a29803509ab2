import { extractItemSection } from '../../core/action-items/render-item-section.ts';
import { commandNamesIn } from '../../core/commands/command-names.ts';
import type { Config } from '../../core/config/config.ts';
import { CONFIG_ERROR_MARKER } from '../../core/config/render-config-error.ts';
import { decideSeverity } from '../../core/incident/decide-severity.ts';
import { incidentId } from '../../core/incident/incident-id.ts';
import type { IssueEvent, IssueSnapshot } from '../../core/incident/issue.ts';
import {
  currentEta,
  lastChangeAt,
  renderStatusComment,
  STATUS_MARKER,
  type StatusMarker,
} from '../../core/status/render-status-comment.ts';
import { readStatusMarker } from '../../core/status/status-marker.ts';
import { buildTimeline } from '../../core/timeline/build-timeline.ts';
import { issueAsOfEvents } from '../../core/timeline/issue-as-of-events.ts';
import { computeDeadlines, computeMetrics } from '../../core/timeline/metrics.ts';
import { renderTimelineComment } from '../../core/timeline/render-timeline-comment.ts';
import type { Timeline } from '../../core/timeline/timeline-types.ts';
import type { GitHubPort } from '../../github/port.ts';
import { escalatedIn } from '../escalation/escalated-in.ts';
import { ensureOwnComment, findOwnComments, ownCommentsIn } from '../shared/own-comment.ts';
import { independently, type WriteFailures } from '../shared/write-failures.ts';
import { applyCommands } from './apply-commands.ts';
import { resolveAccess } from './resolve-access.ts';
import { syncReplies } from './sync-replies.ts';

export interface RefreshRequest {
  /** The issue as the webhook showed it. */
  issue: IssueSnapshot;
  now: Date;
  /** The label a `labeled` event added. */
  addedLabel?: string | undefined;
  /** The comment a comment event is about (created, edited or deleted). */
  commentId?: number | undefined;
  /** Who caused the event. */
  sender?: string | undefined;
  /** Where independent writes record a failure and carry on (see write-failures.ts). */
  failures?: WriteFailures | undefined;
}

export type RefreshOutcome = 'not-an-incident' | 'unchanged' | 'updated';

/** What the refresh read and decided, for a use case that follows in the same event. */
export interface IncidentRecord {
  /** The issue's history as read at the start of this refresh. */
  events: IssueEvent[];
  self: string;
  /** Permission decisions, by lower-case login, as the status marker now remembers them. */
  people: NonNullable<StatusMarker['people']>;
  /** The timeline as rebuilt by this refresh. */
  timeline: Timeline;
}

export interface RefreshResult {
  outcome: RefreshOutcome;
  record?: IncidentRecord;
}

export const TIMELINE_MARKER = 'timeline';

/**
 * Brings an incident's record up to date with its issue: exactly one severity label and the
 * incident label, the effects of the commands in the comment at hand, the status comment, the
 * timeline comment (once someone asked for it), and the answers to people's commands. All of
 * it is rebuilt from the issue's timeline, read once (ceil(n/100) requests), and written only
 * where it differs, so any event can be handled twice.
 */
export async function refreshIncident(
  port: GitHubPort,
  config: Config,
  request: RefreshRequest,
): Promise<RefreshResult> {
  let issue = request.issue;
  // 1. Not an incident and no severity label: nothing to read, nothing to write.
  if (
    !decideSeverity(config, { labels: issue.labels }) &&
    !issue.labels.includes(config.labels.incident)
  ) {
    return { outcome: 'not-an-incident' };
  }

  // 2. Read the issue's history once; the scribe's own comments are in it.
  const self = await port.selfLogin();
  const events = await port.listIssueTimeline(issue.number, { changed: request.commentId });
  const comments = ownCommentsIn(events, self);
  const before = findOwnComments(comments, self, STATUS_MARKER, readStatusMarker)[0]?.data;
  const writesBefore = port.writes();

  // 3. Exactly one severity label, and the incident label.
  const decision = await settleLabels(port, config, issue, before);
  if (!decision) return { outcome: 'not-an-incident' };
  issue = decision.issue;
  const typed = await settleIssueType(port, config, issue.number, before, request.failures);

  // 4. Who may act, then the timeline, then what the comment at hand changes on the issue.
  // The record reflects the issue as it ends up: the scribe's own changes in this event join
  // the history read at the start, so an edited `/severity` shows its new severity at once.
  const trigger = events.find((e) => e.kind === 'commented' && e.id === request.commentId);
  const { access, people, judgedAt } = await resolveAccess(port, config, events, before);
  let timeline = buildTimeline(issue, events, config, self, access);
  if (trigger?.kind === 'commented' && trigger.actor.login !== self) {
    const applied = await applyCommands(
      port,
      config,
      issueAsOfEvents(issue, events),
      timeline,
      trigger,
      { self, at: request.now.toISOString() },
    );
    issue = applied.issue;
    if (applied.made.length > 0) {
      timeline = buildTimeline(issue, [...events, ...applied.made], config, self, access);
    }
  }

  // 5. The status comment. A label event decides the severity; otherwise the timeline does.
  const id = incidentId(config.incidentIdFormat, issue);
  const severity =
    request.addedLabel !== undefined || !before ? decision.severity : timeline.state.severity;
  const changed = before !== undefined && before.severity !== (severity?.id ?? null);
  const current = { ...timeline, state: { ...timeline.state, severity } };
  const status = renderStatusComment(
    {
      id,
      issue,
      severity,
      state: current.state,
      deadlines: computeDeadlines(current, config, request.now),
      metrics: computeMetrics(current, config),
      eta: currentEta(current),
      lastUpdatedAt: lastChangeAt(current),
      now: request.now,
      note: decision.note ?? (changed ? undefined : before?.note),
      memory: {
        ...memoryOf(people, timeline, judgedAt),
        ...escalatedIn(comments, self),
        ...(typed ? { typed } : {}),
      },
      // Written by the action-item sync; carried over as it is.
      itemsSection: extractItemSection(
        findOwnComments(comments, self, STATUS_MARKER)[0]?.comment.body,
      ),
    },
    config,
  );
  const { failures } = request;
  await independently(failures, 'status comment', () =>
    ensureOwnComment(port, issue.number, STATUS_MARKER, status, { comments, self }),
  );
  // The configuration works again: the comment that said it did not is now wrong.
  for (const stale of findOwnComments(comments, self, CONFIG_ERROR_MARKER)) {
    await independently(failures, 'configuration-error comment', () =>
      port.deleteIssueComment(stale.comment.id),
    );
  }

  // 6. The timeline comment, from the first /timeline on.
  const asked = trigger?.kind === 'commented' && commandNamesIn(trigger.body).has('timeline');
  if (asked || findOwnComments(comments, self, TIMELINE_MARKER).length > 0) {
    const body = renderTimelineComment(timeline, { incidentId: id, config, now: request.now });
    await independently(failures, 'timeline comment', () =>
      ensureOwnComment(port, issue.number, TIMELINE_MARKER, body, { comments, self }),
    );
  }

  // 7. Answers: status updates, refusals, help.
  await independently(failures, 'replies', () =>
    syncReplies(port, config, timeline, {
      issue: issue.number,
      incidentId: id,
      comments,
      self,
      trigger: request.commentId,
    }),
  );
  const outcome = port.writes() > writesBefore ? 'updated' : 'unchanged';
  return { outcome, record: { events, self, people, timeline } };
}

/**
 * What the status marker remembers: permissions asked, and the comments refused for want of one
 * (the rebuilt timeline refuses them again, so its rejections are the list; deleted ones drop).
 */
function memoryOf(
  people: StatusMarker['people'],
  timeline: Timeline,
  judgedAt: string | undefined,
): Partial<StatusMarker> {
  const refused = [
    ...new Set(
      timeline.rejected.filter((r) => r.reason === 'not-permitted').map((r) => r.commentId),
    ),
  ].sort((a, b) => a - b);
  return {
    ...(people && Object.keys(people).length > 0 ? { people } : {}),
    ...(refused.length > 0 ? { refused } : {}),
    ...(judgedAt ? { judgedAt } : {}),
  };
}

/**
 * The organisation's incident issue type, set once: the status marker remembers the type it
 * set (`typed`), so a later event writes nothing, and a write that failed is tried again by the
 * next event. GitHub ignores a type the organisation does not have; that costs this one write.
 */
async function settleIssueType(
  port: GitHubPort,
  config: Config,
  issue: number,
  before: StatusMarker | undefined,
  failures: WriteFailures | undefined,
): Promise<string | undefined> {
  const wanted = config.issueTypes.incident;
  const done = typeof before?.typed === 'string' ? before.typed : undefined;
  if (!wanted || done === wanted) return done;
  const set = await independently(failures, 'issue type', async () => {
    await port.updateIssue(issue, { type: wanted });
    return wanted;
  });
  return set ?? done;
}

async function settleLabels(
  port: GitHubPort,
  config: Config,
  issue: IssueSnapshot,
  before: StatusMarker | undefined,
) {
  // The marker says what was decided last: a severity id, null (an incident without one), or
  // nothing at all (never declared).
  const previous = before ? before.severity : undefined;
  let labels = issue.labels;
  let decision = decideSeverity(config, { labels, previous });
  // A redelivered payload shows the labels as they were; check what is there now before writing.
  if (
    before &&
    decision &&
    (decision.remove.length > 0 || !labels.includes(config.labels.incident))
  ) {
    labels = await port.listIssueLabels(issue.number);
    decision = decideSeverity(config, { labels, previous });
  }
  if (!decision) return undefined;
  for (const label of decision.remove) await port.removeLabel(issue.number, label);
  if (!labels.includes(config.labels.incident))
    await port.addLabels(issue.number, [config.labels.incident]);
  const kept = labels.filter((l) => !decision.remove.includes(l));
  return {
    ...decision,
    issue: {
      ...issue,
      labels: kept.includes(config.labels.incident) ? kept : [...kept, config.labels.incident],
    },
  };
}

import { createHash } from 'node:crypto';
import {
  ALERT_ACTIVITY_MARKER,
  ALERT_MARKER,
  readAlertActivity,
  readAlertIssueMarker,
} from '../../core/alerts/alert-marker.ts';
import type { AlertGroup } from '../../core/alerts/alert-types.ts';
import { alertIssueLabels } from '../../core/alerts/map-alert.ts';
import { planActivity } from '../../core/alerts/plan-activity.ts';
import { renderAlertActivity } from '../../core/alerts/render-alert-activity.ts';
import { renderAlertIssue, renderAlertTitle } from '../../core/alerts/render-alert-issue.ts';
import type { Config } from '../../core/config/config.ts';
import type { IssueSnapshot } from '../../core/incident/issue.ts';
import { readMarker } from '../../core/markdown/marker.ts';
import type { GitHubPort } from '../../github/port.ts';
import { refreshIncident, TIMELINE_MARKER } from '../incident/refresh-incident.ts';
import { openIssueOnce } from '../shared/open-issue-once.ts';
import { ensureOwnComment, findOwnComments, ownCommentsIn } from '../shared/own-comment.ts';
import type { WriteFailures } from '../shared/write-failures.ts';

/** New incidents one payload may open; more groups than this are refused, not half-opened. */
export const MAX_NEW_INCIDENTS = 20;

export interface AlertRequest {
  groups: AlertGroup[];
  now: Date;
  /** The default branch's head, which claim refs point at (read only to open an incident). */
  baseSha: () => Promise<string | undefined>;
  failures: WriteFailures;
}

/** What became of one group, for logs, the HTTP answer and tests. */
export interface GroupOutcome {
  group: string;
  outcome:
    | 'opened'
    | 'fired again'
    | 'resolved'
    | 'unchanged'
    | 'no open incident'
    | 'claimed by another delivery'
    | 'refused: too many new incidents in one payload';
  issue?: number;
}

/** The identity of a group in markers and claim refs: SHA-256 of its key, in hex. */
export function groupHash(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/**
 * Turns alert groups into incidents. Each group's open incident is found by listing the open
 * incidents once (ceil(n/100) requests, no search: it lags and caps) and reading the marker
 * the scribe wrote in their bodies. A group with none opens one, declared at once; the claim
 * ref closes the race between two deliveries of the same alert. Repeats and resolution go to
 * one comment per incident, edited in place.
 */
export async function ingestAlerts(
  port: GitHubPort,
  config: Config,
  request: AlertRequest,
): Promise<GroupOutcome[]> {
  const { now, failures } = request;
  // 1. Who the scribe is, and its open incidents by group (read once for every group).
  const self = await port.selfLogin();
  const openByGroup = async () => byGroup(await listed(port, config, 'open'), self);
  let open = await openByGroup();
  let closed: Map<string, IssueSnapshot> | undefined;
  port.allowWrites(request.groups.length * 6);

  const outcomes: GroupOutcome[] = [];
  let opened = 0;
  let base: string | undefined;
  for (const group of request.groups) {
    const hash = groupHash(group.key);
    const done = await failures.attempt(`alert group ${hash.slice(0, 12)}`, async () => {
      // 2. An open incident for the group: one more notification on it.
      const existing = open.get(hash);
      if (existing) return notify(port, config, existing, hash, group, now, self, failures);
      if (group.status === 'resolved') return { group: hash, outcome: 'no open incident' } as const;
      if (opened >= MAX_NEW_INCIDENTS) {
        return { group: hash, outcome: 'refused: too many new incidents in one payload' } as const;
      }
      // 3. None: a recurrence when one closed within the window; then claim, open, declare.
      closed ??= byGroup(
        await listed(
          port,
          config,
          'closed',
          plusMinutes(now, -config.alerts.recurrenceWindowMinutes),
        ),
        self,
      );
      const previous = closed.get(hash);
      base ??= await request.baseSha();
      const claim = claimRef(hash, previous?.number, now, config.alerts.recurrenceWindowMinutes);
      if (!base || !(await port.claimRef(claim, base))) {
        // Another delivery holds the claim: its issue is the group's (read once more).
        open = await openByGroup();
        const winner = open.get(hash);
        if (winner) return notify(port, config, winner, hash, group, now, self, failures);
        return { group: hash, outcome: 'claimed by another delivery' } as const;
      }
      opened++;
      const created = await openIssueOnce(
        port,
        {
          title: renderAlertTitle(group),
          body: renderAlertIssue(group, {
            config,
            groupHash: hash,
            recurrenceOf: previous?.number,
            now,
          }),
          labels: alertIssueLabels(group, config),
          assignees: [],
        },
        async () => {
          open = await openByGroup();
          return open.get(hash);
        },
        // Given back, so the alert's next notification can open the incident.
        () => port.releaseClaim(claim),
      );
      // Declared in this same request: the scribe's own `issues.opened` never wakes it.
      const issue = await port.getIssue(created.number);
      open.set(hash, issue);
      await refreshIncident(port, config, { issue, now, failures });
      return { group: hash, outcome: 'opened', issue: created.number } as const;
    });
    outcomes.push(done ?? { group: hash, outcome: 'unchanged' });
  }
  return outcomes;
}

/** A repeat or a resolution of the group, on its incident's one activity comment. */
async function notify(
  port: GitHubPort,
  config: Config,
  issue: IssueSnapshot,
  hash: string,
  group: AlertGroup,
  now: Date,
  self: string,
  failures: WriteFailures,
): Promise<GroupOutcome> {
  const comments = ownCommentsIn(await port.listIssueTimeline(issue.number), self);
  const before = findOwnComments(comments, self, ALERT_ACTIVITY_MARKER, readAlertActivity).find(
    (c) => c.data.group === hash,
  )?.data;
  const after = planActivity(before, {
    group: hash,
    status: group.status,
    now,
    openedAt: issue.createdAt,
  });
  if (!after) return { group: hash, outcome: 'unchanged', issue: issue.number };
  await ensureOwnComment(
    port,
    issue.number,
    ALERT_ACTIVITY_MARKER,
    renderAlertActivity(after, config),
    { comments, self },
  );
  // The comment is a timeline event; the timeline comment (once someone asked for one) shows
  // it, and the comment's own edit never wakes the scribe: refresh now. The status comment
  // does not change for it, so without a timeline comment there is nothing to refresh.
  if (findOwnComments(comments, self, TIMELINE_MARKER).length > 0) {
    await refreshIncident(port, config, { issue, now, failures });
  }
  return {
    group: hash,
    outcome: group.status === 'resolved' ? 'resolved' : 'fired again',
    issue: issue.number,
  };
}

function listed(
  port: GitHubPort,
  config: Config,
  state: 'open' | 'closed',
  since?: string,
): Promise<IssueSnapshot[]> {
  return port.listIssuesByLabel(config.labels.incident, { state, ...(since ? { since } : {}) });
}

/**
 * The scribe's alert incidents by group hash, newest first wins (the listing is newest
 * first). A marker counts only in a body the scribe wrote.
 */
function byGroup(issues: IssueSnapshot[], self: string): Map<string, IssueSnapshot> {
  const found = new Map<string, IssueSnapshot>();
  for (const issue of issues) {
    if (issue.author.login !== self) continue;
    const marker = readAlertIssueMarker(readMarker(issue.body, ALERT_MARKER));
    if (marker && !found.has(marker.group)) found.set(marker.group, issue);
  }
  return found;
}

/**
 * The ref that claims opening the group's next incident. After a recent incident it names
 * that incident, so each recurrence is claimed once; otherwise it names the recurrence
 * window the time falls in: an incident closed longer ago than the window was opened in an
 * earlier one, so its old claim never blocks a new incident (docs/alerts.md).
 */
export function claimRef(
  hash: string,
  previous: number | undefined,
  now: Date,
  windowMinutes: number,
): string {
  const generation =
    previous === undefined
      ? `w${Math.floor(now.getTime() / (Math.max(1, windowMinutes) * 60_000))}`
      : `after-${previous}`;
  return `refs/incident-scribe/alerts/${hash.slice(0, 40)}/${generation}`;
}

function plusMinutes(now: Date, minutes: number): string {
  return new Date(now.getTime() + minutes * 60_000).toISOString();
}

import type { Config } from '../../core/config/config.ts';
import { planEscalation } from '../../core/escalation/plan-escalation.ts';
import {
  escalationMarker,
  renderEscalation,
  renderUpdateOverdue,
  updateOverdueMarker,
} from '../../core/escalation/render-escalation.ts';
import { incidentId } from '../../core/incident/incident-id.ts';
import type { IssueSnapshot } from '../../core/incident/issue.ts';
import { computeDeadlines } from '../../core/timeline/metrics.ts';
import type { GitHubPort } from '../../github/port.ts';
import type { IncidentRecord } from '../incident/refresh-incident.ts';
import { ensureOwnComment, findOwnComments, ownCommentsIn } from '../shared/own-comment.ts';

const USER = /^@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))$/;

/**
 * Escalates one incident as its record stands: a comment per level that is due and not yet
 * escalated to, and one comment per missed status update. Each comment has its own marker, so
 * the issue converges on one per level even when two sweeps race (ensureOwnComment keeps the
 * oldest). Returns how many comments it posted.
 */
export async function escalateIncident(
  port: GitHubPort,
  config: Config,
  request: {
    issue: IssueSnapshot;
    record: IncidentRecord;
    now: Date;
    /** Whether to flag a missed status update too (the scheduled sweep does; events do not). */
    flagUpdates: boolean;
  },
): Promise<number> {
  const { issue, record, now } = request;
  const { timeline, self } = record;
  const comments = ownCommentsIn(record.events, self);
  const levels = new Set(
    config.escalation
      .map((l) => l.level)
      .filter((level) => findOwnComments(comments, self, escalationMarker(level)).length > 0),
  );
  const deadlines = computeDeadlines(timeline, config, now);
  const due = deadlines.nextUpdateDue;
  const updatesFlagged = new Set(
    due && findOwnComments(comments, self, updateOverdueMarker(due)).length > 0 ? [due] : [],
  );
  const plan = planEscalation(timeline, deadlines, config, now, { levels, updatesFlagged });
  let posted = 0;
  const id = incidentId(config.incidentIdFormat, issue);
  for (const step of plan.escalate) {
    // A path naming someone without access is said out loud, not skipped.
    const user = USER.exec(step.level.who)?.[1];
    const noAccess = user !== undefined && (await port.permissionOf(user)) === 'none';
    const body = renderEscalation(
      step,
      {
        incidentId: id,
        severity: timeline.state.severity,
        detected: timeline.moments.detected,
        next: plan.next,
        noAccess,
      },
      config,
    );
    await ensureOwnComment(port, issue.number, escalationMarker(step.level.level), body, {
      comments,
      self,
    });
    posted++;
  }
  if (plan.updateOverdue && request.flagUpdates) {
    const body = renderUpdateOverdue(
      plan.updateOverdue,
      { commander: timeline.state.roles.commander, severity: timeline.state.severity },
      config,
    );
    await ensureOwnComment(port, issue.number, updateOverdueMarker(plan.updateOverdue), body, {
      comments,
      self,
    });
    posted++;
  }
  return posted;
}

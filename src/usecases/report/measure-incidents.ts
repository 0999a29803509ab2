import type { Config } from '../../core/config/config.ts';
import { incidentId } from '../../core/incident/incident-id.ts';
import type { ReportIncident } from '../../core/report/report-types.ts';
import { STATUS_MARKER } from '../../core/status/render-status-comment.ts';
import { readStatusMarker } from '../../core/status/status-marker.ts';
import { buildTimeline } from '../../core/timeline/build-timeline.ts';
import { computeMetrics } from '../../core/timeline/metrics.ts';
import type { GitHubPort } from '../../github/port.ts';
import { resolveAccess } from '../incident/resolve-access.ts';
import { findOwnComments, ownCommentsIn } from '../shared/own-comment.ts';

/**
 * The incidents of the last seven days (opened or closed in them, or still open and touched),
 * each measured from its rebuilt timeline: one list, then one timeline read per incident.
 */
export async function measureIncidents(
  port: GitHubPort,
  config: Config,
  self: string,
  window: { since: string; now: string },
): Promise<ReportIncident[]> {
  const touched = await port.listIssuesByLabel(config.labels.incident, {
    state: 'all',
    since: window.since,
  });
  const inWindow = (iso: string | null) => iso !== null && iso > window.since && iso <= window.now;
  const incidents: ReportIncident[] = [];
  for (const issue of touched) {
    if (!inWindow(issue.createdAt) && !inWindow(issue.closedAt)) continue;
    const events = await port.listIssueTimeline(issue.number);
    const known = findOwnComments(
      ownCommentsIn(events, self),
      self,
      STATUS_MARKER,
      readStatusMarker,
    )[0]?.data;
    // The status marker remembers everyone's permission: normally no read here.
    const { access } = await resolveAccess(port, config, events, known);
    const timeline = buildTimeline(issue, events, config, self, access);
    const metrics = computeMetrics(timeline, config);
    incidents.push({
      number: issue.number,
      id: incidentId(config.incidentIdFormat, issue),
      title: issue.title,
      url: issue.htmlUrl,
      severity: timeline.state.severity?.id,
      open: issue.state === 'open',
      falseAlarm: metrics.falseAlarm,
      openedAt: issue.createdAt,
      timeToAcknowledge: metrics.timeToAcknowledge,
      timeToMitigate: metrics.timeToMitigate,
      timeToResolve: metrics.timeToResolve,
    });
  }
  return incidents;
}

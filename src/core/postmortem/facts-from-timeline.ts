import type { Config } from '../config/config.ts';
import { formatMinutesLong } from '../config/duration.ts';
import type { IssueSnapshot } from '../incident/issue.ts';
import { computeMetrics, describeMeasure, minutesBetween } from '../timeline/metrics.ts';
import type { Timeline } from '../timeline/timeline-types.ts';
import { draftsFromTimeline } from './drafts-from-timeline.ts';
import type { ActionItemFact, PostmortemFacts } from './facts.ts';

/** Everything the timeline knows about an incident, in the shape the template filler takes. */
export function factsFromTimeline(
  timeline: Timeline,
  issue: IssueSnapshot,
  config: Config,
  context: { id: string; self: string; actionItems?: ActionItemFact[] },
): PostmortemFacts {
  const { moments, state } = timeline;
  const metrics = computeMetrics(timeline, config);
  const severity = state.severity ?? config.severities[config.severities.length - 1];
  const response = [
    ['Time to acknowledge', metrics.timeToAcknowledge],
    ['Time to mitigate', metrics.timeToMitigate],
    ['Time to resolve', metrics.timeToResolve],
  ].map(
    ([name, measure]) => `${name}: ${measure ? describeMeasure(measure as never) : 'not recorded'}`,
  );
  const detection = [
    `Detected: ${moments.detected === moments.start ? 'when the issue was opened' : `at ${moments.detected}`}`,
    `Time from start to detection: ${formatMinutesLong(minutesBetween(moments.start, moments.detected))}`,
  ];
  const people = new Set<string>();
  for (const entry of timeline.entries) {
    if (entry.actor && entry.actor !== context.self && !entry.actor.endsWith('[bot]'))
      people.add(entry.actor);
  }
  return {
    id: context.id,
    title: issue.title,
    severity: { id: severity?.id ?? 'sev4', title: severity?.title ?? 'Low' },
    status: 'draft',
    times: {
      start: moments.start,
      detected: moments.detected,
      acknowledged: moments.acknowledged ?? null,
      mitigated: moments.mitigated ?? null,
      resolved: moments.resolved ?? null,
      closed: moments.closed ?? null,
    },
    durationMinutes: metrics.duration?.minutes ?? null,
    commander: state.roles.commander ?? null,
    issueUrl: issue.htmlUrl,
    timeline: timeline.entries.map((e) => ({ at: e.at, text: e.text, actor: e.actor })),
    detection,
    response,
    actionItems: context.actionItems ?? [],
    contributors: [...people].sort(),
    drafts: draftsFromTimeline(timeline, issue, severity, metrics.duration?.minutes ?? null),
  };
}

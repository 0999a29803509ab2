import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/core/timeline/build-timeline.ts';
import {
  computeDeadlines,
  computeMetrics,
  describeMeasure,
  describeVerdict,
  minutesBetween,
} from '../../src/core/timeline/metrics.ts';
import {
  access,
  at,
  comment,
  config,
  defined,
  issue,
  labeled,
  referenceIncident,
  SELF,
} from './builders.ts';

const settings = config();

describe('the metrics of INC-2024-001', () => {
  const { issue: snapshot, events } = referenceIncident();
  const metrics = computeMetrics(
    buildTimeline(snapshot, events, settings, SELF, access()),
    settings,
  );

  it('acknowledged in 5 minutes, within the 15 minute target', () => {
    expect(metrics.timeToAcknowledge).toEqual({ minutes: 5, targetMinutes: 15 });
    expect(describeMeasure(defined(metrics.timeToAcknowledge))).toBe(
      '5 minutes (within the 15 min target)',
    );
  });

  it('mitigated in 1 hour 45 minutes, past the SEV1 target of 1 hour', () => {
    expect(describeMeasure(defined(metrics.timeToMitigate))).toBe(
      '1 hour 45 minutes (breached the 1 h target by 45 min)',
    );
  });

  it('resolved in 2 hours 30 minutes', () => {
    expect(describeMeasure(defined(metrics.timeToResolve))).toBe(
      '2 hours 30 minutes (breached the 1 h target by 1 h 30 min)',
    );
  });

  it('lasted 2 hours 34 minutes from start to close', () => {
    expect(describeMeasure(defined(metrics.duration))).toBe('2 hours 34 minutes');
  });
});

describe('measures against targets', () => {
  it.each([
    [105, 240, 'within the 4 h target'],
    [240, 240, 'within the 4 h target'],
    [85, 60, 'breached the 1 h target by 25 min'],
    [30, undefined, undefined],
  ])('%i minutes against %s', (minutes, targetMinutes, verdict) => {
    expect(describeVerdict({ minutes, targetMinutes })).toBe(verdict);
  });

  it('counts minutes as the table shows them, seconds dropped', () => {
    expect(minutesBetween(at('10:00:50'), at('10:05:10'))).toBe(5);
    expect(minutesBetween(at('10:05'), at('10:00'))).toBe(0);
  });

  it('leaves a measure unknown until its moment is known', () => {
    const metrics = computeMetrics(buildTimeline(issue(), [], settings, SELF, access()), settings);
    expect(metrics).toMatchObject({
      timeToAcknowledge: undefined,
      timeToMitigate: undefined,
      timeToResolve: undefined,
      duration: undefined,
    });
  });
});

describe('deadlines', () => {
  const open = (events: Parameters<typeof buildTimeline>[1]) =>
    buildTimeline(issue(), events, settings, SELF, access());

  it('an unacknowledged incident is overdue 15 minutes after detection', () => {
    const timeline = open([labeled('bob', '10:01', 'sev2')]);
    expect(computeDeadlines(timeline, settings, new Date(at('10:15')))).toMatchObject({
      acknowledgeBy: at('10:15'),
      acknowledgeOverdue: false,
    });
    expect(computeDeadlines(timeline, settings, new Date(at('10:16')))).toMatchObject({
      acknowledgeOverdue: true,
      resolveBy: at('14:00'),
      resolveOverdue: false,
      elapsedMinutes: 16,
    });
  });

  it('the next status update is due one cadence after the last, or after the severity was set', () => {
    const declared = open([labeled('bob', '10:10', 'sev1')]);
    expect(computeDeadlines(declared, settings, new Date(at('10:30')))).toMatchObject({
      nextUpdateDue: at('10:40'),
      updateOverdue: false,
    });
    const updated = open([
      labeled('bob', '10:10', 'sev1'),
      comment('bob', '10:35', '/status identified Pool exhausted'),
    ]);
    expect(computeDeadlines(updated, settings, new Date(at('11:06')))).toMatchObject({
      nextUpdateDue: at('11:05'),
      updateOverdue: true,
      resolveOverdue: true,
    });
  });

  it('nothing is due once the incident is resolved, and nothing without a severity', () => {
    const resolved = open([
      labeled('bob', '10:10', 'sev1'),
      comment('bob', '10:35', '/status resolved Restored'),
    ]);
    expect(computeDeadlines(resolved, settings, new Date(at('18:00')))).toMatchObject({
      nextUpdateDue: undefined,
      updateOverdue: false,
      resolveOverdue: false,
    });
    expect(computeDeadlines(open([]), settings, new Date(at('18:00')))).toMatchObject({
      resolveBy: undefined,
      nextUpdateDue: undefined,
    });
  });
});

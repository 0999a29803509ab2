import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/core/config/config.ts';
import type { IssueEvent, IssueSnapshot } from '../../src/core/incident/issue.ts';
import { impactOf } from '../../src/core/status/impact-of.ts';
import {
  currentEta,
  lastChangeAt,
  renderStatusComment,
} from '../../src/core/status/render-status-comment.ts';
import { buildTimeline } from '../../src/core/timeline/build-timeline.ts';
import { computeDeadlines, computeMetrics } from '../../src/core/timeline/metrics.ts';
import {
  access,
  at,
  closed,
  comment,
  config,
  issue,
  labeled,
  referenceIncident,
  reopened,
  SELF,
} from '../timeline/builders.ts';

/** The status comment as the refresh renders it, without its marker line. */
function statusComment(
  snapshot: IssueSnapshot,
  events: IssueEvent[],
  now: string,
  settings: Config = config(),
): string {
  const timeline = buildTimeline(snapshot, events, settings, SELF, access());
  const markdown = renderStatusComment(
    {
      id: 'INC-2024-001',
      issue: snapshot,
      severity: timeline.state.severity,
      state: timeline.state,
      deadlines: computeDeadlines(timeline, settings, new Date(now)),
      metrics: computeMetrics(timeline, settings),
      eta: currentEta(timeline),
      lastUpdatedAt: lastChangeAt(timeline),
      now: new Date(now),
      note: undefined,
      memory: {},
    },
    settings,
  );
  return markdown.slice(markdown.indexOf('\n') + 1);
}

describe('the status comment of an open incident (issue 12 point 2)', () => {
  const events = [
    comment('alice', '10:05', '/ack\n/ic me', { id: 201 }),
    labeled('bob', '10:15', 'sev1'),
    comment('bob', '10:30', '/status mitigating Rolling back release 4.2 | eta 11:30', { id: 202 }),
  ];

  it('says where we are: the latest update, its ETA, the clocks and what has been breached', () => {
    expect(statusComment(issue({ labels: ['sev1'] }), events, at('11:20'))).toBe(
      [
        '',
        '### Incident status: INC-2024-001 · SEV1 Critical',
        '',
        '- **Incident**: INC-2024-001: Checkout API returns 500 for all customers',
        '- **Severity**: SEV1 (Critical): Complete outage: all customers affected, revenue impact, data loss possible.',
        '- **Status**: In Progress - Mitigating (phase: Mitigation)',
        '- **Latest update**: Rolling back release 4.2 (@\u200dbob, 2024-01-15 10:30 UTC)',
        '- **ETA**: 2024-01-15 11:30 UTC',
        '- **Impact**: Alert triggered: 5xx rate above 50% on checkout.',
        '- **Commander**: @\u200dalice',
        '- **Acknowledged**: by @\u200dalice at 2024-01-15 10:05 UTC',
        '- **Time to acknowledge**: 5 minutes (within the 15 min target)',
        '- **Resolve by**: 2024-01-15 11:00 UTC, SEV1 target 1 h: breached by 20 min',
        '- **Next update due**: 2024-01-15 11:00 UTC, every 30 min: overdue by 20 min',
        '- **Expected**: Immediate, all hands on deck; Executive and customer alerts',
        '- **Last updated**: 2024-01-15 10:30 UTC',
        '',
        'Kept up to date by incident-scribe; edits to this comment are overwritten. Comment `/help` for commands.',
        '',
      ].join('\n'),
    );
  });

  it('says how late the acknowledgement is while nobody has acknowledged', () => {
    const text = statusComment(
      issue({ labels: ['sev2'] }),
      [labeled('bob', '10:00', 'sev2')],
      at('10:45'),
    );
    expect(text).toContain(
      '- **Latest update**: none yet (post one with `/status <state> <update>`)\n- **ETA**: not known yet\n',
    );
    expect(text).toContain(
      '- **Acknowledge by**: 2024-01-15 10:15 UTC, 15 min after detection: breached by 30 min\n',
    );
  });

  it('shows the escalation path only when there is one', () => {
    const withPath = config({ escalation: [{ level: 'L1', who: '@acme/oncall' }] });
    expect(statusComment(issue(), events, at('11:20'), withPath)).toContain(
      '- **Escalation**: L1 @\u200dacme/oncall\n',
    );
    expect(statusComment(issue(), events, at('11:20'))).not.toContain('Escalation');
  });
});

describe('the status comment of INC-2024-001 once closed', () => {
  it('gives each measure against its target, and no deadline', () => {
    const { issue: snapshot, events } = referenceIncident();
    expect(statusComment(snapshot, events, at('15:00'))).toBe(
      [
        '',
        '### Incident status: INC-2024-001 · SEV1 Critical',
        '',
        '- **Incident**: INC-2024-001: Checkout API returns 500 for all customers',
        '- **Severity**: SEV1 (Critical): Complete outage: all customers affected, revenue impact, data loss possible.',
        '- **Status**: Resolved (phase: Post-Incident)',
        '- **Latest update**: Service restored (@\u200dbob, 2024-01-15 12:30 UTC)',
        '- **Impact**: Alert triggered: 5xx rate above 50% on checkout.',
        '- **Commander**: none yet (assign one with `/ic @user`)',
        '- **Acknowledged**: by @\u200dalice at 2024-01-15 10:05 UTC',
        '- **Time to acknowledge**: 5 minutes (within the 15 min target)',
        '- **Time to mitigate**: 1 hour 45 minutes (breached the 1 h target by 45 min)',
        '- **Time to resolve**: 2 hours 30 minutes (breached the 1 h target by 1 h 30 min)',
        '- **Duration**: 2 hours 34 minutes',
        '- **Last updated**: 2024-01-15 12:34 UTC',
        '',
        'Kept up to date by incident-scribe; edits to this comment are overwritten. Comment `/help` for commands.',
        '',
      ].join('\n'),
    );
  });
});

describe('the Impact line', () => {
  it('is the issue form section that names the impact, not its heading', () => {
    const body =
      '### What happened\n\nCheckout returns 500\n\n### Customer impact\n\nEU customers cannot pay\nsince 09:50\n\n### Logs\n\n_No response_';
    expect(impactOf(body)).toBe('EU customers cannot pay since 09:50');
  });

  it('is never "_No response_" or a heading', () => {
    expect(impactOf('### Customer impact\n\n_No response_\n\n### Notes\n\nsee chat')).toBe(
      undefined,
    );
    expect(impactOf('### What happened\n\n_No response_\n\n### Notes\n\nsee chat')).toBe(
      'see chat',
    );
    expect(impactOf('## Impact ##\n\n```\n# not a heading\n```\n\nAll users')).toBe('All users');
  });

  it('is the first paragraph of a description without headings, without HTML comments', () => {
    expect(impactOf('<!-- template hint -->\nCustomers cannot complete checkout.\n\nMore.')).toBe(
      'Customers cannot complete checkout.',
    );
  });

  it('reads an issue form body in the status comment', () => {
    const snapshot = issue({ body: '### Customer impact\n\n_No response_', labels: ['sev2'] });
    expect(statusComment(snapshot, [labeled('bob', '10:00', 'sev2')], at('10:01'))).toContain(
      '- **Impact**: not described yet: edit the issue description to say who is affected\n',
    );
  });
});

describe('a false alarm (issue 12 point 3)', () => {
  it('reads "Closed: false alarm", is left out of the metrics and flags no breach', () => {
    const snapshot = issue({
      labels: ['sev1'],
      state: 'closed',
      stateReason: 'not_planned',
      closedAt: at('11:30'),
    });
    const events = [labeled('bob', '10:00', 'sev1'), closed('carol', '11:30', 'not_planned')];
    expect(statusComment(snapshot, events, at('12:00'))).toBe(
      [
        '',
        '### Incident status: INC-2024-001 · SEV1 Critical',
        '',
        '- **Incident**: INC-2024-001: Checkout API returns 500 for all customers',
        '- **Severity**: SEV1 (Critical): Complete outage: all customers affected, revenue impact, data loss possible.',
        '- **Status**: Closed: false alarm',
        '- **Impact**: Alert triggered: 5xx rate above 50% on checkout.',
        '- **Commander**: none yet (assign one with `/ic @user`)',
        '- **Metrics**: left out: closed as a false alarm (not planned)',
        '- **Last updated**: 2024-01-15 11:30 UTC',
        '',
        'Kept up to date by incident-scribe; edits to this comment are overwritten. Comment `/help` for commands.',
        '',
      ].join('\n'),
    );
    const timeline = buildTimeline(snapshot, events, config(), SELF, access());
    expect(computeMetrics(timeline, config())).toMatchObject({
      falseAlarm: true,
      timeToAcknowledge: undefined,
      timeToResolve: undefined,
      duration: undefined,
    });
    expect(timeline.moments.resolved).toBe(undefined);
  });

  it('reopened, starts its clocks at the reopen, not at the original opening', () => {
    const snapshot = issue({ labels: ['sev1'] });
    const events = [
      labeled('bob', '10:00', 'sev1'),
      comment('alice', '10:05', '/ack', { id: 301 }),
      closed('carol', '10:10', 'not_planned'),
      reopened('carol', '11:00'),
      comment('carol', '11:04', '/ack', { id: 302 }),
      comment('carol', '11:40', '/status resolved Payment provider back', { id: 303 }),
    ];
    const timeline = buildTimeline(snapshot, events, config(), SELF, access());
    expect(timeline.moments).toMatchObject({
      start: at('11:00'),
      detected: at('11:00'),
      acknowledged: at('11:04'),
      resolved: at('11:40'),
    });
    expect(timeline.state.falseAlarm).toBe(false);
    expect(statusComment(snapshot, events, at('11:45'))).toContain(
      '- **Acknowledged**: by @\u200dcarol at 2024-01-15 11:04 UTC\n- **Time to acknowledge**: 4 minutes (within the 15 min target)\n- **Time to resolve**: 40 minutes (within the 1 h target)\n',
    );
  });
});

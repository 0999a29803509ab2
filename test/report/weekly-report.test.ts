import { describe, expect, it } from 'vitest';
import { summaryMarkdown } from '../../src/adapters/action/job-outputs.ts';
import { escalationSchedule, planEscalation } from '../../src/core/escalation/plan-escalation.ts';
import { buildReport } from '../../src/core/report/build-report.ts';
import { isoWeekOf } from '../../src/core/report/iso-week.ts';
import { planReminders } from '../../src/core/report/plan-reminders.ts';
import { renderReport } from '../../src/core/report/render-report.ts';
import { readReportMarker } from '../../src/core/report/report-marker.ts';
import type { ItemIssue } from '../../src/core/report/report-types.ts';
import type { Deadlines } from '../../src/core/timeline/metrics.ts';
import type { Timeline } from '../../src/core/timeline/timeline-types.ts';
import { configFrom } from '../helpers/config.ts';

const config = configFrom();
const NOW = new Date('2024-02-06T09:00:00Z');

function item(
  number: number,
  marker: Partial<ItemIssue['marker']> | undefined,
  extra: Partial<ItemIssue> = {},
): ItemIssue {
  const full = marker
    ? { incident: 'INC-2024-001', item: String(number), parent: 1, ...marker }
    : undefined;
  return {
    number,
    title: `Item ${number}`,
    url: `https://github.com/acme/shop/issues/${number}`,
    state: 'open',
    stateReason: null,
    closedAt: null,
    marker: full,
    due: full?.due,
    ...extra,
  };
}

describe('the weekly report', () => {
  const report = buildReport({
    now: NOW,
    config,
    history: [{ week: '2024-W05', overdue: 1, mtta: 4, mttr: 90 }],
    incidents: [],
    items: [
      item(3, { due: '2024-01-30', severity: 'sev2', owner: '@bob' }),
      item(4, { due: '2024-02-05', severity: 'sev1', owner: '@bob' }),
      item(5, { due: '2024-02-01', severity: 'sev1', owner: '@alice' }),
      item(6, { due: '2024-02-06', owner: '@alice' }),
      item(7, { due: '2024-02-14', owner: '@alice' }),
      item(8, undefined),
      item(9, { owner: '@carol' }),
      item(
        10,
        { due: '2024-01-01', owner: '@bob' },
        { state: 'closed', stateReason: 'completed', closedAt: '2024-02-02T10:00:00Z' },
      ),
      item(
        11,
        { due: '2024-01-01', owner: '@bob' },
        { state: 'closed', stateReason: 'not_planned', closedAt: '2024-02-03T10:00:00Z' },
      ),
      item(
        12,
        { due: '2024-01-01', owner: '@bob' },
        { state: 'closed', stateReason: 'completed', closedAt: '2024-01-20T10:00:00Z' },
      ),
    ],
  });

  it('lists exactly the open items due before today, by owner then severity', () => {
    expect(
      report.groups.map((g) => [
        g.owner,
        g.bySeverity.map((s) => [s.severity, s.items.map((e) => [e.item.number, e.daysOverdue])]),
      ]),
    ).toEqual([
      ['@alice', [['sev1', [[5, 5]]]]],
      [
        '@bob',
        [
          ['sev1', [[4, 1]]],
          ['sev2', [[3, 7]]],
        ],
      ],
    ]);
  });

  it('counts an item due today or within 7 days as due soon, later ones not at all', () => {
    expect(report.dueSoon.map((d) => [d.item.number, d.daysLeft])).toEqual([[6, 0]]);
  });

  it('puts a missing marker and a missing due date under needs attention', () => {
    expect(report.attention.map((a) => [a.item.number, a.reason])).toEqual([
      [8, 'no marker'],
      [9, 'no due date'],
    ]);
  });

  it('counts done and won’t do of the last 7 days, and the completion rate', () => {
    expect([report.done.map((i) => i.number), report.wontDo.map((i) => i.number)]).toEqual([
      [10],
      [11],
    ]);
    expect(report.completionRate).toBe(25);
  });

  it('reads the trend from earlier markers, 8 weeks ending with this one', () => {
    expect(report.trend.slice(-2)).toEqual([
      { week: '2024-W05', overdue: 1, mtta: 4, mttr: 90 },
      { week: '2024-W06', overdue: 3 },
    ]);
    expect(report.trend).toHaveLength(8);
  });

  it('renders the marker the next report reads back', () => {
    const body = renderReport(report, config, [3, 4]);
    expect(body.split('\n')[0]).toBe(
      '<!-- incident-scribe:weekly-report {"week":"2024-W06","overdue":3,"reminded":[3,4]} -->',
    );
  });

  it('neutralises HTML and pings in item titles', () => {
    const hostile = buildReport({
      now: NOW,
      config,
      history: [],
      incidents: [],
      items: [
        item(
          3,
          { due: '2024-01-30', owner: '@bob' },
          { title: '<img src=x onerror=alert(1)> @alice' },
        ),
      ],
    });
    const body = renderReport(hostile, config, []);
    expect(body).toContain('\\<img');
    expect(body).not.toMatch(/@alice/);
    expect(summaryMarkdown(body)).not.toContain('<');
  });
});

describe('ISO weeks', () => {
  it('names the week of a day, across a year boundary', () => {
    expect(isoWeekOf('2025-03-17')).toEqual({ label: '2025-W12', monday: '2025-03-17' });
    expect(isoWeekOf('2021-01-03').label).toBe('2020-W53');
  });
});

describe('reminders', () => {
  const overdue = buildReport({
    now: NOW,
    config,
    history: [],
    incidents: [],
    items: [item(3, { due: '2024-01-30', owner: '@bob' }), item(4, { due: '2024-02-05' })],
  }).overdue;

  it('skips items without an owner and items reminded this week', () => {
    expect(planReminders(overdue, [], config).map((r) => r.entry.item.number)).toEqual([3]);
    expect(planReminders(overdue, [3], config)).toEqual([]);
  });

  it('are off when configured so', () => {
    expect(planReminders(overdue, [], configFrom('report: { reminders: false }'))).toEqual([]);
  });
});

describe('a report marker', () => {
  it('is refused with a malformed week and keeps only valid reminded numbers', () => {
    expect(readReportMarker({ week: '2024-6', overdue: 1 })).toBeUndefined();
    expect(readReportMarker({ week: '2024-W06', overdue: 1, reminded: [3, -1, 'x', 4.5] })).toEqual(
      {
        week: '2024-W06',
        overdue: 1,
        reminded: [3],
      },
    );
  });
});

describe('the escalation plan', () => {
  const escalating = configFrom(
    'escalation: [{ level: L1, who: "@oncall" }, { level: L2, who: "@carol", after: 15m }, { level: L3, who: CTO }]',
  );
  const timeline = (acknowledged?: string) =>
    ({
      moments: {
        start: '2025-03-12T10:00:00Z',
        detected: '2025-03-12T10:00:00Z',
        acknowledged,
        resolved: undefined,
      },
      state: { open: true },
    }) as unknown as Timeline;
  const deadlines = { updateOverdue: false, nextUpdateDue: undefined } as unknown as Deadlines;
  const none = { levels: new Set<string>(), updatesFlagged: new Set<string>() };

  it('times a level without `after` from the previous one', () => {
    expect(
      escalationSchedule(escalating, '2025-03-12T10:00:00Z').map((s) => [s.level.level, s.dueAt]),
    ).toEqual([
      ['L2', '2025-03-12T10:15:00.000Z'],
      ['L3', '2025-03-12T10:30:00.000Z'],
    ]);
  });

  it('escalates each due level once, and nothing once acknowledged', () => {
    const at = new Date('2025-03-12T10:31:00Z');
    expect(
      planEscalation(timeline(), deadlines, escalating, at, none).escalate.map(
        (s) => s.level.level,
      ),
    ).toEqual(['L2', 'L3']);
    const sent = { ...none, levels: new Set(['L2']) };
    expect(
      planEscalation(timeline(), deadlines, escalating, at, sent).escalate.map(
        (s) => s.level.level,
      ),
    ).toEqual(['L3']);
    expect(
      planEscalation(timeline('2025-03-12T10:20:00Z'), deadlines, escalating, at, none).escalate,
    ).toEqual([]);
  });
});

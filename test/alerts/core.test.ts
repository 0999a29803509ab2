import { describe, expect, it } from 'vitest';
import { alertEntries } from '../../src/core/alerts/alert-entries.ts';
import type { AlertGroup } from '../../src/core/alerts/alert-types.ts';
import { alertIssueLabels, alertSeverity } from '../../src/core/alerts/map-alert.ts';
import { parseAlerts } from '../../src/core/alerts/parse-alerts.ts';
import { planActivity } from '../../src/core/alerts/plan-activity.ts';
import { renderAlertActivity } from '../../src/core/alerts/render-alert-activity.ts';
import { renderAlertIssue } from '../../src/core/alerts/render-alert-issue.ts';
import { MAX_BODY } from '../../src/core/text/cap-body.ts';
import { claimRef, groupHash } from '../../src/usecases/alerts/ingest-alerts.ts';
import { configFrom } from '../helpers/config.ts';

const HASH = 'a'.repeat(64);

function alertmanager(alerts: unknown[], extra: Record<string, unknown> = {}) {
  return {
    version: '4',
    groupKey: '{}:{alertname="HighErrorRate"}',
    status: 'firing',
    receiver: 'scribe',
    groupLabels: { alertname: 'HighErrorRate' },
    commonLabels: { alertname: 'HighErrorRate', severity: 'critical' },
    commonAnnotations: { summary: 'Checkout errors above 5%' },
    externalURL: 'https://alertmanager.example',
    alerts,
    ...extra,
  };
}

const firing = (fingerprint: string, labels: Record<string, string> = {}) => ({
  status: 'firing',
  labels: { alertname: 'HighErrorRate', severity: 'critical', ...labels },
  annotations: {},
  startsAt: '2024-06-03T02:58:00Z',
  fingerprint,
});

function group(over: Partial<AlertGroup> = {}): AlertGroup {
  return {
    source: 'generic',
    key: 'k',
    status: 'firing',
    title: 'Disk full',
    description: undefined,
    labels: {},
    annotations: {},
    url: undefined,
    alerts: [],
    ...over,
  };
}

describe('reading an Alertmanager payload', () => {
  it('makes one group of its alerts, keyed by groupKey, titled by the summary', () => {
    const read = parseAlerts('alertmanager', alertmanager([firing('f1'), firing('f2')]));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.alerts.skipped).toEqual([]);
    expect(read.alerts.groups.map((g) => [g.key, g.status, g.title, g.alerts.length])).toEqual([
      ['{}:{alertname="HighErrorRate"}', 'firing', 'Checkout errors above 5%', 2],
    ]);
  });

  it('leaves out an alert without a fingerprint and keeps the valid one beside it', () => {
    const read = parseAlerts(
      'alertmanager',
      alertmanager([{ status: 'firing', labels: {} }, firing('f2')]),
    );
    expect(read.ok && read.alerts.skipped).toEqual([
      'alerts[0]: fingerprint: Invalid input: expected string, received undefined',
    ]);
    expect(read.ok && read.alerts.groups[0]?.alerts.map((a) => a.fingerprint)).toEqual(['f2']);
  });

  it('refuses a payload of another version, saying which field is wrong', () => {
    const read = parseAlerts('alertmanager', alertmanager([], { version: '3' }));
    expect(read).toEqual({
      ok: false,
      message:
        'not a Alertmanager webhook (version 4) payload: version: Invalid input: expected "4"',
    });
  });

  it('is resolved only when every alert is', () => {
    const resolved = { ...firing('f1'), status: 'resolved' };
    const some = parseAlerts('alertmanager', alertmanager([resolved, firing('f2')]));
    const all = parseAlerts('alertmanager', alertmanager([resolved]));
    expect(some.ok && some.alerts.groups[0]?.status).toBe('firing');
    expect(all.ok && all.alerts.groups[0]?.status).toBe('resolved');
  });
});

describe('reading the generic shape', () => {
  it('takes one alert, or a list with one group per fingerprint', () => {
    const one = parseAlerts('generic', { fingerprint: 'x', status: 'firing', title: 'Disk' });
    expect(one.ok && one.alerts.groups.map((g) => g.key)).toEqual(['x']);
    const many = parseAlerts('generic', {
      alerts: [
        { fingerprint: 'a', status: 'firing', title: 'A', severity: 'warning' },
        { fingerprint: 'b', status: 'firing', title: 'B' },
        { fingerprint: 'a', status: 'resolved', title: 'A' },
      ],
    });
    expect(many.ok && many.alerts.groups.map((g) => [g.key, g.status])).toEqual([
      ['a', 'resolved'],
      ['b', 'firing'],
    ]);
  });
});

describe('the severity of an alert', () => {
  const config = configFrom('');
  it('follows the defaults: critical and page are sev2, warning sev3, info sev4', () => {
    const of = (value?: string) =>
      alertSeverity(group({ labels: value ? { severity: value } : {} }), config).id;
    expect([of('critical'), of('PAGE'), of('warning'), of('info'), of('bogus'), of()]).toEqual([
      'sev2',
      'sev2',
      'sev3',
      'sev4',
      'sev3',
      'sev3',
    ]);
  });

  it('is sev1 only when the configuration says so, under its own label key', () => {
    const custom = configFrom('alerts:\n  severity_label: priority\n  severities: { p1: sev1 }\n');
    expect(alertSeverity(group({ labels: { priority: 'P1' } }), custom).id).toBe('sev1');
    expect(alertSeverity(group({ labels: { severity: 'critical' } }), custom).id).toBe('sev3');
  });

  it('adds name:value labels for the alert labels the configuration names', () => {
    const custom = configFrom('alerts:\n  labels: [service, team]\n');
    const labels = alertIssueLabels(
      group({ labels: { severity: 'warning', service: 'checkout', team: 'a,b' } }),
      custom,
    );
    // A comma cannot be in a label name: that one is left out.
    expect(labels).toEqual(['sev3', 'incident', 'service:checkout']);
  });
});

describe('counting repeats', () => {
  const at = (hhmm: string) => new Date(`2024-06-03T${hhmm}:00Z`);
  const opened = '2024-06-03T03:00:00Z';
  it('counts a notification a minute or more after the last, once', () => {
    const first = planActivity(undefined, {
      group: HASH,
      status: 'firing',
      now: at('03:02'),
      openedAt: opened,
    });
    expect(first).toEqual({ group: HASH, fired: 1, last: '2024-06-03T03:02:00.000Z' });
    // The same notification again (a retry, a second replica): nothing to write.
    const again = planActivity(first, {
      group: HASH,
      status: 'firing',
      now: new Date('2024-06-03T03:02:30Z'),
      openedAt: opened,
    });
    expect(again).toBeUndefined();
    // The copy that lost the race to open the incident: not a repeat either.
    expect(
      planActivity(undefined, {
        group: HASH,
        status: 'firing',
        now: at('03:00'),
        openedAt: opened,
      }),
    ).toBeUndefined();
  });

  it('records a resolution once, and a firing after it counts again', () => {
    const resolved = planActivity(
      { group: HASH, fired: 2, last: '2024-06-03T03:04:00Z' },
      { group: HASH, status: 'resolved', now: at('03:10'), openedAt: opened },
    );
    expect(resolved?.resolved).toBe('2024-06-03T03:10:00.000Z');
    expect(
      planActivity(resolved, {
        group: HASH,
        status: 'resolved',
        now: at('03:11'),
        openedAt: opened,
      }),
    ).toBeUndefined();
    const back = planActivity(resolved, {
      group: HASH,
      status: 'firing',
      now: at('03:10'),
      openedAt: opened,
    });
    expect(back).toEqual({ group: HASH, fired: 3, last: '2024-06-03T03:10:00.000Z' });
  });

  it('says it in one comment', () => {
    const text = renderAlertActivity(
      { group: HASH, fired: 9, last: '2024-06-03T03:18:00Z', resolved: '2024-06-03T03:40:00Z' },
      configFrom(''),
    );
    expect(text.split('\n').slice(1).join('\n')).toBe(
      '**Alert fired again**, 9 times since this incident opened; last at 2024-06-03 03:18 UTC.\n\n**Alert resolved** at 2024-06-03 03:40 UTC: the source reports every alert of the group resolved. The incident stays open until someone closes it.\n',
    );
  });
});

describe('the issue an alert opens', () => {
  const config = configFrom('');
  const now = new Date('2024-06-03T03:00:00Z');

  it('pings nobody, keeps only web links, and fits GitHub with 10,000 alerts', () => {
    const alerts = Array.from({ length: 10_000 }, (_, i) => ({
      fingerprint: `f${i}`,
      status: 'firing' as const,
      labels: { alertname: '@everyone', note: '@alice '.repeat(50) },
      annotations: {},
      startsAt: undefined,
      url: undefined,
    }));
    const body = renderAlertIssue(
      group({
        title: 'x'.repeat(70_000),
        description: '@acme/sre &#64;bob',
        annotations: { runbook_url: 'javascript:alert(1)', dashboard: 'https://grafana.example/d' },
        alerts,
      }),
      { config, groupHash: HASH, now },
    );
    expect(body.length).toBeLessThanOrEqual(MAX_BODY);
    // The one @ left is the scribe's own hint, in a code span.
    expect(body.replace('`/ic @user`', '')).not.toMatch(/@[A-Za-z]/);
    expect(body).not.toContain('javascript:');
    expect(body).toContain('**Dashboard**: <https://grafana.example/d>');
    expect(body).toContain('and 9,980 more alerts');
    expect(
      body.startsWith(`<!-- incident-scribe:alert {"group":"${HASH}","source":"generic"} -->\n`),
    ).toBe(true);
  });
});

describe('the claim on opening a group’s incident', () => {
  it('is one per group and generation, so a recurrence is never blocked by an old claim', () => {
    const hash = groupHash('{}:{alertname="X"}');
    const day = new Date('2024-06-03T03:00:00Z');
    const later = new Date('2024-06-11T03:00:00Z');
    const week = 7 * 24 * 60;
    expect(claimRef(hash, undefined, day, week)).toBe(claimRef(hash, undefined, day, week));
    expect(claimRef(hash, undefined, day, week)).not.toBe(claimRef(hash, undefined, later, week));
    expect(claimRef(hash, 12, day, week)).toBe(
      `refs/incident-scribe/alerts/${hash.slice(0, 40)}/after-12`,
    );
  });
});

describe('the timeline events of an alert', () => {
  it('are one "fired again" event counting the repeats, and "alert resolved"', () => {
    const body = renderAlertActivity(
      { group: HASH, fired: 9, last: '2024-06-03T03:18:00Z', resolved: '2024-06-03T03:40:00Z' },
      configFrom(''),
    );
    const entries = alertEntries({ body, url: 'u' }, 'incident-scribe[bot]');
    expect(entries.map((e) => [e.at, e.text, e.kind, e.source])).toEqual([
      ['2024-06-03T03:18:00Z', 'Alert fired again (9 times)', 'note', 'auto'],
      ['2024-06-03T03:40:00Z', 'Alert resolved (reported by the source)', 'note', 'auto'],
    ]);
    expect(alertEntries({ body: 'no marker', url: 'u' }, 'incident-scribe[bot]')).toEqual([]);
  });
});

import type { Config } from '../config/config.ts';
import { dayIn } from '../time/format-time.ts';
import { daysBetween, type IsoWeek, isoWeekOf, weeksEndingWith } from './iso-week.ts';
import type { ItemIssue, ReportIncident, WeekPoint } from './report-types.ts';

/** An open item past its due date. */
export interface OverdueItem {
  item: ItemIssue;
  due: string;
  daysOverdue: number;
  owner: string | undefined;
  severity: string | undefined;
}

/** Overdue items of one owner, by severity (most severe first). */
export interface OwnerGroup {
  owner: string | undefined;
  bySeverity: { severity: string | undefined; items: OverdueItem[] }[];
}

export type AttentionReason = 'no marker' | 'no owner' | 'no due date' | 'no owner or due date';

/** One breach of a target by an incident of the week. */
export interface Breach {
  incident: ReportIncident;
  measure: 'acknowledge' | 'mitigate' | 'resolve';
  overMinutes: number;
}

/** The weekly report as data; render-report.ts turns it into Markdown. */
export interface WeeklyReport {
  week: IsoWeek;
  now: string;
  today: string;
  /** The seven days the "this week" sections cover: (now − 7 days, now]. */
  since: string;
  totalItems: number;
  overdue: OverdueItem[];
  groups: OwnerGroup[];
  dueSoon: { item: ItemIssue; due: string; daysLeft: number }[];
  attention: { item: ItemIssue; reason: AttentionReason }[];
  done: ItemIssue[];
  wontDo: ItemIssue[];
  /** Done this week ÷ (done this week + open overdue), in percent; undefined when both are 0. */
  completionRate: number | undefined;
  incidents: ReportIncident[];
  falseAlarms: ReportIncident[];
  breaches: Breach[];
  /** This week's numbers, for the marker. */
  point: WeekPoint;
  /** The last 8 weeks, oldest first, this week last; a week without a report has no numbers. */
  trend: (WeekPoint | { week: string })[];
}

export interface ReportInput {
  items: ItemIssue[];
  incidents: ReportIncident[];
  now: Date;
  config: Config;
  /** Points read back from earlier reports' markers. */
  history: WeekPoint[];
}

const DUE_SOON_DAYS = 7;
const TREND_WEEKS = 8;

/** The weekly report, a pure function of the items, the incidents, now and the configuration. */
export function buildReport(input: ReportInput): WeeklyReport {
  const { config, now } = input;
  const nowIso = now.toISOString();
  const today = dayIn(nowIso, config.timezone);
  const since = new Date(now.getTime() - 7 * 86_400_000).toISOString();
  const inWeek = (iso: string | null) => iso !== null && iso > since && iso <= nowIso;
  const week = isoWeekOf(today);

  const open = input.items.filter((i) => i.state === 'open');
  const overdue: OverdueItem[] = [];
  const dueSoon: WeeklyReport['dueSoon'] = [];
  const attention: WeeklyReport['attention'] = [];
  for (const item of open) {
    const owner = item.marker?.owner;
    if (!item.marker) attention.push({ item, reason: 'no marker' });
    else if (!owner && !item.due) attention.push({ item, reason: 'no owner or due date' });
    else if (!owner) attention.push({ item, reason: 'no owner' });
    else if (!item.due) attention.push({ item, reason: 'no due date' });
    if (!item.due) continue;
    const days = daysBetween(item.due, today);
    if (days > 0) {
      const severity = item.marker?.severity?.toLowerCase();
      overdue.push({ item, due: item.due, daysOverdue: days, owner, severity });
    } else if (-days <= DUE_SOON_DAYS) {
      dueSoon.push({ item, due: item.due, daysLeft: Math.abs(days) });
    }
  }
  overdue.sort((a, b) => b.daysOverdue - a.daysOverdue || a.item.number - b.item.number);
  dueSoon.sort((a, b) => a.daysLeft - b.daysLeft || a.item.number - b.item.number);
  attention.sort((a, b) => a.item.number - b.item.number);

  const closedThisWeek = input.items.filter((i) => i.state === 'closed' && inWeek(i.closedAt));
  const wontDo = closedThisWeek.filter((i) => i.stateReason === 'not_planned');
  const done = closedThisWeek.filter((i) => i.stateReason !== 'not_planned');
  const denominator = done.length + overdue.length;

  const weekIncidents = [...input.incidents].sort((a, b) => a.openedAt.localeCompare(b.openedAt));
  const incidents = weekIncidents.filter((i) => !i.falseAlarm);
  const point: WeekPoint = {
    week: week.label,
    overdue: overdue.length,
    ...meanOf(
      'mtta',
      incidents.map((i) => i.timeToAcknowledge?.minutes),
    ),
    ...meanOf(
      'mttr',
      incidents.map((i) => i.timeToResolve?.minutes),
    ),
  };
  const byWeek = new Map(input.history.map((p) => [p.week, p]));
  byWeek.set(week.label, point);
  const trend = weeksEndingWith(today, TREND_WEEKS).map((w) => byWeek.get(w) ?? { week: w });

  return {
    week,
    now: nowIso,
    today,
    since,
    totalItems: input.items.length,
    overdue,
    groups: groupByOwner(overdue, config),
    dueSoon,
    attention,
    done,
    wontDo,
    completionRate: denominator === 0 ? undefined : Math.round((100 * done.length) / denominator),
    incidents,
    falseAlarms: weekIncidents.filter((i) => i.falseAlarm),
    breaches: incidents.flatMap(breachesOf),
    point,
    trend,
  };
}

/** Owners alphabetically (no owner last); within an owner, severities most severe first. */
function groupByOwner(overdue: OverdueItem[], config: Config): OwnerGroup[] {
  const rank = (severity: string | undefined) =>
    config.severities.find((s) => s.id === severity)?.rank ?? Number.MAX_SAFE_INTEGER;
  const owners = new Map<string | undefined, OverdueItem[]>();
  for (const entry of overdue) {
    const key = entry.owner?.toLowerCase();
    owners.set(key, [...(owners.get(key) ?? []), entry]);
  }
  return [...owners.entries()]
    .sort(([a], [b]) => (a === undefined ? 1 : b === undefined ? -1 : a.localeCompare(b)))
    .map(([, entries]) => {
      const severities = new Map<string | undefined, OverdueItem[]>();
      for (const entry of entries) {
        severities.set(entry.severity, [...(severities.get(entry.severity) ?? []), entry]);
      }
      return {
        owner: entries[0]?.owner,
        bySeverity: [...severities.entries()]
          .sort(([a], [b]) => rank(a) - rank(b))
          .map(([severity, items]) => ({ severity, items })),
      };
    });
}

function breachesOf(incident: ReportIncident): Breach[] {
  const measures = [
    ['acknowledge', incident.timeToAcknowledge],
    ['mitigate', incident.timeToMitigate],
    ['resolve', incident.timeToResolve],
  ] as const;
  return measures.flatMap(([measure, value]) => {
    if (!value || value.targetMinutes === undefined) return [];
    const over = value.minutes - value.targetMinutes;
    return over > 0 ? [{ incident, measure, overMinutes: over }] : [];
  });
}

function meanOf(key: 'mtta' | 'mttr', values: (number | undefined)[]) {
  const known = values.filter((v): v is number => v !== undefined);
  if (known.length === 0) return {};
  return { [key]: Math.round(known.reduce((a, b) => a + b, 0) / known.length) };
}

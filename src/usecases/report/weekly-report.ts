import type { Config } from '../../core/config/config.ts';
import type { IssueSnapshot } from '../../core/incident/issue.ts';
import { readMarker } from '../../core/markdown/marker.ts';
import { buildReport, type WeeklyReport } from '../../core/report/build-report.ts';
import { planReminders } from '../../core/report/plan-reminders.ts';
import { renderReminder } from '../../core/report/render-reminder.ts';
import { renderReport, reportTitle } from '../../core/report/render-report.ts';
import {
  REPORT_MARKER,
  type ReportMarker,
  readReportMarker,
} from '../../core/report/report-marker.ts';
import type { GitHubPort } from '../../github/port.ts';
import { openIssueOnce } from '../shared/open-issue-once.ts';
import { measureIncidents } from './measure-incidents.ts';
import { readItems } from './read-items.ts';

export interface WeeklyReportResult {
  outcome: string;
  overdueCount: number;
  reportUrl: string | undefined;
  /** The report's Markdown (for the Action's job summary and the CLI's dry run). */
  markdown: string | undefined;
}

/** The report issue written this run: enough to link to it. */
type Written = Pick<IssueSnapshot, 'number' | 'htmlUrl'>;

/** A report issue the scribe wrote, with its validated marker. */
interface ReportIssue {
  issue: IssueSnapshot;
  marker: ReportMarker;
}

// The newest 100 report issues hold this week's, last week's and the 8-week trend.
const REPORTS_READ = 100;

/**
 * The weekly report: one issue per ISO week, updated in place; last week's closed with a link
 * to it; owners of overdue items reminded at most once a week. Reads: the report issues (1),
 * the open items (ceil(n/100)), the items closed this week (1), the week's incidents (1 + one
 * timeline each); writes: the report, the close of the last one, the reminders.
 */
export async function weeklyReport(
  port: GitHubPort,
  config: Config,
  now: Date,
): Promise<WeeklyReportResult> {
  // 1. Who the scribe is: only its own reports and items are trusted.
  const self = await port.selfLogin();
  const since = new Date(now.getTime() - 7 * 86_400_000).toISOString();

  // 2. Earlier reports (this week's, the ones to close, the trend), items and incidents.
  const reports = await readReports(port, config, self);
  const items = await readItems(port, config, self, since);
  const incidents = await measureIncidents(port, config, self, { since, now: now.toISOString() });
  const report = buildReport({
    items,
    incidents,
    now,
    config,
    history: reports.map((r) => r.marker),
  });
  const week = report.week.label;
  // The oldest copy of this week's report is the one (a racing run closes its younger copy).
  const current = reports
    .filter((r) => r.marker.week === week && r.issue.title === reportTitle(week))
    .sort((a, b) => a.issue.number - b.issue.number)[0];
  if (items.length === 0 && config.report.whenEmpty === 'skip' && !current) {
    return {
      outcome: 'no action items: no report (report.when_empty: skip)',
      overdueCount: 0,
      reportUrl: undefined,
      markdown: undefined,
    };
  }

  // 3. Reminders are recorded in the report before they are sent: at most once a week each.
  const remindedBefore = current?.marker.reminded ?? [];
  const reminders = planReminders(report.overdue, remindedBefore, config);
  const reminded = [
    ...new Set([...remindedBefore, ...reminders.map((r) => r.entry.item.number)]),
  ].sort((a, b) => a - b);
  const body = renderReport(report, config, reminded);
  const written = await writeReport(port, config, report, body, current, self);
  if (!written.keep) {
    return result('a concurrent run wrote this week’s report first', report, written.issue, body);
  }

  // 4. Last week's (and any older open) report is closed, pointing to this one.
  for (const old of reports) {
    if (old.issue.state !== 'open' || old.issue.number === written.issue.number) continue;
    await port.createIssueComment(
      old.issue.number,
      `Superseded by the report of ${week}: ${written.issue.htmlUrl}\n`,
    );
    await port.updateIssue(old.issue.number, { state: 'closed', stateReason: 'completed' });
  }

  // 5. The reminders; one failing does not stop the others.
  let sent = 0;
  for (const reminder of reminders) {
    try {
      await port.createIssueComment(
        reminder.entry.item.number,
        renderReminder(reminder, { week, reportUrl: written.issue.htmlUrl || undefined }, config),
      );
      sent++;
    } catch {
      // Recorded as reminded already: better one missed reminder than a weekly flood.
    }
  }
  const what = `${written.created ? 'opened' : written.changed ? 'updated' : 'unchanged'} ${reportTitle(week)}; ${report.overdue.length} overdue; ${sent} reminder${sent === 1 ? '' : 's'}`;
  return result(what, report, written.issue, body);
}

function result(
  outcome: string,
  report: WeeklyReport,
  issue: Written,
  body: string,
): WeeklyReportResult {
  return {
    outcome,
    overdueCount: report.overdue.length,
    reportUrl: issue.htmlUrl || undefined,
    markdown: body,
  };
}

/** The scribe's report issues, newest first, with valid markers. */
async function readReports(port: GitHubPort, config: Config, self: string): Promise<ReportIssue[]> {
  const issues = await port.listIssuesByLabel(config.report.label, {
    state: 'all',
    limit: REPORTS_READ,
  });
  return issues.flatMap((issue) => {
    if (issue.author.login !== self) return [];
    const marker = readReportMarker(readMarker(issue.body, REPORT_MARKER));
    return marker ? [{ issue, marker }] : [];
  });
}

/**
 * Updates this week's report, or opens it. Two runs racing may both open one: whoever opens
 * re-reads, and the higher-numbered copy closes itself as a duplicate (its run stops there).
 */
async function writeReport(
  port: GitHubPort,
  config: Config,
  report: WeeklyReport,
  body: string,
  current: ReportIssue | undefined,
  self: string,
): Promise<{ issue: Written; created: boolean; changed: boolean; keep: boolean }> {
  const week = report.week.label;
  if (current) {
    const changed = current.issue.body !== body || current.issue.state !== 'open';
    if (changed) {
      await port.updateIssue(current.issue.number, {
        body,
        ...(current.issue.state === 'open' ? {} : { state: 'open' as const }),
      });
    }
    return { issue: current.issue, created: false, changed, keep: true };
  }
  const thisWeek = async () =>
    (await readReports(port, config, self))
      .filter((r) => r.marker.week === week && r.issue.title === reportTitle(week))
      .sort((a, b) => a.issue.number - b.issue.number)[0]?.issue;
  const opened = await openIssueOnce(
    port,
    { title: reportTitle(week), body, labels: [config.report.label], assignees: [] },
    thisWeek,
  );
  const created = { number: opened.number, htmlUrl: opened.htmlUrl };
  if (created.number === 0) return { issue: created, created: true, changed: true, keep: true };
  const first = await thisWeek();
  if (first && first.number !== created.number) {
    await port.updateIssue(created.number, { state: 'closed', stateReason: 'not_planned' });
    return { issue: first, created: false, changed: false, keep: false };
  }
  return { issue: created, created: true, changed: true, keep: true };
}

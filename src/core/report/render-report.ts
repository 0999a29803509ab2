import type { PhrasingContent, Root, RootContent, Table, TableRow } from 'mdast';
import type { Config } from '../config/config.ts';
import { formatMinutesShort } from '../config/duration.ts';
import { renderMarker } from '../markdown/marker.ts';
import { bulletList, paragraph, strong, text, userText } from '../markdown/nodes.ts';
import { toMarkdown } from '../markdown/to-markdown.ts';
import { neutralizeMentions } from '../text/safe-text.ts';
import { formatInstant } from '../time/format-time.ts';
import type { Measure } from '../timeline/metrics.ts';
import type { WeeklyReport } from './build-report.ts';
import { overdueBySeverityPie, trendCharts } from './render-charts.ts';
import { REPORT_MARKER, type ReportMarker } from './report-marker.ts';
import type { ItemIssue, ReportIncident } from './report-types.ts';

/** The title of a week's report issue. */
export function reportTitle(week: string): string {
  return `Action items report: ${week}`;
}

// GitHub refuses bodies over 65,536 characters; lists are cut until the report fits below this.
const MAX_BODY = 60_000;
const ROW_CAPS = [200, 50, 10];

/**
 * The report issue's body. Owners are named without a ping (reminders are the one place
 * the scribe mentions owners); every list is cut, with a count, so the body always fits.
 */
export function renderReport(report: WeeklyReport, config: Config, reminded: number[]): string {
  const marker: ReportMarker = { ...report.point, reminded };
  let body = '';
  for (const cap of ROW_CAPS) {
    body = toMarkdown(reportTree(report, config, marker, cap));
    if (body.length <= MAX_BODY) return body;
  }
  // Even 10 rows a section did not fit (enormous titles are already capped): keep the marker.
  return toMarkdown({
    type: 'root',
    children: [
      html(marker),
      heading(2, reportTitle(report.week.label)),
      paragraph(`${report.overdue.length} overdue items: too many to list here.`),
    ],
  });
}

function reportTree(report: WeeklyReport, config: Config, marker: ReportMarker, cap: number) {
  const zone = config.timezone;
  const children: RootContent[] = [html(marker), heading(2, reportTitle(report.week.label))];
  children.push(paragraph(summaryLine(report, zone)));
  if (report.totalItems === 0) {
    children.push(paragraph('Nothing overdue: no action items are filed in this repository.'));
  }

  children.push(heading(3, `Overdue (${report.overdue.length})`));
  if (report.overdue.length === 0) children.push(paragraph('Nothing overdue.'));
  let shown = 0;
  for (const group of report.groups) {
    const count = group.bySeverity.reduce((n, s) => n + s.items.length, 0);
    if (shown >= cap) break;
    children.push(paragraph(strong(ownerName(group.owner)), text(` (${count})`)));
    const rows: PhrasingContent[][][] = [];
    for (const { severity, items } of group.bySeverity) {
      for (const entry of items) {
        if (shown >= cap) break;
        shown++;
        rows.push([
          [text(severityName(severity))],
          itemLink(entry.item),
          [text(entry.due)],
          [text(days(entry.daysOverdue))],
        ]);
      }
    }
    children.push(table(['Severity', 'Item', 'Due', 'Overdue by'], rows));
  }
  more(children, report.overdue.length - shown);
  const pie = overdueBySeverityPie(report.overdue, config);
  if (pie) children.push(pie);

  children.push(heading(3, `Due in the next 7 days (${report.dueSoon.length})`));
  if (report.dueSoon.length === 0) children.push(paragraph('Nothing.'));
  else
    children.push(
      table(
        ['Item', 'Owner', 'Due'],
        report.dueSoon
          .slice(0, cap)
          .map((e) => [
            itemLink(e.item),
            [text(ownerName(e.item.marker?.owner))],
            [text(e.daysLeft === 0 ? `${e.due} (today)` : `${e.due} (in ${days(e.daysLeft)})`)],
          ]),
      ),
    );
  more(children, report.dueSoon.length - cap);

  if (report.attention.length > 0) {
    children.push(heading(3, `Needs attention (${report.attention.length})`));
    children.push(
      bulletList(
        report.attention
          .slice(0, cap)
          .map((a) => [...itemLink(a.item), text(`: ${reasonText(a.reason)}`)]),
      ),
    );
    more(children, report.attention.length - cap);
  }

  children.push(heading(3, 'Closed in the last 7 days'));
  const closed: PhrasingContent[][] = [
    [strong('Done'), text(`: ${report.done.length}`), ...listed(report.done, cap)],
    [strong('Won’t do'), text(`: ${report.wontDo.length}`), ...listed(report.wontDo, cap)],
    [
      strong('Completion rate'),
      text(
        report.completionRate === undefined
          ? ': nothing was due'
          : `: ${report.completionRate}% (done ÷ done + still overdue)`,
      ),
    ],
  ];
  children.push(bulletList(closed));

  children.push(...incidentSection(report, cap));
  children.push(...trendSection(report));
  children.push(
    paragraph(
      'Kept up to date by incident-scribe; edits to this issue are overwritten when the report runs again this week.',
    ),
  );
  return { type: 'root', children } satisfies Root;
}

function summaryLine(report: WeeklyReport, zone: string): string {
  const parts = [
    `${report.overdue.length} overdue`,
    `${report.dueSoon.length} due in the next 7 days`,
    `${report.attention.length} need attention`,
    `${report.incidents.length} incident${report.incidents.length === 1 ? '' : 's'} this week`,
  ];
  return `As of ${formatInstant(report.now, zone)}: ${parts.join(' · ')}.`;
}

function incidentSection(report: WeeklyReport, cap: number): RootContent[] {
  const out: RootContent[] = [
    heading(3, `Incidents in the last 7 days (${report.incidents.length})`),
  ];
  if (report.incidents.length === 0) out.push(paragraph('None.'));
  else {
    out.push(
      table(
        ['Incident', 'Severity', 'Acknowledge', 'Mitigate', 'Resolve'],
        report.incidents
          .slice(0, cap)
          .map((i) => [
            incidentLink(i),
            [text(severityName(i.severity))],
            [text(measureText(i.timeToAcknowledge, i.open))],
            [text(measureText(i.timeToMitigate, i.open))],
            [text(measureText(i.timeToResolve, i.open))],
          ]),
      ),
    );
    more(out, report.incidents.length - cap);
  }
  if (report.breaches.length > 0) {
    out.push(paragraph(strong(`Breaches (${report.breaches.length})`)));
    out.push(
      bulletList(
        report.breaches
          .slice(0, cap)
          .map((b) => [
            ...incidentLink(b.incident),
            text(`: time to ${b.measure} over its target by ${formatMinutesShort(b.overMinutes)}`),
          ]),
      ),
    );
  }
  if (report.falseAlarms.length > 0) {
    out.push(
      paragraph(
        strong(`False alarms (${report.falseAlarms.length})`),
        text(': closed as not planned, left out of the metrics'),
      ),
    );
    out.push(bulletList(report.falseAlarms.slice(0, cap).map((i) => incidentLink(i))));
  }
  return out;
}

function trendSection(report: WeeklyReport): RootContent[] {
  const out: RootContent[] = [heading(3, 'Last 8 weeks')];
  const cell = (n: number | undefined, unit = '') => (n === undefined ? '–' : `${n}${unit}`);
  out.push(
    table(
      ['Week', 'Open overdue', 'MTTA', 'MTTR'],
      report.trend.map((p) => [
        [text(p.week)],
        [text(cell('overdue' in p ? p.overdue : undefined))],
        [text('mtta' in p && p.mtta !== undefined ? formatMinutesShort(p.mtta) : '–')],
        [text('mttr' in p && p.mttr !== undefined ? formatMinutesShort(p.mttr) : '–')],
      ]),
    ),
  );
  out.push(...trendCharts(report.trend));
  return out;
}

function measureText(measure: Measure | undefined, open: boolean): string {
  if (!measure) return open ? 'not yet' : '–';
  const value = formatMinutesShort(measure.minutes);
  if (measure.targetMinutes === undefined) return value;
  const over = measure.minutes > measure.targetMinutes;
  return `${value} ${over ? '✗' : '✓'} (target ${formatMinutesShort(measure.targetMinutes)})`;
}

function listed(items: ItemIssue[], cap: number): PhrasingContent[] {
  if (items.length === 0) return [];
  const out: PhrasingContent[] = [text(' (')];
  items.slice(0, Math.min(cap, 20)).forEach((item, index) => {
    if (index > 0) out.push(text(', '));
    out.push({ type: 'link', url: item.url, children: [text(`#${item.number}`)] });
  });
  if (items.length > Math.min(cap, 20)) out.push(text(', …'));
  out.push(text(')'));
  return out;
}

function itemLink(item: ItemIssue): PhrasingContent[] {
  return [
    { type: 'link', url: item.url, children: [text(`#${item.number}`)] },
    text(' '),
    userText(item.title, 120),
  ];
}

function incidentLink(incident: ReportIncident): PhrasingContent[] {
  return [
    { type: 'link', url: incident.url, children: [text(incident.id)] },
    text(' '),
    userText(incident.title, 120),
  ];
}

function reasonText(reason: string): string {
  return {
    'no marker':
      'not filed by incident-scribe, or its marker is damaged: owner and due date unknown',
    'no owner': 'no owner',
    'no due date': 'no due date',
    'no owner or due date': 'no owner and no due date',
  }[reason] as string;
}

function ownerName(owner: string | undefined): string {
  return owner ? neutralizeMentions(owner) : 'No owner';
}

function severityName(severity: string | undefined): string {
  return severity ? severity.toUpperCase() : '–';
}

function days(n: number): string {
  return `${n} day${n === 1 ? '' : 's'}`;
}

function more(children: RootContent[], hidden: number) {
  if (hidden > 0) children.push(paragraph(`… and ${hidden} more.`));
}

function heading(depth: 2 | 3, value: string): RootContent {
  return { type: 'heading', depth, children: [text(value)] };
}

function html(marker: ReportMarker): RootContent {
  return { type: 'html', value: renderMarker(REPORT_MARKER, { ...marker }) };
}

function table(header: string[], rows: PhrasingContent[][][]): Table {
  const row = (cells: PhrasingContent[][]): TableRow => ({
    type: 'tableRow',
    children: cells.map((children) => ({ type: 'tableCell', children })),
  });
  return {
    type: 'table',
    align: header.map(() => null),
    children: [row(header.map((h) => [text(h)])), ...rows.map(row)],
  };
}

import type { Code } from 'mdast';
import type { Config } from '../config/config.ts';
import type { OverdueItem, WeeklyReport } from './build-report.ts';

/**
 * Mermaid charts GitHub renders. Only scribe-made labels (severity ids, week labels) and
 * numbers go in, never user text, so nothing can break out of a diagram.
 */

/** A pie of the overdue items by severity; undefined when nothing is overdue. */
export function overdueBySeverityPie(overdue: OverdueItem[], config: Config): Code | undefined {
  if (overdue.length === 0) return undefined;
  const counts = new Map<string, number>();
  for (const entry of overdue) {
    const known = config.severities.find((s) => s.id === entry.severity);
    const name = known ? known.id.toUpperCase() : 'no severity';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const rank = (name: string) => (name === 'no severity' ? 99 : Number(name.slice(3)));
  const slices = [...counts.entries()].sort(([a], [b]) => rank(a) - rank(b));
  const lines = ['pie showData', '  title Overdue action items by severity'];
  for (const [name, count] of slices) lines.push(`  "${name}" : ${count}`);
  return mermaid(lines);
}

/** Line charts of the trend: open overdue items, and MTTA / MTTR in minutes, week by week. */
export function trendCharts(trend: WeeklyReport['trend']): Code[] {
  const charts: Code[] = [];
  const reported = trend.filter((p) => 'overdue' in p);
  if (reported.length >= 2) {
    charts.push(
      mermaid([
        'xychart-beta',
        '  title "Open overdue action items"',
        `  x-axis [${reported.map((p) => short(p.week)).join(', ')}]`,
        '  y-axis "items"',
        `  line [${reported.map((p) => ('overdue' in p ? p.overdue : 0)).join(', ')}]`,
      ]),
    );
  }
  const timed = reported.filter((p) => 'mttr' in p && 'mtta' in p);
  if (timed.length >= 2) {
    charts.push(
      mermaid([
        'xychart-beta',
        '  title "MTTA and MTTR (minutes)"',
        `  x-axis [${timed.map((p) => short(p.week)).join(', ')}]`,
        '  y-axis "minutes"',
        `  line [${timed.map((p) => ('mtta' in p ? p.mtta : 0)).join(', ')}]`,
        `  line [${timed.map((p) => ('mttr' in p ? p.mttr : 0)).join(', ')}]`,
      ]),
    );
  }
  return charts;
}

function short(week: string): string {
  return week.slice(5);
}

function mermaid(lines: string[]): Code {
  return { type: 'code', lang: 'mermaid', value: lines.join('\n') };
}

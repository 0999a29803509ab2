import type { Code } from 'mdast';
import { formatClock } from '../time/format-time.ts';
import { phaseBoundaries } from './derive-moments.ts';
import { type Moments, PHASE_LABELS } from './timeline-types.ts';

/**
 * A Mermaid gantt of the workflow phases (GitHub renders Mermaid blocks), or undefined while
 * fewer than two phase boundaries are known. Only scribe-made labels and times go in: no user
 * text, so nothing can break out of the diagram. Times are UTC. A phase still running is drawn
 * up to `lastEventAt`, not to the clock, so the chart changes only when the record does.
 */
export function renderPhaseGantt(moments: Moments, lastEventAt: string): Code | undefined {
  const boundaries = phaseBoundaries(moments);
  if (boundaries.length < 2) return undefined;
  const stamp = (iso: string) => formatClock(iso, 'UTC', true).replace(' ', 'T');
  const first = boundaries[0]?.at as string;
  const lastAt = moments.closed ?? lastEventAt;
  const manyDays = Date.parse(lastAt) - Date.parse(first) > 86_400_000;
  const lines = [
    'gantt',
    '  title Incident phases (UTC)',
    '  dateFormat YYYY-MM-DDTHH:mm',
    `  axisFormat ${manyDays ? '%m-%d %H:%M' : '%H:%M'}`,
  ];
  boundaries.forEach((boundary, index) => {
    const label = PHASE_LABELS[boundary.phase];
    const next = boundaries[index + 1];
    if (next) {
      lines.push(`  ${label} : ${stamp(boundary.at)}, ${stamp(next.at)}`);
    } else if (boundary.phase === 'post-incident') {
      lines.push(`  Closed : milestone, ${stamp(boundary.at)}, 0m`);
    } else {
      // A phase that began with the latest event still shows, one minute wide, so the chart
      // never stops at the phase before the one the incident is in.
      const end = Date.parse(lastEventAt) > Date.parse(boundary.at) ? stamp(lastEventAt) : '1m';
      lines.push(`  ${label} (ongoing) : active, ${stamp(boundary.at)}, ${end}`);
    }
  });
  return { type: 'code', lang: 'mermaid', value: lines.join('\n') };
}

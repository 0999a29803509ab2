import { type Config, findSeverity } from '../config/config.ts';
import { parseIsoTime } from './dates.ts';
import {
  frontMatterKeyPosition,
  readFrontMatter,
  TIME_KEYS,
  type TimeKey,
} from './front-matter.ts';
import { type LintMessage, message } from './lint-message.ts';
import type { PostmortemDocument } from './parse-document.ts';

const REQUIRED_KEYS = ['id', 'title', 'severity', 'status'] as const;

// Which moments must not come after which: mitigation may come before acknowledgement
// (automatic recovery), so the two are not compared with each other.
const MUST_PRECEDE: Record<TimeKey, TimeKey[]> = {
  start: [],
  detected: ['start'],
  acknowledged: ['start', 'detected'],
  mitigated: ['start', 'detected'],
  resolved: ['start', 'detected', 'acknowledged', 'mitigated'],
  closed: ['start', 'detected', 'acknowledged', 'mitigated', 'resolved'],
};

/** Front matter: present, valid YAML, the required keys, a configured severity, ordered times. */
export function lintFrontMatter(doc: PostmortemDocument, config: Config): LintMessage[] {
  if (!doc.yaml) {
    return [
      message(
        'error',
        'front-matter',
        'no front matter: start the file with a YAML block between --- lines holding id, title, severity and status',
        undefined,
      ),
    ];
  }
  const yaml = doc.yaml;
  const front = readFrontMatter(yaml);
  if (!front.ok) return [message('error', 'front-matter', front.message, front)];
  const data = front.data;
  const at = (key: string) => frontMatterKeyPosition(yaml, key);
  const out: LintMessage[] = [];

  for (const key of REQUIRED_KEYS) {
    const value = data[key];
    if (value === undefined || value === null || String(value).trim() === '') {
      out.push(message('error', 'front-matter', `the front matter has no ${key}`, at(key)));
    } else if (typeof value !== 'string' && typeof value !== 'number') {
      out.push(message('error', 'front-matter', `${key} must be a single value`, at(key)));
    }
  }

  const severity = data.severity;
  if ((typeof severity === 'string' || typeof severity === 'number') && String(severity) !== '') {
    if (!findSeverity(config, String(severity))) {
      const known = config.severities.map((s) => s.id).join(', ');
      out.push(
        message(
          'error',
          'severity',
          `severity "${String(severity).slice(0, 40)}" is not one the configuration defines (${known})`,
          at('severity'),
        ),
      );
    }
  }

  const times = new Map<TimeKey, number>();
  for (const key of TIME_KEYS) {
    const value = data[key];
    if (value === undefined || value === null || value === '') continue;
    const ms = typeof value === 'string' ? parseIsoTime(value) : undefined;
    if (ms === undefined) {
      out.push(
        message(
          'error',
          'front-matter',
          `${key} is not a time the scribe can read; write ISO 8601 in UTC, such as 2024-01-15T10:00:00Z`,
          at(key),
        ),
      );
    } else times.set(key, ms);
  }
  for (const key of TIME_KEYS) {
    const time = times.get(key);
    if (time === undefined) continue;
    // Name the latest earlier moment it comes before, one message per key.
    const clash = MUST_PRECEDE[key]
      .filter((earlier) => (times.get(earlier) ?? Number.NEGATIVE_INFINITY) > time)
      .at(-1);
    if (clash) {
      out.push(message('error', 'times-ordered', `${key} comes before ${clash}`, at(key)));
    }
  }

  const duration = data.duration_minutes;
  if (
    duration !== undefined &&
    duration !== null &&
    !(typeof duration === 'number' && Number.isInteger(duration) && duration >= 0)
  ) {
    out.push(
      message(
        'error',
        'front-matter',
        'duration_minutes must be a whole number of minutes',
        at('duration_minutes'),
      ),
    );
  }
  return out;
}

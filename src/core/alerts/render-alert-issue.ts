import type { Link, PhrasingContent, RootContent } from 'mdast';
import type { Config } from '../config/config.ts';
import { formatMinutesLong } from '../config/duration.ts';
import { renderMarker } from '../markdown/marker.ts';
import { bulletList, code, field, paragraph, text, userText } from '../markdown/nodes.ts';
import { toMarkdown } from '../markdown/to-markdown.ts';
import { andMore, capBody, firstOf } from '../text/cap-body.ts';
import { safeInline } from '../text/safe-text.ts';
import { formatInstant } from '../time/format-time.ts';
import { ALERT_MARKER, type AlertIssueMarker } from './alert-marker.ts';
import type { AlertGroup } from './alert-types.ts';
import { alertSeverity } from './map-alert.ts';

/** At most this many alerts are listed in the issue; the rest are counted. */
const MAX_LISTED = 20;
/** Labels shown per alert, so a label-heavy alert stays one line. */
const MAX_LABELS = 8;

/** The issue's title: the alert's summary, one line, short enough to read in a list. */
export function renderAlertTitle(group: AlertGroup): string {
  return safeInline(group.title.replace(/</g, '‹').replace(/>/g, '›'), 120) || 'Alert';
}

/**
 * The body of the issue an alert group opens, in the shape of the reference Initial Alert.
 * Every text the source sent is hostile: one line, capped, unable to ping, escaped by the
 * Markdown serializer; links are kept only when they are http(s).
 */
export function renderAlertIssue(
  group: AlertGroup,
  options: { config: Config; groupHash: string; recurrenceOf?: number | undefined; now: Date },
): string {
  const { config } = options;
  const severity = alertSeverity(group, config);
  const marker: AlertIssueMarker = {
    group: options.groupHash,
    source: group.source,
    ...(options.recurrenceOf ? { recurrenceOf: options.recurrenceOf } : {}),
  };
  const value = group.labels[config.alerts.severityLabel];
  const fields: PhrasingContent[][] = [
    field('Incident', alertText(group.title, 200)),
    field(
      'Severity',
      `${severity.id.toUpperCase()} (${severity.title})`,
      ...(value === undefined
        ? [' (no ', code(config.alerts.severityLabel), ' label on the alert)']
        : [
            ' from the alert’s ',
            code(config.alerts.severityLabel),
            ' label: ',
            userText(value, 50),
          ]),
    ),
    field('Status', 'Investigating'),
    field(
      'Impact',
      group.description ? alertText(group.description, 1_000) : 'not described by the alert',
    ),
    field('Commander', 'none yet (assign one with ', code('/ic @user'), ')'),
    field('Updates', `Will post every ${formatMinutesLong(severity.updateEveryMinutes)}`),
  ];
  const links = linkFields(group);
  // The first paragraph is what the status comment shows as the impact.
  const content: RootContent[] = [
    paragraph(
      group.description ? alertText(group.description, 1_000) : alertText(group.title, 200),
    ),
    { type: 'heading', depth: 3, children: [text('Initial Alert')] },
    bulletList([...fields, ...links]),
  ];
  if (options.recurrenceOf) {
    content.push(
      paragraph(
        `Recurrence of #${options.recurrenceOf}: the same alert fired within ${formatMinutesLong(config.alerts.recurrenceWindowMinutes)} of that incident’s close.`,
      ),
    );
  }
  const firing = group.alerts.filter((a) => a.status === 'firing');
  const { shown, more } = firstOf(firing, MAX_LISTED);
  content.push(
    paragraph(
      `Opened by incident-scribe from ${SOURCE_NAMES[group.source]} at ${formatInstant(options.now.toISOString(), config.timezone)}; ${firing.length} alert${firing.length === 1 ? '' : 's'} firing:`,
    ),
    bulletList([
      ...shown.map((alert) => {
        const labels = Object.entries(alert.labels).slice(0, MAX_LABELS);
        const item: PhrasingContent[] = [
          code(safeInline(alert.labels.alertname ?? alert.fingerprint, 100)),
          ...labels
            .filter(([k]) => k !== 'alertname')
            .flatMap(([k, v]): PhrasingContent[] => [text(' '), userText(`${k}=${v}`, 100)]),
        ];
        const since = alert.startsAt && !Number.isNaN(Date.parse(alert.startsAt));
        if (since) item.push(text(`, since ${formatInstant(alert.startsAt as string, 'UTC')}`));
        return item;
      }),
      ...(more > 0 ? [[text(andMore(more, 'alerts'))]] : []),
    ]),
  );
  const markdown = toMarkdown({ type: 'root', children: content });
  return capBody(`${renderMarker(ALERT_MARKER, { ...marker })}\n${markdown}`);
}

const SOURCE_NAMES = {
  alertmanager: 'Alertmanager',
  grafana: 'Grafana',
  generic: 'an alert',
} as const;

/** Runbook, dashboard and source links from the annotations, http(s) only. */
function linkFields(group: AlertGroup): PhrasingContent[][] {
  const a = group.annotations;
  const candidates: [string, string | undefined][] = [
    ['Runbook', a.runbook_url ?? a.runbook],
    ['Dashboard', a.dashboard_url ?? a.dashboard ?? a.grafana_url],
    ['Source', group.url ?? group.alerts[0]?.url],
  ];
  return candidates.flatMap(([label, raw]) => {
    const url = webLink(raw);
    return url ? [field(label, link(url))] : [];
  });
}

/** An http(s) URL, normalised, or undefined: no javascript:, data: or relative links. */
export function webLink(raw: string | undefined): string | undefined {
  if (!raw || raw.length > 2_000) return undefined;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function link(url: string): Link {
  // The text is the URL itself, made unable to ping; the target is the parsed URL.
  return { type: 'link', url, children: [userText(url, 200)] };
}

/**
 * Alert text, as users' text (one line, capped, no pings) and without angle brackets: HTML in
 * an annotation is noise, and text the serializer must escape reads badly where it is quoted.
 */
function alertText(value: string, max: number) {
  return userText(value.replace(/</g, '‹').replace(/>/g, '›'), max);
}

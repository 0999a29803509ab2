import type * as z from 'zod';
import {
  alertmanagerPayload,
  genericAlert,
  genericPayload,
  grafanaPayload,
  sourceAlert,
} from './alert-schemas.ts';
import type { Alert, AlertGroup, AlertSource, ParsedAlerts } from './alert-types.ts';

export type ParseResult = { ok: true; alerts: ParsedAlerts } | { ok: false; message: string };

/**
 * Reads a source's payload into alert groups. A payload that is not the source's shape is
 * refused whole, with the first problem named; an alert in it that is not valid (no
 * fingerprint, say) is left out and named in `skipped`, and the others are kept.
 */
export function parseAlerts(source: AlertSource, payload: unknown): ParseResult {
  if (source === 'generic') return parseGeneric(payload);
  const schema = source === 'alertmanager' ? alertmanagerPayload : grafanaPayload;
  const top = schema.safeParse(payload);
  if (!top.success) return refuse(source, top.error);
  const skipped: string[] = [];
  const alerts: Alert[] = [];
  top.data.alerts.forEach((raw, index) => {
    const read = sourceAlert.safeParse(raw);
    if (!read.success) {
      skipped.push(`alerts[${index}]: ${problem(read.error)}`);
      return;
    }
    const a = read.data;
    alerts.push({
      fingerprint: a.fingerprint,
      status: a.status,
      labels: a.labels,
      annotations: a.annotations,
      startsAt: a.startsAt,
      url: a.generatorURL,
    });
  });
  const data = top.data;
  const first = alerts[0];
  const annotations = { ...data.commonAnnotations };
  // Grafana names the dashboard per alert; the group shows the first one's.
  const dashboard = (top.data.alerts[0] as { dashboardURL?: unknown } | undefined)?.dashboardURL;
  if (annotations.dashboard === undefined && typeof dashboard === 'string' && dashboard) {
    annotations.dashboard = dashboard;
  }
  const labels = { ...data.groupLabels, ...data.commonLabels };
  const title =
    annotations.summary ??
    labels.alertname ??
    ('title' in data ? data.title : undefined) ??
    first?.labels.alertname ??
    'Alert';
  const description =
    annotations.description ?? ('message' in data ? data.message : undefined) ?? undefined;
  if (alerts.length === 0) return { ok: true, alerts: { groups: [], skipped } };
  const group: AlertGroup = {
    source,
    key: data.groupKey,
    status: alerts.some((a) => a.status === 'firing') ? 'firing' : 'resolved',
    title,
    description,
    labels,
    annotations,
    url: data.externalURL,
    alerts,
  };
  return { ok: true, alerts: { groups: [group], skipped } };
}

function parseGeneric(payload: unknown): ParseResult {
  const top = genericPayload.safeParse(payload);
  if (!top.success) return refuse('generic', top.error);
  const list = 'alerts' in top.data ? (top.data.alerts as unknown[]) : [payload];
  const skipped: string[] = [];
  const byKey = new Map<string, AlertGroup>();
  list.forEach((raw, index) => {
    const read = genericAlert.safeParse(raw);
    if (!read.success) {
      skipped.push(
        `${'alerts' in top.data ? `alerts[${index}]` : 'the alert'}: ${problem(read.error)}`,
      );
      return;
    }
    const a = read.data;
    const labels = a.severity === undefined ? a.labels : { ...a.labels, severity: a.severity };
    const alert: Alert = {
      fingerprint: a.fingerprint,
      status: a.status,
      labels,
      annotations: {},
      startsAt: undefined,
      url: a.url,
    };
    const known = byKey.get(a.fingerprint);
    if (known) {
      // The same fingerprint twice in one payload: the later word on its status counts.
      known.alerts = [alert];
      known.status = a.status;
      return;
    }
    byKey.set(a.fingerprint, {
      source: 'generic',
      key: a.fingerprint,
      status: a.status,
      title: a.title,
      description: a.description,
      labels,
      annotations: {},
      url: a.url,
      alerts: [alert],
    });
  });
  return { ok: true, alerts: { groups: [...byKey.values()], skipped } };
}

function refuse(source: AlertSource, error: z.ZodError): ParseResult {
  return { ok: false, message: `not a ${SHAPES[source]} payload: ${problem(error)}` };
}

const SHAPES: Record<AlertSource, string> = {
  alertmanager: 'Alertmanager webhook (version 4)',
  grafana: 'Grafana alerting webhook',
  generic: 'generic alert',
};

/** The first problem zod found, as "path: message" (paths only name the schema's keys). */
function problem(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return 'invalid';
  const path = first.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`));
  const where = path.join('').replace(/^\./, '');
  return `${where || 'payload'}: ${first.message}`.slice(0, 300);
}

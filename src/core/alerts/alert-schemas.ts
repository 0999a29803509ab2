import * as z from 'zod';

/**
 * The payloads as their sources document them, no stricter than needed: unknown keys pass (the
 * sources add fields), and each alert is read on its own, so one bad alert never costs the
 * valid ones beside it.
 */

const MAX_TEXT = 10_000;
const text = z.string().max(MAX_TEXT);
const kv = z.record(z.string().max(200), text);
const status = z.enum(['firing', 'resolved']);

/** Prometheus Alertmanager's webhook, version 4. */
export const alertmanagerPayload = z.object({
  version: z.literal('4'),
  groupKey: z.string().min(1).max(2_000),
  status,
  receiver: text.optional(),
  groupLabels: kv.default({}),
  commonLabels: kv.default({}),
  commonAnnotations: kv.default({}),
  externalURL: text.optional(),
  truncatedAlerts: z.number().int().nonnegative().optional(),
  alerts: z.array(z.unknown()).max(10_000),
});

/** One alert of Alertmanager's and Grafana's webhooks. */
export const sourceAlert = z.object({
  status,
  labels: kv.default({}),
  annotations: kv.default({}),
  startsAt: text.optional(),
  endsAt: text.optional(),
  generatorURL: text.optional(),
  fingerprint: z.string().min(1).max(200),
  dashboardURL: text.optional(),
  panelURL: text.optional(),
  silenceURL: text.optional(),
});

/** Grafana alerting's webhook contact point (its `version` is "1"). */
export const grafanaPayload = z.object({
  groupKey: z.string().min(1).max(2_000),
  status,
  receiver: text.optional(),
  title: text.optional(),
  message: text.optional(),
  groupLabels: kv.default({}),
  commonLabels: kv.default({}),
  commonAnnotations: kv.default({}),
  externalURL: text.optional(),
  alerts: z.array(z.unknown()).max(10_000),
});

/** The generic shape (docs/alerts.md): one alert, or `{alerts: [...]}`. */
export const genericAlert = z.object({
  fingerprint: z.string().min(1).max(200),
  status,
  title: z.string().min(1).max(MAX_TEXT),
  severity: z.string().max(100).optional(),
  description: text.optional(),
  url: text.optional(),
  labels: kv.default({}),
});

export const genericPayload = z.union([
  z.object({ alerts: z.array(z.unknown()).min(1).max(10_000) }),
  z.object({ fingerprint: z.unknown() }).passthrough(),
]);

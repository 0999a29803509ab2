import { ALERT_SOURCES, type AlertSource } from '../../core/alerts/alert-types.ts';
import { parseAlerts } from '../../core/alerts/parse-alerts.ts';
import type { GitHubPort } from '../../github/port.ts';
import type { ConfigLoad } from '../config/load-config.ts';
import { WriteFailures } from '../shared/write-failures.ts';
import { type GroupOutcome, ingestAlerts } from './ingest-alerts.ts';

/** The event type a relay sends: `{"event_type": "alert", "client_payload": {...}}`. */
export const ALERT_EVENT_TYPE = 'alert';

/**
 * An alert relayed as `repository_dispatch`: `client_payload` is `{source, payload}`, the payload
 * exactly as the App's route takes it. GitHub has authenticated the sender (write access), so
 * no alert token is asked. Returns a short phrase for logs and tests.
 */
export async function dispatchedAlert(
  payload: Record<string, unknown>,
  action: string,
  deps: {
    port: GitHubPort;
    loadConfig: () => Promise<ConfigLoad>;
    now: () => Date;
    log: (message: string) => void;
  },
): Promise<string> {
  if (action !== ALERT_EVENT_TYPE) return `ignored: repository_dispatch.${action.slice(0, 50)}`;
  const client = (payload.client_payload ?? {}) as { source?: unknown; payload?: unknown };
  const source = typeof client.source === 'string' ? client.source : '';
  if (!(ALERT_SOURCES as readonly string[]).includes(source)) {
    return `refused: client_payload.source must be ${ALERT_SOURCES.join(', ')}`;
  }
  const parsed = parseAlerts(source as AlertSource, client.payload);
  if (!parsed.ok) return `refused: client_payload.payload is ${parsed.message}`;
  const loaded = await deps.loadConfig();
  if (!loaded.ok) return 'refused: invalid configuration';
  const repository = payload.repository as { default_branch?: string } | undefined;
  const failures = new WriteFailures(deps.log);
  const groups = await ingestAlerts(deps.port, loaded.config, {
    groups: parsed.alerts.groups,
    now: deps.now(),
    baseSha: () => deps.port.branchSha(repository?.default_branch ?? 'main'),
    failures,
  });
  return failures.settle(describe(groups, parsed.alerts.skipped));
}

/** "alerts: opened #3, fired again #1; skipped alerts[2]: ...". */
export function describe(groups: GroupOutcome[], skipped: string[]): string {
  const done = groups.map((g) => `${g.outcome}${g.issue ? ` #${g.issue}` : ''}`).join(', ');
  // A payload may skip thousands: the first three say why, the count says the rest.
  const more = skipped.length > 3 ? `; and ${skipped.length - 3} more` : '';
  const left = skipped.length > 0 ? `; skipped ${skipped.slice(0, 3).join('; ')}${more}` : '';
  return `alerts: ${done || 'none'}${left}`;
}

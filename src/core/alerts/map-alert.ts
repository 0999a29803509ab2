import { type Config, findSeverity, type Severity } from '../config/config.ts';
import { quotable } from '../text/safe-text.ts';
import type { AlertGroup } from './alert-types.ts';

/** The severity an alert group maps to: its severity label through `alerts.severities`. */
export function alertSeverity(group: AlertGroup, config: Config): Severity {
  const { severityLabel, severityMap, defaultSeverity } = config.alerts;
  const value = group.labels[severityLabel] ?? group.alerts[0]?.labels[severityLabel];
  const id = value === undefined ? undefined : severityMap[value.trim().toLowerCase()];
  // The schema has checked that both ids name a severity; sev4 is only a last resort.
  return (findSeverity(config, id ?? defaultSeverity) ??
    findSeverity(config, defaultSeverity) ??
    config.severities.at(-1)) as Severity;
}

/** GitHub's limit on a label's name. */
const MAX_LABEL = 50;

/**
 * The labels an alert's issue opens with: its severity, the incident label, and `name:value`
 * for each alert label named in `alerts.labels` (e.g. `service:checkout`).
 */
export function alertIssueLabels(group: AlertGroup, config: Config): string[] {
  const labels = [alertSeverity(group, config).label, config.labels.incident];
  for (const name of config.alerts.labels) {
    const value = group.labels[name] ?? group.alerts[0]?.labels[name];
    if (value === undefined) continue;
    const label = quotable(`${name}:${value}`).replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL);
    // A label name cannot hold a comma (the API splits on it).
    if (label && !label.includes(',')) labels.push(label);
  }
  return [...new Set(labels)];
}

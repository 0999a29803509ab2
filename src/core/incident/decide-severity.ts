import type { Config, Severity } from '../config/config.ts';
import { severityByLabel } from '../config/config.ts';

export interface SeverityDecision {
  /** The one severity the incident has after this event; undefined when it has none. */
  severity: Severity | undefined;
  /** Severity labels to take off so that exactly one remains. */
  remove: string[];
  /** Said once, in the status comment, when the scribe had to choose between labels. */
  note: string | undefined;
}

export interface SeverityInput {
  labels: string[];
  /**
   * What the scribe last recorded: undefined when the issue never was an incident, null for an
   * incident without a severity, else the severity id it had.
   */
  previous?: string | null | undefined;
}

/**
 * Keeps exactly one severity label, by a rule that does not depend on which webhook arrives
 * first, so concurrent deliveries agree: labels other than the recorded severity are a change,
 * and the most severe of them wins; a new incident with several keeps the most severe.
 * Undefined when the issue is not, and was not, an incident.
 */
export function decideSeverity(config: Config, input: SeverityInput): SeverityDecision | undefined {
  const present = input.labels
    .map((label) => ({ label, severity: severityByLabel(config, label) }))
    .filter((x): x is { label: string; severity: Severity } => x.severity !== undefined)
    .sort((a, b) => a.severity.rank - b.severity.rank);
  if (present.length === 0) {
    return input.previous === undefined
      ? undefined
      : { severity: undefined, remove: [], note: undefined };
  }
  const changes = present.filter((p) => p.severity.id !== input.previous);
  const candidates = input.previous === undefined || changes.length === 0 ? present : changes;
  const winner = candidates[0] as (typeof present)[number];
  const losers = present.filter((p) => p !== winner).map((p) => p.label);
  // Replacing the recorded severity by one new label is an ordinary change: nothing to say.
  const note =
    candidates.length > 1
      ? `Several severity labels were set (${candidates.map((p) => p.label).join(', ')}): kept ${winner.label}, the most severe, and removed ${losers.join(', ')}.`
      : undefined;
  return { severity: winner.severity, remove: losers, note };
}

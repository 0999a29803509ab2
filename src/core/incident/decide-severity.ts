import type { Config, Severity } from '../config/config.ts';
import { severityByLabel } from '../config/config.ts';

export interface SeverityDecision {
  /** The one severity the incident has after this event; undefined when its label was removed. */
  severity: Severity | undefined;
  /** Severity labels to take off so that exactly one remains. */
  remove: string[];
  /** Said once, in the status comment, when the scribe had to choose between labels. */
  note: string | undefined;
}

export interface SeverityInput {
  labels: string[];
  /** The label this event added, if any. */
  added?: string | undefined;
  /** The severity id the incident had before this event, if it was already an incident. */
  previous?: string | undefined;
}

/**
 * Keeps exactly one severity label. On an existing incident the label just added is the new
 * severity (or, on a redelivery, the one already chosen); a first declaration with several
 * labels keeps the most severe. Undefined when the issue is not, and was not, an incident.
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
  const added =
    input.previous === undefined ? undefined : present.find((p) => p.label === input.added);
  const winner = added ?? (present[0] as (typeof present)[number]);
  const losers = present.filter((p) => p !== winner).map((p) => p.label);
  const note =
    losers.length > 0 && !added
      ? `Several severity labels were set (${present.map((p) => p.label).join(', ')}): kept ${winner.label}, the most severe, and removed ${losers.join(', ')}.`
      : undefined;
  return { severity: winner.severity, remove: losers, note };
}

import type { Config } from '../core/config/config.ts';
import { decideSeverity } from '../core/incident/decide-severity.ts';
import { incidentId } from '../core/incident/incident-id.ts';
import type { IssueSnapshot } from '../core/incident/issue.ts';
import {
  renderStatusComment,
  STATUS_MARKER,
  type StatusMarker,
} from '../core/status/render-status-comment.ts';
import type { GitHubPort } from '../github/port.ts';
import { ensureOwnComment, findOwnComments } from './shared/own-comment.ts';

export interface DeclareInput {
  issue: IssueSnapshot;
  /** The label this event added, if it was a `labeled` event. */
  addedLabel?: string | undefined;
  /** When this event happened (from the payload, so a redelivery computes the same thing). */
  eventAt: string;
}

export type DeclareOutcome = 'not-an-incident' | 'unchanged' | 'updated';

/**
 * An issue with a severity label is an incident: one severity label, the incident label,
 * and one status comment kept in the shape of the Initial Alert.
 */
export async function declareIncident(
  port: GitHubPort,
  config: Config,
  input: DeclareInput,
): Promise<DeclareOutcome> {
  const { issue, addedLabel } = input;
  // 1. Not an incident and no severity label: nothing to read, nothing to write.
  const first = decideSeverity(config, { labels: issue.labels });
  if (!first && !issue.labels.includes(config.labels.incident)) return 'not-an-incident';

  // 2. Read back what the scribe said before: the status comment and the severity it recorded.
  const self = await port.selfLogin();
  const comments = await port.listIssueComments(issue.number);
  const previous = findOwnComments(comments, self, STATUS_MARKER)[0]?.data as
    | StatusMarker
    | undefined;
  const before = previous?.severity ?? undefined;
  let labels = issue.labels;
  let decision = decideSeverity(config, { labels, added: addedLabel, previous: before });
  // A redelivered payload shows the labels as they were; check what is there now before writing.
  if (
    previous &&
    decision &&
    (decision.remove.length > 0 || !labels.includes(config.labels.incident))
  ) {
    labels = await port.listIssueLabels(issue.number);
    const added = addedLabel !== undefined && labels.includes(addedLabel) ? addedLabel : undefined;
    decision = decideSeverity(config, { labels, added, previous: before });
  }
  if (!decision) return 'not-an-incident';

  // 3. Exactly one severity label, and the incident label.
  let wrote = false;
  for (const label of decision.remove) {
    await port.removeLabel(issue.number, label);
    wrote = true;
  }
  if (!labels.includes(config.labels.incident)) {
    await port.addLabels(issue.number, [config.labels.incident]);
    wrote = true;
  }

  // 4. The status comment, updated in place; a choice between labels is said once, and
  //    forgotten when the severity changes again.
  const changed = previous !== undefined && previous.severity !== (decision.severity?.id ?? null);
  const body = renderStatusComment(
    {
      id: incidentId(config.incidentIdFormat, issue),
      issue: { ...issue, labels },
      severity: decision.severity,
      declaredAt: previous?.declaredAt ?? input.eventAt,
      status: 'Investigating',
      commander: undefined,
      note: decision.note ?? (changed ? undefined : previous?.note),
    },
    config,
  );
  const result = await ensureOwnComment(port, issue.number, STATUS_MARKER, body, {
    comments,
    self,
  });
  return wrote || result.wrote ? 'updated' : 'unchanged';
}

import type { IssueEvent, IssueSnapshot } from '../incident/issue.ts';

/**
 * The issue's labels and assignees as its history says they are now. A webhook payload shows
 * them as they were when the event happened, so a redelivered `/severity` or `/ic` would write
 * again; the timeline, read just now, knows better. A label or person the history never
 * mentions keeps what the payload says.
 */
export function issueAsOfEvents(
  issue: IssueSnapshot,
  events: readonly IssueEvent[],
): IssueSnapshot {
  const labels = lastWord(issue.labels, events, (e) =>
    e.kind === 'labeled' || e.kind === 'unlabeled' ? [e.label, e.kind === 'labeled'] : undefined,
  );
  const assignees = lastWord(issue.assignees, events, (e) =>
    e.kind === 'assigned' || e.kind === 'unassigned'
      ? [e.assignee, e.kind === 'assigned']
      : undefined,
  );
  return { ...issue, labels, assignees };
}

/** Names in `start`, with each name the events speak of set by the last event about it. */
function lastWord(
  start: readonly string[],
  events: readonly IssueEvent[],
  says: (event: IssueEvent) => [string, boolean] | undefined,
): string[] {
  // GitHub compares labels and logins without case; keep the spelling first seen.
  const present = new Map(start.map((name) => [name.toLowerCase(), name]));
  const ordered = events
    .map((event, index) => ({ event, index, ms: Date.parse(event.at) }))
    .sort((a, b) => a.ms - b.ms || a.index - b.index);
  for (const { event } of ordered) {
    const said = says(event);
    if (!said) continue;
    const [name, on] = said;
    if (on) present.set(name.toLowerCase(), present.get(name.toLowerCase()) ?? name);
    else present.delete(name.toLowerCase());
  }
  return [...present.values()];
}

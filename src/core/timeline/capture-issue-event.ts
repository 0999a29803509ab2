import { severityByLabel } from '../config/config.ts';
import type { IssueEvent } from '../incident/issue.ts';
import { addEntry, changeSeverity, type Draft } from './timeline-draft.ts';

type CapturedEvent = Exclude<IssueEvent, { kind: 'commented' }>;

/**
 * Records what happened to the issue itself (labels, assignees, title, references, close and
 * reopen). These are facts whoever caused them, bots included: an alerting bot that labels
 * `sev1` did declare a SEV1. The scribe's own follow-ups to a command are not recorded twice.
 */
export function captureIssueEvent(draft: Draft, event: CapturedEvent): void {
  const actor = event.actor.login;
  const at = event.at;
  const isSelf = actor.toLowerCase() === draft.selfLogin.toLowerCase();
  switch (event.kind) {
    case 'labeled':
    case 'unlabeled': {
      const severity = severityByLabel(draft.config, event.label);
      if (!severity) return;
      if (event.kind === 'labeled') {
        draft.severityLabels.add(severity.id);
        changeSeverity(draft, severity, at, actor, 'auto');
      } else {
        draft.severityLabels.delete(severity.id);
        if (draft.severity?.id !== severity.id) return;
        // Another severity label may still be on the issue: the most severe one stands.
        const remaining = draft.config.severities.find((s) => draft.severityLabels.has(s.id));
        changeSeverity(draft, remaining, at, actor, 'auto');
      }
      return;
    }
    case 'assigned':
    case 'unassigned': {
      const assignee = event.assignee;
      if (isSelf && event.kind === 'assigned' && sameLogin(assignee, draft.roles.commander)) return;
      if (
        isSelf &&
        event.kind === 'unassigned' &&
        draft.formerCommanders.has(assignee.toLowerCase())
      )
        return;
      const text = event.kind === 'assigned' ? `Assigned @${assignee}` : `Unassigned @${assignee}`;
      addEntry(draft, { at, text, actor, source: 'auto', kind: event.kind });
      return;
    }
    case 'renamed':
      addEntry(draft, {
        at,
        text: `Title changed to "${event.to}"`,
        actor,
        source: 'auto',
        kind: 'renamed',
      });
      return;
    case 'cross-referenced': {
      const { source } = event;
      const what = source.isPullRequest ? 'pull request' : 'issue';
      const where = source.repo.toLowerCase() === draft.repo.toLowerCase() ? '' : source.repo;
      addEntry(draft, {
        at,
        text: `Referenced in ${what} ${where}#${source.number}: ${source.title}`,
        actor,
        source: 'auto',
        kind: 'referenced',
        url: source.url,
      });
      return;
    }
    case 'closed': {
      // GitHub's "close as not planned" is how a team says the alert was a false alarm.
      const falseAlarm = event.stateReason === 'not_planned';
      addEntry(draft, {
        at,
        text: falseAlarm ? FALSE_ALARM : 'Incident closed',
        actor,
        source: 'auto',
        kind: 'closed',
        falseAlarm,
      });
      return;
    }
    case 'reopened':
      // A reopened incident is not resolved any more, whatever the last update said.
      if (draft.status?.status === 'resolved') draft.status = undefined;
      addEntry(draft, { at, text: 'Incident reopened', actor, source: 'auto', kind: 'reopened' });
      return;
  }
}

/** How a false alarm reads, in the timeline and in the status comment. */
export const FALSE_ALARM = 'Closed: false alarm';

export function sameLogin(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}

import type { Paragraph, PhrasingContent } from 'mdast';
import { ROLE_LABELS, type Role, statusLabel } from '../commands/command-types.ts';
import { field, paragraph, text } from '../markdown/nodes.ts';
import { quietLogin } from '../text/safe-text.ts';
import { FALSE_ALARM } from './capture-issue-event.ts';
import { severityName } from './timeline-draft.ts';
import { type IncidentState, PHASE_LABELS } from './timeline-types.ts';

const ROLES: Role[] = ['commander', 'lead', 'scribe'];

/**
 * Where the incident stands, one field a line: severity, phase, status, roles, acknowledgement.
 * GitHub shows each line of a comment on its own line, as the reference templates are written.
 */
export function renderIncidentState(state: IncidentState): Paragraph {
  const person = (login: string | undefined) => (login ? quietLogin(login) : 'not assigned');
  const lines: PhrasingContent[][] = [
    field(
      'Severity',
      state.severity ? `${severityName(state.severity)} (${state.severity.title})` : 'not set',
    ),
    field('Phase', PHASE_LABELS[state.phase]),
    field('Status', state.falseAlarm ? FALSE_ALARM : statusLabel(state.status?.status)),
    ...ROLES.map((role) => field(capitalise(ROLE_LABELS[role]), person(state.roles[role]))),
    field(
      'Acknowledged by',
      state.acknowledgedBy ? quietLogin(state.acknowledgedBy) : 'nobody yet',
    ),
  ];
  return paragraph(...lines.flatMap((line, index) => (index === 0 ? line : [text('\n'), ...line])));
}

function capitalise(words: string): string {
  return words.charAt(0).toUpperCase() + words.slice(1);
}

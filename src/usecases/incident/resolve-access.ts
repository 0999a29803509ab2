import { type Access, reaches } from '../../core/commands/access.ts';
import type { Config } from '../../core/config/config.ts';
import type { IssueEvent, IssueSnapshot } from '../../core/incident/issue.ts';
import type { StatusMarker } from '../../core/status/render-status-comment.ts';
import { loginsToCheck } from '../../core/timeline/logins-to-check.ts';
import type { GitHubPort } from '../../github/port.ts';

type Decision = 'act' | 'access' | 'none';

/**
 * Who may run commands and hold roles. Each person's permission is asked once per incident
 * (collaborator-permission API) and remembered in the status comment's marker, so rebuilding
 * the timeline costs no permission reads. The person acting now is asked again when the
 * remembered answer would refuse them: permissions do get granted mid-incident.
 */
export async function resolveAccess(
  port: GitHubPort,
  config: Config,
  issue: IssueSnapshot,
  events: readonly IssueEvent[],
  known: StatusMarker['people'],
  actingNow: string | undefined,
): Promise<{ access: Access; people: Record<string, Decision> }> {
  const people: Record<string, Decision> = { ...known };
  const ask = async (login: string) => {
    const permission = await port.permissionOf(login);
    const decision = reaches(permission, config.commands.permission) ? 'act' : 'access';
    people[login.toLowerCase()] = permission === 'none' ? 'none' : decision;
  };
  for (const login of loginsToCheck(issue, events, config)) {
    const remembered = people[login.toLowerCase()];
    const recheck =
      actingNow !== undefined &&
      login.toLowerCase() === actingNow.toLowerCase() &&
      remembered !== 'act';
    if (remembered === undefined || recheck) await ask(login);
  }
  const decision = (login: string) => people[login.toLowerCase()];
  return {
    access: {
      canAct: (login) => decision(login) === 'act',
      hasAccess: (login) => decision(login) !== 'none',
    },
    people,
  };
}

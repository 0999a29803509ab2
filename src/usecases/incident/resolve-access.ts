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
 * the timeline costs no permission reads. Someone typing a command that changes the incident
 * is asked again every time (permissions are granted and revoked mid-incident), and a comment
 * refused once stays refused unless its author edits it with the permission.
 */
export async function resolveAccess(
  port: GitHubPort,
  config: Config,
  issue: IssueSnapshot,
  events: readonly IssueEvent[],
  known: Pick<StatusMarker, 'people' | 'refused'> | undefined,
  /** The comment at hand, when it holds a command that changes the incident, and its author. */
  actingNow: { login: string; commentId: number } | undefined,
): Promise<{ access: Access; people: Record<string, Decision> }> {
  const people: Record<string, Decision> = { ...known?.people };
  const refused = new Set(known?.refused ?? []);
  const ask = async (login: string) => {
    const permission = await port.permissionOf(login);
    const decision = reaches(permission, config.commands.permission) ? 'act' : 'access';
    people[login.toLowerCase()] = permission === 'none' ? 'none' : decision;
  };
  for (const login of loginsToCheck(issue, events, config)) {
    const remembered = people[login.toLowerCase()];
    const recheck = login.toLowerCase() === actingNow?.login.toLowerCase();
    if (remembered === undefined || recheck) await ask(login);
  }
  const decision = (login: string) => people[login.toLowerCase()];
  // The author has just written (or rewritten) this comment with the permission they have now.
  if (actingNow && decision(actingNow.login) === 'act') refused.delete(actingNow.commentId);
  return {
    access: {
      canAct: (login) => decision(login) === 'act',
      canActIn: (login, commentId) => decision(login) === 'act' && !refused.has(commentId),
      hasAccess: (login) => decision(login) !== 'none',
    },
    people,
  };
}

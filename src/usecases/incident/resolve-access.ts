import { type Access, reaches } from '../../core/commands/access.ts';
import { isAllowedBot, takesCommandsFrom } from '../../core/commands/command-author.ts';
import { changesState } from '../../core/commands/command-types.ts';
import { parseCommentCommands } from '../../core/commands/parse-commands.ts';
import type { Config } from '../../core/config/config.ts';
import type { IssueEvent } from '../../core/incident/issue.ts';
import type { StatusMarker } from '../../core/status/render-status-comment.ts';
import { loginsToCheck } from '../../core/timeline/logins-to-check.ts';
import type { GitHubPort } from '../../github/port.ts';

type Decision = 'act' | 'access' | 'none';

/**
 * Who may run commands and hold roles. A comment's commands are judged once, when the comment
 * is made (or edited): its author's permission is asked then, and the decision stays. The
 * status marker remembers it: `judgedAt` (every comment last written by then was judged) and
 * `refused` (those refused for want of permission); the rest were accepted. So a later grant
 * does not reach back, a later revocation does not undo what a grant did, and only an edit
 * by the author after the change is judged again. Each person's permission is remembered
 * (`people`) too, so rebuilding the timeline asks nobody twice.
 */
export async function resolveAccess(
  port: GitHubPort,
  config: Config,
  events: readonly IssueEvent[],
  known: Pick<StatusMarker, 'people' | 'refused' | 'judgedAt'> | undefined,
): Promise<{ access: Access; people: Record<string, Decision>; judgedAt: string | undefined }> {
  const people: Record<string, Decision> = { ...known?.people };
  const refused = new Set(known?.refused ?? []);
  const judgedAt = known?.judgedAt ? Date.parse(known.judgedAt) : Number.NEGATIVE_INFINITY;
  const asked = new Set<string>();
  const self = await port.selfLogin();
  const ask = async (login: string) => {
    if (asked.has(login.toLowerCase())) return;
    asked.add(login.toLowerCase());
    // A bot has no collaborator permission to ask for: being listed is its grant.
    if (isAllowedBot(login, config)) {
      people[login.toLowerCase()] = 'act';
      return;
    }
    const permission = await port.permissionOf(login);
    const decision = reaches(permission, config.commands.permission) ? 'act' : 'access';
    people[login.toLowerCase()] = permission === 'none' ? 'none' : decision;
  };

  // Comments written (or rewritten) since the last judgement: their authors are asked now.
  const unjudged = new Set<number>();
  let latest: number | undefined;
  for (const event of events) {
    if (event.kind !== 'commented' || !takesCommandsFrom(event.actor, config, self)) continue;
    const written = Math.max(Date.parse(event.at), Date.parse(event.updatedAt));
    latest = latest === undefined ? written : Math.max(latest, written);
    if (written <= judgedAt) continue;
    const { commands } = parseCommentCommands(event, config);
    if (!commands.some(changesState)) continue;
    unjudged.add(event.id);
    await ask(event.actor.login);
  }
  // People named for a role, and anyone not asked yet, once per incident.
  for (const login of loginsToCheck(events, config, self)) {
    if (people[login.toLowerCase()] === undefined) await ask(login);
  }

  const decision = (login: string) => people[login.toLowerCase()];
  return {
    access: {
      canAct: (login) => decision(login) === 'act',
      canActIn: (login, commentId) => {
        if (unjudged.has(commentId)) return decision(login) === 'act';
        return !refused.has(commentId);
      },
      hasAccess: (login) => decision(login) !== 'none',
    },
    people,
    // Moved on only when a command was judged: comments without one need no judgement, and
    // the status comment is not rewritten for them.
    judgedAt:
      unjudged.size > 0 && latest !== undefined
        ? new Date(latest).toISOString().replace('.000Z', 'Z')
        : known?.judgedAt,
  };
}

import { takesCommandsFrom } from '../commands/command-author.ts';
import { changesState } from '../commands/command-types.ts';
import { parseCommentCommands } from '../commands/parse-commands.ts';
import type { Config } from '../config/config.ts';
import type { IssueEvent } from '../incident/issue.ts';

/**
 * The logins whose repository permission the timeline depends on: people who typed a command
 * that changes the incident, and people named for a role. The caller looks each up once
 * (collaborator-permission API) and passes the answers to buildTimeline as an Access.
 */
export function loginsToCheck(events: readonly IssueEvent[], config: Config, self = ''): string[] {
  const logins = new Map<string, string>();
  const add = (login: string) =>
    logins.set(login.toLowerCase(), logins.get(login.toLowerCase()) ?? login);
  for (const event of events) {
    if (event.kind !== 'commented' || !takesCommandsFrom(event.actor, config, self)) continue;
    const { commands } = parseCommentCommands(event, config);
    for (const command of commands) {
      if (changesState(command)) add(event.actor.login);
      if (command.kind === 'role') add(command.login);
    }
  }
  return [...logins.values()];
}

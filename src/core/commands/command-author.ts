import type { Config } from '../config/config.ts';
import type { Person } from '../incident/issue.ts';

/** True for bot accounts: by type, or by the `[bot]` suffix GitHub gives every App's login. */
export function isBot(person: Person): boolean {
  return person.type === 'Bot' || person.login.endsWith('[bot]');
}

/**
 * Whose comments may hold commands: people, and the bots the configuration lists
 * (`bots.allowed_commands_from`). Never the scribe itself, even if listed, so it cannot
 * answer its own comments, nor loop with a bot that echoes them.
 */
export function takesCommandsFrom(person: Person, config: Config, self: string): boolean {
  const login = person.login.toLowerCase();
  if (login === self.toLowerCase()) return false;
  if (!isBot(person)) return true;
  return config.bots.allowedCommandsFrom.includes(login);
}

/** A listed bot: its commands count with the configured permission (the listing is the grant). */
export function isAllowedBot(login: string, config: Config): boolean {
  return login.endsWith('[bot]') && config.bots.allowedCommandsFrom.includes(login.toLowerCase());
}

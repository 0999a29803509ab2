import { reaches } from '../../core/commands/access.ts';
import type { Config } from '../../core/config/config.ts';
import type { Timeline } from '../../core/timeline/timeline-types.ts';
import type { GitHubPort } from '../../github/port.ts';

/**
 * The commander and the responders who have write access, never the scribe itself.
 * Responders are the people holding a role and the people whose commands are on the
 * timeline; who only opened, labelled or closed the issue reported it, and is not asked.
 * Their permission is already known from the status comment unless commands are open to
 * less than write.
 */
export async function reviewersOf(
  port: GitHubPort,
  config: Config,
  timeline: Timeline,
  canAct: (login: string) => boolean,
  self: string,
): Promise<string[]> {
  const seen = new Set<string>();
  const candidates: string[] = [];
  const { commander, ...others } = timeline.state.roles;
  const commanding = timeline.entries.filter((e) => e.source === 'command').map((e) => e.actor);
  for (const login of [commander, ...Object.values(others), ...commanding]) {
    if (!login || login === self || login.endsWith('[bot]') || !canAct(login)) continue;
    if (seen.has(login.toLowerCase())) continue;
    seen.add(login.toLowerCase());
    candidates.push(login);
  }
  // Commands need write already: whoever could act has write. Otherwise ask each candidate.
  if (reaches(config.commands.permission, 'write')) return candidates;
  const reviewers: string[] = [];
  for (const login of candidates) {
    const permission = await port.permissionOf(login);
    if (reaches(permission, 'write')) reviewers.push(login);
  }
  return reviewers;
}

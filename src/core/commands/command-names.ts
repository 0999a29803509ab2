import { findCommandLines } from './find-command-lines.ts';

/**
 * The command names a comment holds ("timeline", "postmortem"), lower case, without reading
 * their arguments: enough to decide what a comment asks for, whatever its times say.
 */
export function commandNamesIn(body: string | null | undefined): Set<string> {
  const names = new Set<string>();
  if (!body) return names;
  for (const { text } of findCommandLines(body)) {
    const name = /^\/([A-Za-z][\w-]{0,29})/.exec(text)?.[1];
    if (name) names.add(name.toLowerCase());
  }
  return names;
}

import { parseDueDate } from '../postmortem/dates.ts';
import type { Command } from './command-types.ts';
import { capEntry } from './text-args.ts';

// GitHub logins, and org/team slugs: letters, digits, hyphens (teams also _ and .).
const OWNER = /^@([A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?)$/;
const RELATIVE = /^\+(\d{1,3})([dw])$/i;
const MAX_TOKENS = 400;

/**
 * `/action <description> @owner due:<date>`: owner and due date are optional and may come in
 * either order at the end. The date is any form the linter reads (2025-03-10, Mar 10,
 * 10 Mar 2025, March 10, 2025) or `+7d` / `+2w` from the comment's day; a date without a year
 * is the next one on or after the comment. Linear: one split, one pass from the end.
 */
export function parseActionArgs(
  args: string,
  context: { line: number; commentAt: string },
): Command {
  const { line } = context;
  const invalid = (message: string): Command => ({
    kind: 'invalid',
    line,
    name: 'action',
    message,
  });
  const usage =
    'Write /action <what to do> @owner due:<date>, e.g. /action Add a pool alert @bob due:Mar 10.';
  const tokens = args.split(/\s+/).filter((t) => t !== '');
  if (tokens.length === 0) return invalid(`Say what needs doing. ${usage}`);
  if (tokens.length > MAX_TOKENS) return invalid(`That action is too long. ${usage}`);

  let owner: string | null = null;
  let dueText: string | undefined;
  const takeOwner = () => {
    const last = tokens.at(-1) as string;
    const match = OWNER.exec(last);
    if (owner === null && match) {
      owner = `@${match[1]}`;
      tokens.pop();
    }
  };
  takeOwner();
  const dueAt = tokens.findLastIndex((t) => t.toLowerCase().startsWith('due:'));
  if (dueAt >= 0) {
    dueText = [tokens[dueAt]?.slice(4) ?? '', ...tokens.slice(dueAt + 1)].join(' ').trim();
    tokens.splice(dueAt);
    takeOwner();
  }
  const description = tokens.join(' ');
  if (description === '') return invalid(`Say what needs doing. ${usage}`);

  let due: string | null = null;
  if (dueText !== undefined) {
    const day = context.commentAt.slice(0, 10);
    const relative = RELATIVE.exec(dueText);
    if (relative) {
      const days = Number(relative[1]) * (relative[2]?.toLowerCase() === 'w' ? 7 : 1);
      due = new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    } else {
      const parsed = parseDueDate(dueText, day);
      if (!parsed.ok) {
        const reason =
          dueText === ''
            ? 'due: needs a date'
            : `cannot read the due date "${dueText.slice(0, 40)}"`;
        return invalid(`${reason}; write due:2025-03-10, due:Mar 10, due:10 Mar 2025 or due:+7d.`);
      }
      due = parsed.date;
    }
  }
  const capped = capEntry(description, 'action');
  return { kind: 'action', line, description: capped.text, owner, due, note: capped.note };
}

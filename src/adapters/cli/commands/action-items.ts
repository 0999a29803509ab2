import { parseActionItems } from '../../../core/postmortem/action-items.ts';
import { OVERSIZE_MESSAGE } from '../../../core/postmortem/parse-document.ts';
import type { CliCommand } from '../command.ts';
import { readPostmortemFile } from '../read-postmortem.ts';
import { fileActionItems } from './file-action-items.ts';

const USAGE = `Usage: scribe action-items FILE [--json]
       scribe action-items FILE... --file --repo OWNER/NAME [--dry-run]

Reads the Action Items table of a post-mortem. Headers may be ID or #; Description,
Action, Action Item or Task; Owner, Assignee or Who; Due, Due Date, Deadline or ETA.
Other columns (Priority, Type, Bug, Issue...) come back under "fields".
With --json prints [{id, description, owner, due, line, fields}], due as YYYY-MM-DD or null.
Exit 0 on success (an empty list when there is no table), 2 on bad usage or unreadable input.

With --file, files each post-mortem's items in OWNER/NAME as a merged post-mortem would (one
issue per item, a sub-issue of the incident its front matter names; see docs/action-items.md),
with the token in GITHUB_TOKEN (or GH_TOKEN); GITHUB_API_URL points at another API and
SCRIBE_LOGIN names the login the token writes as. FILE is its path in the repository (run
it from the repository's root). --dry-run prints each write instead of making it.
Exit 0 when every file's items are filed, 1 when one files none (it says why), 2 on bad
usage, an unreadable file, an unreachable repository or an invalid configuration.`;

/** `scribe action-items FILE`: the Action Items table as data. */
export const actionItemsCommand: CliCommand = {
  usage: USAGE,
  async run(args, io) {
    if (args.includes('--file')) return fileActionItems(args, io, USAGE);
    const json = args.includes('--json');
    const unknown = args.find((a) => a.startsWith('-') && a !== '--json');
    const files = args.filter((a) => !a.startsWith('-'));
    if (unknown || files.length !== 1) {
      io.stderr(
        `scribe action-items: ${unknown ? `unknown option ${unknown}` : 'name exactly one file'}\n\n${USAGE}\n`,
      );
      return 2;
    }
    const file = files[0] as string;
    const read = await readPostmortemFile(io, file);
    if (!read.ok) {
      io.stderr(
        read.oversize
          ? `scribe action-items: cannot read ${file}: ${OVERSIZE_MESSAGE}\n`
          : `scribe action-items: ${file} ${read.reason}\n`,
      );
      return 2;
    }
    const result = parseActionItems(read.text);
    if (!result.ok) {
      io.stderr(`scribe action-items: ${file}: ${result.message}\n`);
      return 2;
    }
    if (!result.found) io.stderr(`scribe action-items: ${file} has no Action Items table\n`);
    if (json) {
      io.stdout(`${JSON.stringify(result.items, null, 2)}\n`);
      return 0;
    }
    for (const item of result.items) {
      io.stdout(
        `${file}:${item.line} ${item.id} ${item.due ?? '(no due date)'} ${item.owner ?? '(no owner)'} ${item.description}\n`,
      );
    }
    return 0;
  },
};

import { createRequire as __scribeRequire } from 'node:module'; const require = __scribeRequire(import.meta.url);
import {
  parseRepo,
  repoPort,
  takeRepoFlag
} from "./cli-chunk-MVWUK2OF.js";
import {
  syncPostmortemItems
} from "./cli-chunk-OINGJLOS.js";
import "./cli-chunk-54WDPUY3.js";
import "./cli-chunk-WYNKUKAI.js";
import {
  loadConfig
} from "./cli-chunk-WO2IIXKG.js";
import {
  readPostmortemFile
} from "./cli-chunk-XROCCMWC.js";
import {
  OVERSIZE_MESSAGE,
  parseActionItems
} from "./cli-chunk-NHBQGAPF.js";
import "./cli-chunk-ITIGZSNA.js";
import "./cli-chunk-4Y27CR7S.js";
import "./cli-chunk-E3G7MPRX.js";

// src/adapters/cli/commands/file-action-items.ts
import { relative, resolve, sep } from "node:path";
var NAME = "scribe action-items";
async function fileActionItems(args, io, usage) {
  const parsed = parseArgs(args);
  if (typeof parsed === "string") {
    io.stderr(`${NAME}: ${parsed}

${usage}
`);
    return 2;
  }
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  if (!token) {
    io.stderr(`${NAME}: set GITHUB_TOKEN (or GH_TOKEN) to a token with issues: write
`);
    return 2;
  }
  const texts = [];
  for (const file of parsed.files) {
    const read = await readPostmortemFile(io, file);
    if (!read.ok) {
      io.stderr(
        read.oversize ? `${NAME}: cannot read ${file}: ${OVERSIZE_MESSAGE}
` : `${NAME}: ${file} ${read.reason}
`
      );
      return 2;
    }
    texts.push({
      path: relative(io.cwd, resolve(io.cwd, file)).split(sep).join("/"),
      text: read.text
    });
  }
  const port = repoPort(parsed, token, io);
  const where = `${parsed.owner}/${parsed.repo}`;
  let defaultBranch;
  try {
    defaultBranch = await port.defaultBranch();
  } catch (error) {
    io.stderr(`${NAME}: cannot read ${where}: ${reason(error)} (check --repo and the token)
`);
    return 2;
  }
  const loaded = await loadConfig(port);
  if (!loaded.ok) {
    io.stderr(`${NAME}: ${where} has an invalid configuration; run \`npx scribe config\`
`);
    return 2;
  }
  const self = await port.selfLogin();
  const now = io.clock?.() ?? /* @__PURE__ */ new Date();
  const today = now.toISOString().slice(0, 10);
  let failed = 0;
  for (const { path, text } of texts) {
    try {
      const synced = await syncPostmortemItems(port, loaded.config, {
        path,
        text,
        self,
        defaultBranch,
        today,
        now
      });
      if (!synced.filed) failed++;
      io.stdout(`${synced.outcome}
`);
    } catch (error) {
      failed++;
      io.stdout(`${path}: not filed: ${reason(error)}
`);
    }
  }
  return failed > 0 ? 1 : 0;
}
function parseArgs(args) {
  const { repo, rest } = takeRepoFlag(args);
  let dryRun = false;
  const files = [];
  for (const arg of rest) {
    if (arg === "--file") continue;
    if (arg === "--dry-run") dryRun = true;
    else if (arg.startsWith("-")) return `unknown option ${arg}`;
    else files.push(arg);
  }
  if (files.length === 0) return "name at least one post-mortem file";
  const parsed = parseRepo(repo);
  return typeof parsed === "string" ? parsed : { ...parsed, dryRun, files };
}
function reason(error) {
  const status = error.status;
  const message = error.message?.split("\n")[0] ?? String(error);
  return status ? `GitHub answered ${status}: ${message.slice(0, 200)}` : message.slice(0, 200);
}

// src/adapters/cli/commands/action-items.ts
var USAGE = `Usage: scribe action-items FILE [--json]
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
var actionItemsCommand = {
  usage: USAGE,
  async run(args, io) {
    if (args.includes("--file")) return fileActionItems(args, io, USAGE);
    const json = args.includes("--json");
    const unknown = args.find((a) => a.startsWith("-") && a !== "--json");
    const files = args.filter((a) => !a.startsWith("-"));
    if (unknown || files.length !== 1) {
      io.stderr(
        `scribe action-items: ${unknown ? `unknown option ${unknown}` : "name exactly one file"}

${USAGE}
`
      );
      return 2;
    }
    const file = files[0];
    const read = await readPostmortemFile(io, file);
    if (!read.ok) {
      io.stderr(
        read.oversize ? `scribe action-items: cannot read ${file}: ${OVERSIZE_MESSAGE}
` : `scribe action-items: ${file} ${read.reason}
`
      );
      return 2;
    }
    const result = parseActionItems(read.text);
    if (!result.ok) {
      io.stderr(`scribe action-items: ${file}: ${result.message}
`);
      return 2;
    }
    if (!result.found) io.stderr(`scribe action-items: ${file} has no Action Items table
`);
    if (json) {
      io.stdout(`${JSON.stringify(result.items, null, 2)}
`);
      return 0;
    }
    for (const item of result.items) {
      io.stdout(
        `${file}:${item.line} ${item.id} ${item.due ?? "(no due date)"} ${item.owner ?? "(no owner)"} ${item.description}
`
      );
    }
    return 0;
  }
};
export {
  actionItemsCommand
};

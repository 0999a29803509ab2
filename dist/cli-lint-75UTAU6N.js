import { createRequire as __scribeRequire } from 'node:module'; const require = __scribeRequire(import.meta.url);
import {
  loadCliConfig,
  readPostmortemFile
} from "./cli-chunk-XROCCMWC.js";
import {
  OVERSIZE_MESSAGE,
  formatLintMessage,
  hasErrors,
  lintPostmortem,
  templateRules
} from "./cli-chunk-NHBQGAPF.js";
import "./cli-chunk-ITIGZSNA.js";
import "./cli-chunk-4Y27CR7S.js";
import "./cli-chunk-E3G7MPRX.js";

// src/adapters/cli/commands/lint.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var USAGE = `Usage: scribe lint FILE... [--format text|json] [--config PATH]

Checks post-mortems: front matter, required sections, prompts left (TODO:), timeline
order, action items (description, owner, due date) and blameless language.
Prints "file:line:col severity rule message", or a JSON array with --format json.
Reads .github/incident-scribe.yml from the working directory when it exists; its
postmortem.template (if set) decides which sections are required.
Exit 0 when clean or only warnings, 1 on errors, 2 on bad usage or unreadable input.`;
var lintCommand = {
  usage: USAGE,
  async run(args, io) {
    const parsed = parseArgs(args);
    if (typeof parsed === "string") {
      io.stderr(`scribe lint: ${parsed}

${USAGE}
`);
      return 2;
    }
    const config = await loadCliConfig(io, "lint", parsed.config);
    if (!config) return 2;
    let rules;
    if (config.postmortem.template) {
      try {
        rules = templateRules(await readFile(resolve(io.cwd, config.postmortem.template), "utf8"));
      } catch (error) {
        io.stderr(
          `scribe lint: cannot read the template ${config.postmortem.template} named by postmortem.template: ${error.message}
`
        );
        return 2;
      }
    }
    const results = [];
    let unreadable = false;
    for (const file of parsed.files) {
      const read = await readPostmortemFile(io, file);
      if (read.ok) {
        results.push({ file, messages: lintPostmortem(read.text, { config, ...rules }) });
      } else if (read.oversize) {
        const tooBig = {
          line: 1,
          column: 1,
          severity: "error",
          rule: "file-size",
          message: OVERSIZE_MESSAGE
        };
        results.push({ file, messages: [tooBig] });
      } else {
        io.stderr(`scribe lint: ${file} ${read.reason}
`);
        unreadable = true;
      }
    }
    if (results.length > 0 || parsed.format === "json") report(io, results, parsed.format);
    if (unreadable) return 2;
    return results.some((r) => hasErrors(r.messages)) ? 1 : 0;
  }
};
function report(io, results, format) {
  if (format === "json") {
    const all2 = results.flatMap(({ file, messages }) => messages.map((m) => ({ file, ...m })));
    io.stdout(`${JSON.stringify(all2, null, 2)}
`);
    return;
  }
  for (const { file, messages } of results) {
    for (const m of messages) io.stdout(`${formatLintMessage(file, m)}
`);
  }
  const all = results.flatMap((r) => r.messages);
  const errors = all.filter((m) => m.severity === "error").length;
  io.stderr(`${errors} error(s), ${all.length - errors} warning(s) in ${results.length} file(s)
`);
}
function parseArgs(args) {
  const files = [];
  let format = "text";
  let config;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const [flag, inline] = arg.startsWith("--") ? splitFlag(arg) : [arg, void 0];
    if (flag === "--format") {
      const value = inline ?? args[++i];
      if (value !== "text" && value !== "json")
        return `--format takes text or json, not ${value ?? "nothing"}`;
      format = value;
    } else if (flag === "--config") {
      config = inline ?? args[++i];
      if (!config) return "--config needs a path";
    } else if (arg.startsWith("-") && arg !== "-") return `unknown option ${arg}`;
    else files.push(arg);
  }
  return files.length === 0 ? "name at least one file" : { files, format, config };
}
function splitFlag(arg) {
  const eq = arg.indexOf("=");
  return eq < 0 ? [arg, void 0] : [arg.slice(0, eq), arg.slice(eq + 1)];
}
export {
  lintCommand
};

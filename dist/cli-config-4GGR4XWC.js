import { createRequire as __scribeRequire } from 'node:module'; const require = __scribeRequire(import.meta.url);
import {
  CONFIG_PATH,
  dump,
  formatProblem,
  parseConfigText,
  parseYamlDocument
} from "./cli-chunk-4Y27CR7S.js";
import "./cli-chunk-E3G7MPRX.js";

// src/adapters/cli/commands/config.ts
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
var configCommand = {
  usage: `Usage: scribe config [FILE] [--json]
       scribe config --repo OWNER/NAME [--json]

Checks FILE (default ${CONFIG_PATH}) and prints the resolved configuration: every setting,
defaults included, as YAML (--json: as JSON). A missing default file means the defaults.
\`_extends\` is not followed for FILE: the settings shown are its own over the defaults.
With --repo, reads the configuration in force for that repository from GitHub, as the app
does (its file on the default branch, else the owner's .github repository, \`_extends\`
followed), with the token in GITHUB_TOKEN (or GH_TOKEN), and names the files it read.
Exit 0 when valid, 2 when not.`,
  async run(args, io) {
    const json = args.includes("--json");
    if (args.some((a) => a === "--repo" || a.startsWith("--repo="))) return fromGitHub(args, io);
    const named = args.find((a) => !a.startsWith("--"));
    const file = named ?? CONFIG_PATH;
    let text;
    try {
      text = await readFile(resolve(io.cwd, file), "utf8");
    } catch (error) {
      const code = error.code;
      if (code !== "ENOENT" || named !== void 0) {
        io.stderr(`scribe config: ${file} ${readError(code)}
`);
        return 2;
      }
    }
    const result = parseConfigText(text ?? "", file);
    if (!result.ok) {
      for (const problem of result.problems) io.stderr(`${formatProblem(problem)}
`);
      io.stderr(`
${result.problems.length} problem(s) in ${file}. Nothing was changed.
`);
      return 2;
    }
    const base = text === void 0 ? void 0 : extendsOf(text, file);
    if (base !== void 0) {
      io.stderr(
        `scribe config: ${file} extends ${JSON.stringify(base)}, which was not read: the settings below are this file's own over the defaults; the app and the Action merge the base under them (\`scribe config --repo OWNER/NAME\` shows the merged settings).
`
      );
    }
    if (json) {
      io.stdout(`${JSON.stringify(result.config, null, 2)}
`);
      return 0;
    }
    const verdict = text === void 0 ? `${file}: not found; the defaults apply` : `${file}: valid`;
    io.stdout(`${verdict}

${dump(result.config, { lineWidth: 100, noRefs: true })}`);
    return 0;
  }
};
async function fromGitHub(args, io) {
  const { parseRepo, repoPort, takeRepoFlag } = await import("./cli-repo-job-EM4F4K5Z.js");
  const { loadConfig } = await import("./cli-load-config-NKKYDHD4.js");
  const { repo: value, rest } = takeRepoFlag(args);
  const json = rest.includes("--json");
  const extra = rest.find((a) => a !== "--json");
  if (extra !== void 0) {
    io.stderr(`scribe config: with --repo, ${extra} is not an option (FILE is for a local file)
`);
    return 2;
  }
  const repo = parseRepo(value);
  if (typeof repo === "string") {
    io.stderr(`scribe config: ${repo}
`);
    return 2;
  }
  const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
  if (!token) {
    io.stderr(
      "scribe config: set GITHUB_TOKEN (or GH_TOKEN) to a token that can read the repository\n"
    );
    return 2;
  }
  const name = `${repo.owner}/${repo.repo}`;
  const loaded = await loadConfig(repoPort({ ...repo, dryRun: false }, token, io));
  const read = `Read: ${loaded.sources.join(", ")}`;
  if (!loaded.ok) {
    for (const problem of loaded.problems) io.stderr(`${formatProblem(problem)}
`);
    io.stderr(`
${loaded.problems.length} problem(s) in the configuration of ${name}. ${read}
`);
    return 2;
  }
  if (json) {
    io.stdout(`${JSON.stringify(loaded.config, null, 2)}
`);
    return 0;
  }
  io.stdout(`${name}: valid. ${read}

${dump(loaded.config, { lineWidth: 100, noRefs: true })}`);
  return 0;
}
function readError(code) {
  if (code === "ENOENT") return "does not exist";
  if (code === "EISDIR") return "is a folder, not a file";
  if (code === "EACCES" || code === "EPERM") return "cannot be read: permission denied";
  return `cannot be read (${code ?? "unknown error"})`;
}
function extendsOf(text, file) {
  const document = parseYamlDocument(text, file);
  const value = document.ok ? document.value : void 0;
  return value && typeof value === "object" && !Array.isArray(value) && "_extends" in value ? value._extends : void 0;
}
export {
  configCommand
};

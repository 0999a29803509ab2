import { createRequire as __scribeRequire } from 'node:module'; const require = __scribeRequire(import.meta.url);
import {
  runScheduled
} from "./cli-chunk-OINGJLOS.js";
import {
  ProbotOctokit,
  createOctokitPort
} from "./cli-chunk-54WDPUY3.js";
import {
  loadConfig
} from "./cli-chunk-WO2IIXKG.js";

// src/adapters/cli/commands/repo-job.ts
function repoJobCommand(name, job) {
  const usage = `Usage: scribe ${name} --repo OWNER/NAME [--dry-run]

Runs the ${job} job once in one repository (see docs/reports.md), with the token in
GITHUB_TOKEN (or GH_TOKEN). GITHUB_API_URL points at another API (GitHub Enterprise Server).
SCRIBE_LOGIN is the login the token writes as (default: asked with GET /user): the scribe
trusts only its own reports and markers. --dry-run prints each write instead of making it.
Exit 0 when the job ran, 2 on bad usage, a missing token or an invalid configuration.`;
  return {
    usage,
    async run(args, io) {
      const parsed = parseArgs(args);
      if (typeof parsed === "string") {
        io.stderr(`scribe ${name}: ${parsed}

${usage}
`);
        return 2;
      }
      const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
      if (!token) {
        io.stderr(`scribe ${name}: set GITHUB_TOKEN (or GH_TOKEN) to a token with issues: write
`);
        return 2;
      }
      return runJob(name, job, parsed, token, io);
    }
  };
}
async function runJob(name, job, args, token, io) {
  const port = repoPort(args, token, io);
  const result = await runScheduled(job, {
    port,
    loadConfig: () => loadConfig(port),
    now: io.clock ?? (() => /* @__PURE__ */ new Date())
  });
  if (args.dryRun && result.summary) io.stdout(`
${result.summary}
`);
  io.stdout(`${args.owner}/${args.repo} ${job}: ${result.outcome}
`);
  for (const [key, value] of Object.entries(result.outputs)) io.stdout(`${key}: ${value}
`);
  if (result.outcome.startsWith("refused")) {
    io.stderr(
      `scribe ${name}: ${result.outcome}; run \`npx scribe config\` on the repository's file
`
    );
    return 2;
  }
  return 0;
}
function repoPort(args, token, io) {
  const octokit = new ProbotOctokit({
    auth: { token },
    baseUrl: io.env.GITHUB_API_URL || "https://api.github.com"
  });
  let self;
  return createOctokitPort({
    octokit,
    repo: { owner: args.owner, repo: args.repo },
    selfLogin: () => {
      self ??= io.env.SCRIBE_LOGIN ? Promise.resolve(io.env.SCRIBE_LOGIN) : octokit.rest.users.getAuthenticated().then(({ data }) => data.login);
      return self;
    },
    dryRun: args.dryRun,
    log: (message) => io.stdout(`${message}
`)
  });
}
function parseRepo(repo) {
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(repo ?? "");
  if (!match)
    return repo === void 0 ? "name the repository with --repo OWNER/NAME" : `not OWNER/NAME: ${repo}`;
  return { owner: match[1], repo: match[2] };
}
function takeRepoFlag(args) {
  let repo;
  const rest = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--repo") repo = args[++i];
    else if (arg.startsWith("--repo=")) repo = arg.slice("--repo=".length);
    else rest.push(arg);
  }
  return { repo, rest };
}
function parseArgs(args) {
  const { repo, rest } = takeRepoFlag(args);
  const unknown = rest.find((arg) => arg !== "--dry-run");
  if (unknown !== void 0) return `unknown option ${unknown}`;
  const parsed = parseRepo(repo);
  return typeof parsed === "string" ? parsed : { ...parsed, dryRun: rest.includes("--dry-run") };
}

export {
  repoJobCommand,
  repoPort,
  parseRepo,
  takeRepoFlag
};

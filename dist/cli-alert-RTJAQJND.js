import { createRequire as __scribeRequire } from 'node:module'; const require = __scribeRequire(import.meta.url);
import {
  ALERT_SOURCES,
  ProbotOctokit,
  WriteFailures,
  createOctokitPort,
  describe,
  ingestAlerts,
  parseAlerts
} from "./cli-chunk-54WDPUY3.js";
import "./cli-chunk-WYNKUKAI.js";
import {
  loadConfig
} from "./cli-chunk-WO2IIXKG.js";
import "./cli-chunk-ITIGZSNA.js";
import "./cli-chunk-4Y27CR7S.js";
import "./cli-chunk-E3G7MPRX.js";

// src/adapters/cli/commands/alert.ts
var USAGE = `Usage: scribe alert --repo OWNER/NAME --source alertmanager|grafana|generic [--dry-run] < payload.json

Opens or updates incidents from an alert payload on standard input, exactly as the app's
POST /alerts/{source} does (see docs/alerts.md): one incident per alert group, repeats and
resolution on it. The token in GITHUB_TOKEN (or GH_TOKEN) needs issues: write and contents:
write (the claim ref); it is the authentication, so no alert token is asked. SCRIBE_LOGIN is
the login the token writes as (default: asked with GET /user). Exit 0 when the alerts were
handled, 1 when GitHub refused a write (run it again), 2 on bad usage or a bad payload.`;
var alertCommand = {
  usage: USAGE,
  async run(args, io) {
    const parsed = parseArgs(args);
    if (typeof parsed === "string") {
      io.stderr(`scribe alert: ${parsed}

${USAGE}
`);
      return 2;
    }
    const token = io.env.GITHUB_TOKEN || io.env.GH_TOKEN;
    if (!token) {
      io.stderr("scribe alert: set GITHUB_TOKEN (or GH_TOKEN) to a token with issues: write\n");
      return 2;
    }
    const text = await io.stdin?.() ?? "";
    let payload;
    try {
      payload = JSON.parse(text);
    } catch {
      io.stderr("scribe alert: standard input is not JSON (pipe the payload in: < payload.json)\n");
      return 2;
    }
    const alerts = parseAlerts(parsed.source, payload);
    if (!alerts.ok) {
      io.stderr(`scribe alert: ${alerts.message}
`);
      return 2;
    }
    const octokit = new ProbotOctokit({
      auth: { token },
      baseUrl: io.env.GITHUB_API_URL || "https://api.github.com"
    });
    const repo = { owner: parsed.owner, repo: parsed.repo };
    let self;
    const port = createOctokitPort({
      octokit,
      repo,
      selfLogin: () => {
        self ??= io.env.SCRIBE_LOGIN ? Promise.resolve(io.env.SCRIBE_LOGIN) : octokit.rest.users.getAuthenticated().then(({ data }) => data.login);
        return self;
      },
      dryRun: parsed.dryRun,
      log: (message) => io.stdout(`${message}
`)
    });
    const loaded = await loadConfig(port);
    if (!loaded.ok) {
      io.stderr(
        `scribe alert: ${parsed.owner}/${parsed.repo} has an invalid configuration; run \`npx scribe config\` on it
`
      );
      return 2;
    }
    const failures = new WriteFailures((message) => io.stderr(`${message}
`));
    const groups = await ingestAlerts(port, loaded.config, {
      groups: alerts.alerts.groups,
      now: io.clock?.() ?? /* @__PURE__ */ new Date(),
      baseSha: async () => {
        const { data } = await octokit.rest.repos.get(repo);
        return port.branchSha(data.default_branch);
      },
      failures
    });
    io.stdout(`${parsed.owner}/${parsed.repo} ${describe(groups, alerts.alerts.skipped)}
`);
    return failures.failed.length > 0 ? 1 : 0;
  }
};
function parseArgs(args) {
  let repo;
  let source;
  let dryRun = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === "--dry-run") dryRun = true;
    else if (arg === "--repo") repo = args[++i];
    else if (arg.startsWith("--repo=")) repo = arg.slice("--repo=".length);
    else if (arg === "--source") source = args[++i];
    else if (arg.startsWith("--source=")) source = arg.slice("--source=".length);
    else return `unknown option ${arg}`;
  }
  const match = /^([\w.-]+)\/([\w.-]+)$/.exec(repo ?? "");
  if (!match)
    return repo === void 0 ? "name the repository with --repo OWNER/NAME" : `not OWNER/NAME: ${repo}`;
  if (!ALERT_SOURCES.includes(source ?? "")) {
    return `--source must be ${ALERT_SOURCES.join(", ")}`;
  }
  return {
    owner: match[1],
    repo: match[2],
    source,
    dryRun
  };
}
export {
  alertCommand
};

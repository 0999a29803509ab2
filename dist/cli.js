import { createRequire as __scribeRequire } from 'node:module'; const require = __scribeRequire(import.meta.url);
import "./cli-chunk-E3G7MPRX.js";

// src/adapters/cli/commands/index.ts
var commands = {
  "action-items": {
    summary: "List a post-mortem's action items (owner, due date), or file them as issues (--file)",
    load: async () => (await import("./cli-action-items-EDK547WU.js")).actionItemsCommand
  },
  alert: {
    summary: "Open or update incidents from an alert payload on stdin (Alertmanager, Grafana, generic)",
    load: async () => (await import("./cli-alert-RTJAQJND.js")).alertCommand
  },
  config: {
    summary: "Check .github/incident-scribe.yml and print the settings it resolves to",
    load: async () => (await import("./cli-config-4GGR4XWC.js")).configCommand
  },
  escalate: {
    summary: "Escalate the unacknowledged incidents of one repository, once per level",
    load: async () => (await import("./cli-escalate-VAXTRLZY.js")).escalateCommand
  },
  lint: {
    summary: "Check post-mortems for missing sections, prompts left and action items without owner or date",
    load: async () => (await import("./cli-lint-75UTAU6N.js")).lintCommand
  },
  report: {
    summary: "Write (or update) this week's action-items report of one repository, and its reminders",
    load: async () => (await import("./cli-report-FE4Y6O3E.js")).reportCommand
  },
  "redeliver-failed": {
    summary: "Ask GitHub to redeliver the App's failed webhook deliveries of the last hours",
    load: async () => (await import("./cli-redeliver-failed-HVJCY33I.js")).redeliverFailedCommand
  },
  sandbox: {
    summary: "Play an incident scenario against an embedded GitHub emulator, with the real app",
    load: async () => (await import("./cli-sandbox-EEKIF7X4.js")).sandboxCommand
  },
  schedule: {
    summary: "Run a scheduled job (weekly-report, escalation-sweep, redeliver-failed) for the whole App",
    load: async () => (await import("./cli-schedule-5LF4FQQW.js")).scheduleCommand
  }
};

// src/adapters/cli/cli.ts
async function runCli(argv, io) {
  const [name, ...args] = argv;
  if (name === void 0 || name === "help" || name === "--help" || name === "-h") {
    io.stdout(usage());
    return name === void 0 ? 2 : 0;
  }
  if (name === "--version") {
    io.stdout("incident-scribe 0.1.0\n");
    return 0;
  }
  const entry = commands[name];
  if (!entry) {
    io.stderr(`scribe: unknown command "${name}".

${usage()}`);
    return 2;
  }
  const command = await entry.load();
  if (args.includes("--help") || args.includes("-h")) {
    io.stdout(`${command.usage}
`);
    return 0;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    io.stderr(`scribe ${name}: ${error instanceof Error ? error.message : String(error)}
`);
    return 2;
  }
}
function usage() {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  const lines = Object.entries(commands).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`);
  return `Usage: scribe <command> [options]

Commands:
${lines.join("\n")}

Run "scribe <command> --help" for a command's options.
`;
}

// src/main/cli.ts
function main(argv) {
  return runCli(argv, {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    env: process.env,
    stdin: async () => {
      const chunks = [];
      for await (const chunk of process.stdin) chunks.push(chunk);
      return Buffer.concat(chunks).toString("utf8");
    }
  });
}
export {
  main
};

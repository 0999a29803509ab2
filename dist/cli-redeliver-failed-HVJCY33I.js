import { createRequire as __scribeRequire } from 'node:module'; const require = __scribeRequire(import.meta.url);
import "./cli-chunk-E3G7MPRX.js";

// src/adapters/cli/commands/redeliver-failed.ts
import { readFile } from "node:fs/promises";
var USAGE = `Usage: scribe redeliver-failed [--hours N] [--dry-run]

Asks GitHub to redeliver the App's webhook deliveries of the last N hours (default 6) that
failed, once per event: an event that succeeded on a later attempt is left alone. GitHub
never redelivers on its own; run this on a schedule (cron) beside the app.
Authenticates as the App, like the app server: APP_ID, and PRIVATE_KEY or PRIVATE_KEY_PATH.
GHE_HOST points it at GitHub Enterprise Server.
Exit 0 when every redelivery was accepted, 1 when one was refused, 2 on bad usage.`;
var redeliverFailedCommand = {
  usage: USAGE,
  async run(args, io) {
    const dryRun = args.includes("--dry-run");
    let hours = 6;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      if (arg === "--dry-run") continue;
      if (arg === "--hours" || arg.startsWith("--hours=")) {
        const value = arg.includes("=") ? arg.slice(8) : args[++i];
        hours = Number(value);
        if (!(hours > 0 && hours <= 72)) {
          io.stderr(
            `scribe redeliver-failed: --hours takes 1 to 72 (GitHub keeps 3 days), not ${value ?? "nothing"}
`
          );
          return 2;
        }
        continue;
      }
      io.stderr(`scribe redeliver-failed: unknown option ${arg}

${USAGE}
`);
      return 2;
    }
    const appId = io.env.APP_ID;
    let privateKey = io.env.PRIVATE_KEY?.replace(/\\n/g, "\n");
    if (!privateKey && io.env.PRIVATE_KEY_PATH) {
      privateKey = await readFile(io.env.PRIVATE_KEY_PATH, "utf8");
    }
    if (!appId || !privateKey) {
      io.stderr(
        "scribe redeliver-failed: set APP_ID and PRIVATE_KEY (or PRIVATE_KEY_PATH), as for the app server\n"
      );
      return 2;
    }
    const { appHookPortFor } = await import("./cli-app-client-GJ6COQK5.js");
    const { redeliverFailed } = await import("./cli-redeliver-failed-7MITLW6Q.js");
    const outcome = await redeliverFailed(appHookPortFor({ appId, privateKey, env: io.env }), {
      now: /* @__PURE__ */ new Date(),
      hours,
      dryRun,
      log: (line) => io.stdout(`${line}
`)
    });
    io.stderr(
      `${outcome.listed} deliveries listed; ${outcome.redelivered.length} ${dryRun ? "to redeliver" : "redelivered"}; ${outcome.failed.length} refused
`
    );
    return outcome.failed.length > 0 ? 1 : 0;
  }
};
export {
  redeliverFailedCommand
};

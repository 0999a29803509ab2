import { createRequire as __scribeRequire } from 'node:module'; const require = __scribeRequire(import.meta.url);
import "./cli-chunk-E3G7MPRX.js";

// src/adapters/cli/commands/sandbox.ts
var sandboxCommand = {
  usage: `Usage: scribe sandbox [--scenario FILE] [--out DIR] [--mode app|action]

Plays FILE (default: the built-in INC-2024-001 scenario) against an in-memory GitHub on
127.0.0.1, with the real app in the loop, and writes DIR/state.json, requests.jsonl,
deliveries.jsonl and transcript.md (DIR defaults to sandbox-out/). See docs/sandbox.md.
Exit 0 when every expectation and contract holds, 1 when one fails, 2 for a bad scenario.`,
  async run(args, io) {
    const flags = /* @__PURE__ */ new Map();
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] ?? "";
      const [name, inline] = arg.split("=", 2);
      if (!["--scenario", "--out", "--mode"].includes(name)) {
        io.stderr(`scribe sandbox: unknown option ${arg}

${this.usage}
`);
        return 2;
      }
      const value = inline ?? args[++i];
      if (value === void 0) {
        io.stderr(`scribe sandbox: ${name} needs a value
`);
        return 2;
      }
      flags.set(name, value);
    }
    const mode = flags.get("--mode");
    if (mode !== void 0 && mode !== "app" && mode !== "action") {
      io.stderr(`scribe sandbox: --mode is app or action, not ${mode}
`);
      return 2;
    }
    const { runSandbox } = await import("../src/sandbox/sandbox.ts");
    return runSandbox({
      scenario: flags.get("--scenario"),
      out: flags.get("--out") ?? "sandbox-out",
      mode,
      cwd: io.cwd,
      stdout: io.stdout,
      stderr: io.stderr
    });
  }
};
export {
  sandboxCommand
};

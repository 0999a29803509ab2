import type { CliCommand } from '../command.ts';

/** `scribe sandbox`: the whole lifecycle against the embedded GitHub emulator, offline. */
export const sandboxCommand: CliCommand = {
  usage: `Usage: scribe sandbox [--scenario FILE] [--out DIR] [--mode app|action]

Plays FILE (default: the built-in INC-2024-001 scenario) against an in-memory GitHub on
127.0.0.1, with the real app in the loop, and writes DIR/state.json, requests.jsonl,
deliveries.jsonl and transcript.md (DIR defaults to sandbox-out/). See docs/sandbox.md.
Exit 0 when every expectation and contract holds, 1 when one fails, 2 for a bad scenario.`,
  async run(args, io) {
    const flags = new Map<string, string>();
    for (let i = 0; i < args.length; i++) {
      const arg = args[i] ?? '';
      const [name, inline] = arg.split('=', 2) as [string, string | undefined];
      if (!['--scenario', '--out', '--mode'].includes(name)) {
        io.stderr(`scribe sandbox: unknown option ${arg}\n\n${this.usage}\n`);
        return 2;
      }
      const value = inline ?? args[++i];
      if (value === undefined) {
        io.stderr(`scribe sandbox: ${name} needs a value\n`);
        return 2;
      }
      flags.set(name, value);
    }
    const mode = flags.get('--mode');
    if (mode !== undefined && mode !== 'app' && mode !== 'action') {
      io.stderr(`scribe sandbox: --mode is app or action, not ${mode}\n`);
      return 2;
    }
    // Loaded here and only here: the emulator and the contracts it holds to are most of the
    // CLI's weight, and no other command needs them (the CLI bundle leaves them out).
    const { runSandbox } = await import('../../../sandbox/sandbox.ts');
    return runSandbox({
      scenario: flags.get('--scenario'),
      out: flags.get('--out') ?? 'sandbox-out',
      mode,
      cwd: io.cwd,
      stdout: io.stdout,
      stderr: io.stderr,
    });
  },
};

/** What a CLI command sees of the world: arguments in, text and an exit code out. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** The clock scheduled jobs read (tests pass a fixed one); the real time when absent. */
  clock?: () => Date;
  /** Everything on standard input (`scribe alert` reads its payload there). */
  stdin?: () => Promise<string>;
}

/** One `scribe <name>` command. Exit codes: 0 ok, 1 the check failed, 2 bad usage or input. */
export interface CliCommand {
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

/**
 * The writes of one event that failed. The status comment, the timeline comment, the replies,
 * the post-mortem and its check run do not depend on one another: one that GitHub refuses is
 * logged and recorded here, and the others still run. At the end the event fails as a whole
 * (`EventIncomplete`), so its delivery shows as failed and a redelivery can finish the job.
 */
export class WriteFailures {
  readonly failed: string[] = [];
  readonly #log: (message: string) => void;

  constructor(log: (message: string) => void) {
    this.#log = log;
  }

  /** Runs one independent step; when it throws, logs one line, records it, and carries on. */
  async attempt<T>(what: string, step: () => Promise<T>): Promise<T | undefined> {
    try {
      return await step();
    } catch (error) {
      this.failed.push(what);
      this.#log(`${what} failed: ${describe(error)}`);
      return undefined;
    }
  }

  /** Throws `EventIncomplete` naming every failed step, when there was one. */
  settle(outcome: string): string {
    if (this.failed.length > 0) throw new EventIncomplete(outcome, this.failed);
    return outcome;
  }
}

/** An event that did everything it could, but not everything: some writes failed. */
export class EventIncomplete extends Error {
  readonly outcome: string;
  readonly failed: readonly string[];

  constructor(outcome: string, failed: readonly string[]) {
    super(`${outcome}; failed: ${failed.join(', ')}`);
    this.name = 'EventIncomplete';
    this.outcome = outcome;
    this.failed = failed;
  }
}

/**
 * Runs a step through `failures` when there is one; without, a failure stops the caller as
 * before (callers that handle a single write need nothing more).
 */
export function independently<T>(
  failures: WriteFailures | undefined,
  what: string,
  step: () => Promise<T>,
): Promise<T | undefined> {
  return failures ? failures.attempt(what, step) : step();
}

/** One short line: the HTTP status and GitHub's message, never a request or response body. */
function describe(error: unknown): string {
  const status = (error as { status?: unknown } | null)?.status;
  const message = error instanceof Error ? error.message : String(error);
  const line = message.split('\n')[0]?.slice(0, 300) ?? '';
  return typeof status === 'number' ? `${status} ${line}` : line;
}

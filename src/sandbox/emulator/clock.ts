/** The sandbox's virtual time: only the scenario moves it, so runs are reproducible. */
export class Clock {
  #ms: number;

  constructor(start: Date | string) {
    this.#ms = new Date(start).getTime();
    if (Number.isNaN(this.#ms)) throw new Error(`invalid clock start: ${String(start)}`);
  }

  /** The current virtual time. */
  now(): Date {
    return new Date(this.#ms);
  }

  /** ISO 8601 without milliseconds, as GitHub writes timestamps. */
  iso(): string {
    return toGitHubTime(this.#ms);
  }

  /** Moves time forward to `when`; time never runs backwards. */
  set(when: Date): void {
    const ms = when.getTime();
    if (ms < this.#ms) throw new Error(`the clock cannot go back to ${when.toISOString()}`);
    this.#ms = ms;
  }

  /** Moves time forward by `ms` milliseconds. */
  advance(ms: number): void {
    if (ms < 0) throw new Error('the clock cannot go backwards');
    this.#ms += ms;
  }
}

/** GitHub's timestamp form: `2024-01-15T10:00:00Z` (whole seconds). */
export function toGitHubTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

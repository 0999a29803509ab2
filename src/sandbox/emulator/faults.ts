/** The faults the emulator can inject on the app's requests. */
export type FaultKind =
  | 500
  | 502
  | 503
  | 'secondary-rate-limit'
  | 'secondary-rate-limit-no-retry-after'
  | 'connection-reset';

/** Every kind, for scenarios that want them all. */
export const FAULT_KINDS: readonly FaultKind[] = [
  500,
  502,
  503,
  'secondary-rate-limit',
  'secondary-rate-limit-no-retry-after',
  'connection-reset',
];

export interface FaultOptions {
  /** Probability (0..1) that one app request gets a fault. */
  rate: number;
  seed: number;
  kinds: FaultKind[];
  /**
   * Faults aimed at one operation: its first `times` requests get `kind` (default 500);
   * `after`: GitHub carries the request out and only its answer is lost.
   */
  fail?: { operation: string; times: number; kind?: FaultKind; after?: boolean }[];
}

/** A fault for one request: its kind, and whether it strikes after GitHub did the work. */
export interface Fault {
  kind: FaultKind;
  after: boolean;
}

/** A small seeded PRNG (mulberry32): the same seed injects the same faults every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Decides, request by request, whether to inject a fault and which. */
export class FaultInjector {
  readonly #options: FaultOptions;
  readonly #random: () => number;
  injected = 0;

  readonly #aimed: { operation: string; left: number; kind: FaultKind; after: boolean }[];

  constructor(options: FaultOptions) {
    this.#options = options;
    this.#random = seededRandom(options.seed);
    this.#aimed = (options.fail ?? []).map((f) => ({
      operation: f.operation,
      left: f.times,
      kind: f.kind ?? 500,
      after: f.after === true,
    }));
  }

  /** The fault for the next request; `operation` is its operationId, where known. */
  next(operation?: string | null): Fault | undefined {
    const aimed = this.#aimed.find((f) => f.operation === operation && f.left > 0);
    if (aimed) {
      aimed.left--;
      this.injected++;
      return { kind: aimed.kind, after: aimed.after };
    }
    const { rate, kinds } = this.#options;
    if (rate <= 0 || kinds.length === 0) return undefined;
    const roll = this.#random();
    const pick = this.#random();
    if (roll >= rate) return undefined;
    this.injected++;
    return { kind: kinds[Math.floor(pick * kinds.length)] as FaultKind, after: false };
  }
}

/**
 * The response GitHub sends for a fault: status, headers and body text. A connection reset
 * has no response (the server destroys the socket); it is logged with status 0.
 */
export function faultResponse(kind: Exclude<FaultKind, 'connection-reset'>): {
  status: number;
  headers: Record<string, string>;
  text: string;
} {
  if (kind === 'secondary-rate-limit' || kind === 'secondary-rate-limit-no-retry-after') {
    // GitHub sends retry-after with most secondary limits, not all: clients must cope without.
    const wait: Record<string, string> =
      kind === 'secondary-rate-limit' ? { 'retry-after': '60' } : {};
    return {
      status: 403,
      headers: { 'content-type': 'application/json; charset=utf-8', ...wait },
      text: JSON.stringify({
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
        documentation_url:
          'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: '403',
      }),
    };
  }
  if (kind === 503) {
    return {
      status: 503,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      text: JSON.stringify({ message: 'Service Unavailable', status: '503' }),
    };
  }
  if (kind === 502) {
    return {
      status: 502,
      headers: { 'content-type': 'text/html' },
      text: '<html><body><h1>502 Bad Gateway</h1></body></html>',
    };
  }
  return {
    status: 500,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    text: JSON.stringify({ message: 'Server Error', status: '500' }),
  };
}

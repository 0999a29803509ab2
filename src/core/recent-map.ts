/**
 * A map that forgets its least recently used entries beyond a bound, in entries and in a
 * weight the caller measures (characters held, say). For caches whose value depends on the
 * key alone, so forgetting one only costs the work of computing it again.
 */
export class RecentMap<K, V> {
  readonly #entries = new Map<K, V>();
  readonly #maxEntries: number;
  readonly #maxWeight: number;
  readonly #weigh: (key: K) => number;
  #weight = 0;

  constructor(maxEntries: number, weight?: { max: number; of: (key: K) => number }) {
    this.#maxEntries = maxEntries;
    this.#maxWeight = weight?.max ?? Number.POSITIVE_INFINITY;
    this.#weigh = weight?.of ?? (() => 0);
  }

  has(key: K): boolean {
    return this.#entries.has(key);
  }

  /** The value, which moves to the back of the queue of what to forget. */
  get(key: K): V | undefined {
    if (!this.#entries.has(key)) return undefined;
    const value = this.#entries.get(key) as V;
    this.#entries.delete(key);
    this.#entries.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    if (this.#entries.has(key)) this.#entries.delete(key);
    else this.#weight += this.#weigh(key);
    this.#entries.set(key, value);
    for (const [old] of this.#entries) {
      if (this.#entries.size <= this.#maxEntries && this.#weight <= this.#maxWeight) break;
      this.#entries.delete(old);
      this.#weight -= this.#weigh(old);
    }
  }
}

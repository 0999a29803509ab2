import { performance } from 'node:perf_hooks';
import { sign } from '@octokit/webhooks-methods';
import type { ContractChecker, Violation } from '../contracts/violation.ts';
import type { PendingEvent, World } from '../emulator/world.ts';
import type { AlertPost, Delivery, WebhookTarget } from './target.ts';

/** One line of deliveries.jsonl. */
export interface DeliveryLogEntry {
  id: string;
  event: string;
  action: string | null;
  status: number;
  ms: number;
}

export interface DeliveryOptions {
  /**
   * Every delivery is sent twice: with the same delivery id (true, as a redelivery), or with a
   * new one ("new-ids", as when a repository webhook and the App both deliver an event).
   */
  duplicate: boolean | 'new-ids';
  /** Deliveries queued together are sent at once instead of one at a time. */
  concurrent: boolean;
  /**
   * Deliveries the app answered with an error are redelivered (same id) at the end of the
   * step, as an operator would from the App's settings, until they succeed (at most 5 rounds).
   */
  redeliver_failed?: boolean;
}

const MAX_REDELIVERY_ROUNDS = 5;

// A runaway app (answering its own events) would otherwise loop for ever.
const MAX_DELIVERIES_PER_DRAIN = 500;

/** Where the App's deliveries are recorded, and redeliveries asked for (GET/POST /app/hook/...). */
export interface DeliveryLedger {
  world: World;
  now: () => Date;
}

/**
 * Turns the emulator's queued events into signed deliveries and sends them to the app, in order
 * and one at a time unless asked otherwise. Events the app causes are queued behind and sent too.
 */
export class DeliveryQueue {
  readonly log: DeliveryLogEntry[] = [];
  readonly #outbox: PendingEvent[];
  readonly #target: WebhookTarget;
  readonly #secret: string;
  readonly #contracts: ContractChecker | undefined;
  readonly #violations: Violation[];
  readonly #options: DeliveryOptions;
  readonly #ledger: DeliveryLedger | undefined;
  #count = 0;
  readonly #sent: Delivery[] = [];
  /** Deliveries answered with an error and not yet answered 2xx since, by id. */
  readonly #failed = new Map<string, Delivery>();
  /** Deliveries currently being handled, so requests can be tied to them. */
  readonly inFlight = new Set<string>();

  constructor(options: {
    outbox: PendingEvent[];
    target: WebhookTarget;
    secret: string;
    contracts: ContractChecker | undefined;
    violations: Violation[];
    delivery: DeliveryOptions;
    ledger?: DeliveryLedger | undefined;
  }) {
    this.#ledger = options.ledger;
    this.#outbox = options.outbox;
    this.#target = options.target;
    this.#secret = options.secret;
    this.#contracts = options.contracts;
    this.#violations = options.violations;
    this.#options = options.delivery;
  }

  /** Delivers everything queued, including what the app's own writes queue meanwhile. */
  async drain(): Promise<void> {
    let sent = 0;
    while (this.#outbox.length > 0 || (this.#ledger?.world.redeliveryRequests.length ?? 0) > 0) {
      // Redeliveries asked of GitHub go out first, under their own guid, once each.
      for (const guid of this.#ledger?.world.redeliveryRequests.splice(0) ?? []) {
        const delivery = this.#sent.findLast((d) => d.id === guid);
        if (delivery) await this.#sendOnce(delivery, true);
      }
      const batch = this.#options.concurrent ? this.#outbox.splice(0) : this.#outbox.splice(0, 1);
      const deliveries: Delivery[] = [];
      for (const event of batch) deliveries.push(await this.#prepare(event));
      const wanted = deliveries.filter((d) => this.#target.accepts(d));
      sent += wanted.length;
      if (sent > MAX_DELIVERIES_PER_DRAIN) {
        throw new Error(
          `more than ${MAX_DELIVERIES_PER_DRAIN} webhooks in one step: is the app answering its own events?`,
        );
      }
      if (this.#options.concurrent) await Promise.all(wanted.map((d) => this.#send(d)));
      else for (const d of wanted) await this.#send(d);
    }
    if (this.#options.redeliver_failed) await this.#redeliverFailed();
  }

  async #redeliverFailed(): Promise<void> {
    for (let round = 0; round < MAX_REDELIVERY_ROUNDS && this.#failed.size > 0; round++) {
      const failed = [...this.#failed.values()];
      this.#failed.clear();
      for (const delivery of failed) await this.#sendOnce(delivery);
      // What the redeliveries caused is delivered too (its failures join the next round).
      while (this.#outbox.length > 0) {
        const event = this.#outbox.shift() as PendingEvent;
        const delivery = await this.#prepare(event);
        if (this.#target.accepts(delivery)) await this.#send(delivery);
      }
    }
  }

  /**
   * Sends a delivery again with the same delivery id, as a manual redelivery does: the last
   * one, or the last of one kind (`issues.closed`, `issue_comment`).
   */
  async redeliverLast(kind = 'last'): Promise<boolean> {
    const matches = (d: Delivery) =>
      kind === 'last' || kind === d.event || kind === `${d.event}.${d.action}`;
    const delivery = this.#sent.findLast(matches);
    if (!delivery) return false;
    await this.#sendOnce(delivery, true);
    await this.drain();
    return true;
  }

  /** A scheduled job fires (`schedule` has no webhook schema: GitHub never POSTs it). */
  async schedule(name: string, payload: Record<string, unknown>): Promise<void> {
    const delivery = await this.#prepare({ name, payload }, false);
    const started = performance.now();
    const status = await this.#target.schedule(delivery);
    const ms = Math.round(performance.now() - started);
    this.log.push({ id: delivery.id, event: name, action: null, status, ms });
    await this.drain();
  }

  /**
   * Posts alerts to the app as a monitoring system does: each body once, or twice with
   * `duplicate` (a retry, or a second replica), all at once with `concurrent`. Logged in
   * deliveries.jsonl as event `alert` with the source as action.
   */
  async alert(posts: (AlertPost & { body: string })[]): Promise<void> {
    const target = this.#target;
    if (!target.alert) throw new Error('alert steps need app mode');
    const send = async (delivery: Delivery, post: AlertPost) => {
      const started = performance.now();
      this.inFlight.add(delivery.id);
      let status: number;
      try {
        status = await (target.alert as NonNullable<typeof target.alert>)(delivery, post);
      } finally {
        this.inFlight.delete(delivery.id);
      }
      const ms = Math.round(performance.now() - started);
      this.log.push({ id: delivery.id, event: 'alert', action: post.source, status, ms });
    };
    const sends: (() => Promise<void>)[] = [];
    for (const post of posts) {
      const delivery: Delivery = {
        id: deliveryId(++this.#count),
        event: 'alert',
        action: post.source,
        payload: {},
        body: post.body,
        signature: '',
      };
      sends.push(() => send(delivery, post));
      if (this.#options.duplicate) {
        const copy = { ...delivery, id: deliveryId(++this.#count) };
        sends.push(() => send(copy, post));
      }
    }
    if (this.#options.concurrent) await Promise.all(sends.map((s) => s()));
    else for (const s of sends) await s();
    await this.drain();
  }

  async #prepare(event: PendingEvent, check = true): Promise<Delivery> {
    this.#count++;
    if (this.#contracts && check) {
      this.#violations.push(...this.#contracts.checkWebhook(event.name, event.payload));
    }
    const body = JSON.stringify(event.payload);
    return {
      id: deliveryId(this.#count),
      event: event.name,
      action: typeof event.payload.action === 'string' ? event.payload.action : undefined,
      payload: event.payload,
      body,
      signature: await sign(this.#secret, body),
    };
  }

  async #send(delivery: Delivery): Promise<void> {
    this.#sent.push(delivery);
    if (!this.#options.duplicate) return this.#sendOnce(delivery);
    const copy =
      this.#options.duplicate === 'new-ids'
        ? { ...delivery, id: deliveryId(++this.#count) }
        : delivery;
    // Both copies at once when deliveries are concurrent: the race GitHub can produce.
    if (this.#options.concurrent)
      await Promise.all([this.#sendOnce(delivery), this.#sendOnce(copy)]);
    else {
      await this.#sendOnce(delivery);
      await this.#sendOnce(copy);
    }
  }

  async #sendOnce(delivery: Delivery, redelivery = false): Promise<void> {
    const started = performance.now();
    this.inFlight.add(delivery.id);
    let status: number;
    try {
      status = await this.#target.deliver(delivery);
    } finally {
      this.inFlight.delete(delivery.id);
    }
    const ms = Math.round(performance.now() - started);
    this.log.push({
      id: delivery.id,
      event: delivery.event,
      action: delivery.action ?? null,
      status,
      ms,
    });
    if (status >= 200 && status < 300) this.#failed.delete(delivery.id);
    else this.#failed.set(delivery.id, delivery);
    if (this.#ledger) {
      const { world, now } = this.#ledger;
      world.hookDeliveries.push({
        id: 90_000_000 + world.hookDeliveries.length + 1,
        guid: delivery.id,
        deliveredAt: now()
          .toISOString()
          .replace(/\.\d{3}Z$/, 'Z'),
        redelivery,
        statusCode: status,
        durationMs: ms,
        event: delivery.event,
        action: delivery.action ?? null,
      });
    }
  }
}

/** GUID-shaped and deterministic, so two runs of a scenario name deliveries alike. */
export function deliveryId(n: number): string {
  return `00000000-5a4d-4b0c-8000-${n.toString(16).padStart(12, '0')}`;
}

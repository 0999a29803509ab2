import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { sign } from '@octokit/webhooks-methods';
import { createApp } from '../src/adapters/probot/app.ts';
import { Emulator } from '../src/sandbox/emulator/emulator.ts';
import type { PendingEvent } from '../src/sandbox/emulator/world.ts';
import { startProbotTarget } from '../src/sandbox/webhooks/probot-target.ts';
import type { Delivery } from '../src/sandbox/webhooks/target.ts';

export interface LoadResult {
  server: string;
  deliveries: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** Highest RSS of this process sampled while the server was under load, in MB. */
  peakRssMb: number;
  failed: number;
}

const TOTAL = 2_000;
const CONCURRENCY = 20;
const INCIDENTS = 20;

/**
 * 2,000 signed deliveries on loopback at concurrency 20, 90% of them comments on ordinary
 * issues, 10% `/timeline` commands on 20 sev1 incidents, sent to the app and to a bare Probot
 * server (an app that does nothing) in the same run, against one emulated GitHub.
 */
export async function benchDeliveries(): Promise<LoadResult[]> {
  const emulator = await Emulator.start({
    repo: 'acme/shop',
    start: '2024-01-15T09:58:00Z',
    users: { alice: 'write', bob: 'write' },
  });
  const events = makeEvents(emulator);
  const secret = randomBytes(8).toString('hex');
  const deliveries = await Promise.all(events.map((e, i) => signed(e, i, secret)));
  const results: LoadResult[] = [];
  try {
    for (const [server, appFn] of [
      ['bare Probot', () => {}],
      ['incident-scribe', createApp({ clock: () => emulator.clock.now(), sleep: async () => {} })],
    ] as const) {
      const target = await startProbotTarget({
        emulatorUrl: emulator.url,
        privateKey: emulator.auth.privateKey,
        secret,
        appFn,
      });
      try {
        results.push(await load(server, deliveries, (d) => target.deliver(d)));
      } finally {
        await target.close();
      }
    }
  } finally {
    await emulator.close();
  }
  return results;
}

function makeEvents(emulator: Emulator): PendingEvent[] {
  const R = '/repos/acme/shop';
  for (let i = 1; i <= INCIDENTS * 2; i++)
    emulator.act('alice', 'POST', `${R}/issues`, { title: `Issue ${i}` });
  for (let i = 1; i <= INCIDENTS; i++)
    emulator.act('alice', 'POST', `${R}/issues/${i}/labels`, { labels: ['sev1'] });
  emulator.world.outbox.splice(0);
  const events: PendingEvent[] = [];
  for (let n = 0; n < TOTAL; n++) {
    const incident = n % 10 === 0;
    const issue = incident ? 1 + ((n / 10) % INCIDENTS) : INCIDENTS + 1 + (n % INCIDENTS);
    const body = incident
      ? `/timeline Checked replica ${n}`
      : `Looks like the same thing as yesterday (${n}).`;
    emulator.act('bob', 'POST', `${R}/issues/${issue}/comments`, { body });
    events.push(...emulator.world.outbox.splice(0));
  }
  return events.filter((e) => e.name === 'issue_comment');
}

async function signed(event: PendingEvent, n: number, secret: string): Promise<Delivery> {
  const body = JSON.stringify(event.payload);
  return {
    id: `bench-${n}`,
    event: event.name,
    action: String(event.payload.action),
    payload: event.payload,
    body,
    signature: await sign(secret, body),
  };
}

async function load(
  server: string,
  deliveries: Delivery[],
  send: (d: Delivery) => Promise<number>,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let failed = 0;
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < deliveries.length) {
        const delivery = deliveries[next++] as Delivery;
        const t = performance.now();
        const status = await send(delivery);
        latencies.push(performance.now() - t);
        if (status >= 300) failed++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    server,
    deliveries: deliveries.length,
    perSecond: deliveries.length / seconds,
    p50: at(0.5),
    p99: at(0.99),
    peakRssMb: peak / 1_048_576,
    failed,
  };
}

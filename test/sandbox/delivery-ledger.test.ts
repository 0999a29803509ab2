import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/adapters/cli/cli.ts';
import { appHookPortFor } from '../../src/adapters/shared/app-client.ts';
import type { Emulator } from '../../src/sandbox/emulator/emulator.ts';
import { APP_ID } from '../../src/sandbox/emulator/world.ts';
import { DeliveryQueue } from '../../src/sandbox/webhooks/delivery-queue.ts';
import type { Delivery } from '../../src/sandbox/webhooks/target.ts';
import { redeliverFailed } from '../../src/usecases/deliveries/redeliver-failed.ts';
import { startEmulator } from './helpers.ts';

let emulator: Emulator;
beforeEach(async () => {
  emulator = await startEmulator();
});
afterEach(async () => {
  await emulator.close();
  expect(emulator.violations).toEqual([]);
});

describe('a sandbox delivery that failed', () => {
  it('is listed as failed, and sent again under its guid when the job asks for it', async () => {
    const received: { id: string; status: number }[] = [];
    let down = true;
    const queue = new DeliveryQueue({
      outbox: emulator.world.outbox,
      target: {
        accepts: () => true,
        deliver: async (d: Delivery) => {
          const status = down ? 503 : 200;
          received.push({ id: d.id, status });
          return status;
        },
        schedule: async () => 200,
        close: async () => {},
      },
      secret: 's',
      contracts: undefined,
      violations: [],
      delivery: { duplicate: false, concurrent: false },
      ledger: { world: emulator.world, now: () => emulator.clock.now() },
    });
    emulator.act('alice', 'POST', '/repos/acme/shop/issues', { title: 'Checkout down' });
    await queue.drain();
    down = false;

    const port = appHookPortFor({
      appId: String(APP_ID),
      privateKey: emulator.auth.privateKey,
      env: { GITHUB_API_URL: emulator.url },
    });
    const outcome = await redeliverFailed(port, {
      now: emulator.clock.now(),
      hours: 6,
      log: () => {},
    });
    await queue.drain();

    expect(outcome.redelivered.map((d) => d.status)).toEqual(['Invalid HTTP Response: 503']);
    expect(received).toEqual([
      { id: received[0]?.id, status: 503 },
      { id: received[0]?.id, status: 200 },
    ]);
    expect(emulator.world.hookDeliveries.map((d) => [d.redelivery, d.statusCode])).toEqual([
      [false, 503],
      [true, 200],
    ]);
    // Succeeded on its redelivery: the next run leaves it alone.
    const again = await redeliverFailed(port, {
      now: emulator.clock.now(),
      hours: 6,
      log: () => {},
    });
    expect(again.redelivered).toEqual([]);
  });
});

describe('scribe redeliver-failed', () => {
  const run = async (args: string[], env: Record<string, string | undefined>) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['redeliver-failed', ...args], {
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      cwd: process.cwd(),
      env,
    });
    return { code, out: out.join(''), err: err.join('') };
  };

  it('lists what it would redeliver with --dry-run, as the App, and asks for nothing', async () => {
    emulator.world.hookDeliveries.push({
      id: 7,
      guid: 'g-7',
      // The command looks back from the real clock, not the emulator's.
      deliveredAt: new Date(Date.now() - 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      redelivery: false,
      statusCode: 502,
      durationMs: 10,
      event: 'issues',
      action: 'labeled',
    });
    const env = {
      APP_ID: String(APP_ID),
      PRIVATE_KEY: emulator.auth.privateKey,
      GITHUB_API_URL: emulator.url,
    };
    const { code, out, err } = await run(['--dry-run', '--hours', '2'], env);
    expect(code).toBe(0);
    expect(out).toBe(
      `would redeliver issues.labeled g-7 (Invalid HTTP Response: 502, ${emulator.world.hookDeliveries[0]?.deliveredAt})\n`,
    );
    expect(err).toBe('1 deliveries listed; 1 to redeliver; 0 refused\n');
    expect(emulator.world.redeliveryRequests).toEqual([]);
  });

  it('says what is missing without the App credentials, and reads nothing', async () => {
    expect(await run([], {})).toEqual({
      code: 2,
      out: '',
      err: 'scribe redeliver-failed: set APP_ID and PRIVATE_KEY (or PRIVATE_KEY_PATH), as for the app server\n',
    });
    expect((await run(['--hours', '100'], {})).err).toBe(
      'scribe redeliver-failed: --hours takes 1 to 72 (GitHub keeps 3 days), not 100\n',
    );
    expect(emulator.requests).toEqual([]);
  });
});

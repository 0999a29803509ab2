import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appHookPortFor } from '../../src/adapters/shared/app-client.ts';
import type { Emulator } from '../../src/sandbox/emulator/emulator.ts';
import { APP_ID, type HookDeliveryRecord } from '../../src/sandbox/emulator/world.ts';
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

const NOW = new Date('2024-01-15T12:00:00Z');
const at = (minutesAgo: number) =>
  new Date(NOW.getTime() - minutesAgo * 60_000).toISOString().replace('.000Z', 'Z');

/** Records one attempt, oldest first as GitHub makes them. */
function attempt(guid: string, minutesAgo: number, statusCode: number, redelivery = false) {
  const list = emulator.world.hookDeliveries;
  const record: HookDeliveryRecord = {
    id: 1000 + list.length,
    guid,
    deliveredAt: at(minutesAgo),
    redelivery,
    statusCode,
    durationMs: 40,
    event: 'issue_comment',
    action: 'created',
  };
  list.push(record);
  return record;
}

describe('the redeliver-failed job against the emulated GitHub', () => {
  it('redelivers once each event that never succeeded, by its latest attempt, over cursor pages', async () => {
    attempt('old-failure', 8 * 60, 500); // outside the 6 hours
    attempt('healed', 300, 502);
    attempt('healed', 290, 200, true); // succeeded on a later attempt: left alone
    attempt('still-failing', 200, 500);
    const latest = attempt('still-failing', 100, 503, true);
    // Enough successes after them that the failures are on the second page.
    for (let i = 0; i < 120; i++) attempt(`ok-${i}`, 90 - i / 2, 200);
    const lost = attempt('server-down', 5, 0);

    const port = appHookPortFor({
      appId: String(APP_ID),
      privateKey: emulator.auth.privateKey,
      env: { GITHUB_API_URL: emulator.url },
    });
    const lines: string[] = [];
    const outcome = await redeliverFailed(port, { now: NOW, hours: 6, log: (l) => lines.push(l) });

    expect(outcome.redelivered.map((d) => d.id)).toEqual([latest.id, lost.id]);
    expect(emulator.world.redeliveryRequests).toEqual(['still-failing', 'server-down']);
    expect(lines).toEqual([
      `redelivered issue_comment.created still-failing (Invalid HTTP Response: 503, ${at(100)})`,
      `redelivered issue_comment.created server-down (failed to connect to host, ${at(5)})`,
    ]);
    const operations = emulator.requests.map((r) => r.operation);
    expect(operations).toEqual([
      'apps/list-webhook-deliveries',
      'apps/list-webhook-deliveries',
      'apps/redeliver-webhook-delivery',
      'apps/redeliver-webhook-delivery',
    ]);
  });

  it('answers 404 for a delivery that does not exist, and the job goes on to the next', async () => {
    attempt('a', 10, 500);
    attempt('b', 5, 500);
    const port = appHookPortFor({
      appId: String(APP_ID),
      privateKey: emulator.auth.privateKey,
      env: { GITHUB_API_URL: emulator.url },
    });
    const refusing = {
      ...port,
      redeliverHookDelivery: (id: number) => port.redeliverHookDelivery(id === 1000 ? 999_999 : id),
    };
    const outcome = await redeliverFailed(refusing, { now: NOW, hours: 6, log: () => {} });
    expect(outcome.failed.map((f) => f.delivery.guid)).toEqual(['a']);
    expect(outcome.redelivered.map((d) => d.guid)).toEqual(['b']);
    expect(emulator.world.redeliveryRequests).toEqual(['b']);
  });
});

import type { Probot } from 'probot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/sandbox/emulator/emulator.ts';
import { DeliveryQueue } from '../../src/sandbox/webhooks/delivery-queue.ts';
import {
  deliveryHeaders,
  startProbotTarget,
  WEBHOOK_PATH,
} from '../../src/sandbox/webhooks/probot-target.ts';
import type { WebhookTarget } from '../../src/sandbox/webhooks/target.ts';
import { contracts, startEmulator } from './helpers.ts';

// A stand-in app: answers a sev1 label with one comment, ignores bots (its own events included).
const standIn = (app: Probot) => {
  app.on('issues.labeled', async (context) => {
    if (context.isBot || context.payload.label?.name !== 'sev1') return;
    await context.octokit.rest.issues.createComment(context.issue({ body: 'declared' }));
  });
};

let emulator: Emulator;
let target: WebhookTarget & { url: string };
let queue: DeliveryQueue;

beforeEach(async () => {
  emulator = await startEmulator();
  target = await startProbotTarget({
    emulatorUrl: emulator.url,
    privateKey: emulator.auth.privateKey,
    secret: 'right',
    appFn: standIn,
  });
  queue = new DeliveryQueue({
    outbox: emulator.world.outbox,
    target,
    secret: 'right',
    contracts: contracts(),
    violations: emulator.violations,
    delivery: { duplicate: false, concurrent: false },
  });
  emulator.act('alice', 'POST', '/repos/acme/shop/issues', { title: 'alert' });
  emulator.act('alice', 'POST', '/repos/acme/shop/issues/1/labels', { labels: ['sev1'] });
});
afterEach(async () => {
  await target.close();
  await emulator.close();
});

describe('in app mode', () => {
  it('delivers signed webhooks that the real Probot server accepts, and the app authenticates as the App', async () => {
    await queue.drain();
    expect(queue.log.map((d) => `${d.event}.${d.action} ${d.status}`)).toEqual([
      'issues.opened 200',
      'issues.labeled 200',
      'issue_comment.created 200',
    ]);
    expect(emulator.requests.map((r) => `${r.operation} ${r.status}`)).toEqual([
      'apps/create-installation-access-token 201',
      'issues/create-comment 201',
    ]);
    const labeled = queue.log[1]?.id;
    expect(emulator.requests.every((r) => r.delivery === labeled)).toBe(true);
    expect([...emulator.world.comments.values()].map((c) => [c.user, c.body])).toEqual([
      ['incident-scribe[bot]', 'declared'],
    ]);
    expect(emulator.violations).toEqual([]);
  });

  it('has a wrongly signed delivery refused by the app, which then writes nothing', async () => {
    const event = emulator.world.outbox[1];
    const body = JSON.stringify(event?.payload);
    const response = await fetch(`${target.url}${WEBHOOK_PATH}`, {
      method: 'POST',
      headers: deliveryHeaders({
        id: 'forged',
        event: 'issues',
        action: 'labeled',
        payload: {},
        body,
        signature: `sha256=${'0'.repeat(64)}`,
      }),
      body,
    });
    expect(response.status).toBe(400);
    expect(emulator.requests).toEqual([]);
    expect(emulator.world.comments.size).toBe(0);
  });

  it('sends every delivery twice with the same id when asked to duplicate', async () => {
    const twice = new DeliveryQueue({
      outbox: emulator.world.outbox,
      target,
      secret: 'right',
      contracts: contracts(),
      violations: emulator.violations,
      delivery: { duplicate: true, concurrent: false },
    });
    await twice.drain();
    const ids = twice.log.map((d) => d.id);
    expect(ids[0]).toBe(ids[1]);
    expect(ids[2]).toBe(ids[3]);
    // The stand-in is not idempotent: the duplicate shows as a second comment.
    expect(emulator.world.comments.size).toBe(2);
  });
});

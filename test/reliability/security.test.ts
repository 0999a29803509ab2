import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { sign } from '@octokit/webhooks-methods';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/adapters/probot/app.ts';
import type { Emulator } from '../../src/sandbox/emulator/emulator.ts';
import { buildState } from '../../src/sandbox/output/state.ts';
import { parseScenario } from '../../src/sandbox/scenario/parse-scenario.ts';
import { type PlayState, playStep } from '../../src/sandbox/scenario/play-step.ts';
import { DeliveryQueue } from '../../src/sandbox/webhooks/delivery-queue.ts';
import { startProbotTarget, WEBHOOK_PATH } from '../../src/sandbox/webhooks/probot-target.ts';
import { contracts, startEmulator } from '../sandbox/helpers.ts';
import { record } from './figures.ts';

// The real app behind a real Probot server, logging everything (trace) into memory, so the
// test can scan every line it wrote for secrets.
const secret = randomBytes(24).toString('hex');
const lines: string[] = [];
const log = pino(
  { level: 'trace' },
  new Writable({
    write(chunk, _encoding, done) {
      lines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  }),
);

let emulator: Emulator;
let target: Awaited<ReturnType<typeof startProbotTarget>>;
let queue: DeliveryQueue;

beforeAll(async () => {
  emulator = await startEmulator({
    files: { '.github/incident-scribe.yml': 'postmortem:\n  folder: docs/postmortems\n' },
  });
  target = await startProbotTarget({
    emulatorUrl: emulator.url,
    privateKey: emulator.auth.privateKey,
    secret,
    appFn: createApp({ clock: () => emulator.clock.now(), sleep: async () => {} }),
    log,
  });
  queue = new DeliveryQueue({
    outbox: emulator.world.outbox,
    target,
    secret,
    contracts: contracts(),
    violations: emulator.violations,
    delivery: { duplicate: false, concurrent: false },
  });
});

afterAll(async () => {
  record('security', { cases: 3, runs: 1 });
  await target?.close();
  await emulator?.close();
});

/** POSTs a webhook as GitHub would, with the signature given (or none). */
async function post(body: string, signature: string | undefined): Promise<number> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'x-github-event': 'issues',
    'x-github-delivery': '00000000-0000-4000-8000-00000000beef',
  };
  if (signature) headers['x-hub-signature-256'] = signature;
  const response = await fetch(`${target.url}${WEBHOOK_PATH}`, { method: 'POST', headers, body });
  await response.arrayBuffer();
  return response.status;
}

describe('webhook requests the app must refuse', () => {
  const payload = JSON.stringify({ action: 'labeled', marker: 'PAYLOAD-SHOULD-NOT-BE-LOGGED' });

  it('refuses unsigned and wrongly signed requests, and acts on nothing', async () => {
    const before = emulator.requests.length;
    expect(await post(payload, undefined)).toBeGreaterThanOrEqual(400);
    expect(await post(payload, await sign('wrong', payload))).toBeGreaterThanOrEqual(400);
    expect(emulator.requests.length).toBe(before);
  });
});

describe('a read-only user and the logs of a whole incident', () => {
  it('refuses the read-only user, and no log line holds a token, the key or the secret', async () => {
    const scenario = parseScenario(
      JSON.stringify({
        repo: 'acme/shop',
        start: '2024-01-15T09:58:00Z',
        users: { alice: 'write', carol: 'admin', mallory: 'read' },
        steps: [
          { at: '10:00', as: 'alice', open_issue: { title: 'Checkout API returns 500' } },
          { as: 'carol', label: 'sev1' },
          { as: 'mallory', comment: '/status resolved all good\n/ic me\n/severity sev3' },
          { as: 'alice', comment: '/ack on it' },
          { as: 'alice', close: { reason: 'completed' } },
        ],
      }),
      'security.json',
    );
    if (!scenario.ok) throw new Error(JSON.stringify(scenario.problems));
    const play: PlayState = {
      latestIssue: undefined,
      commentOfStep: new Map(),
      latestPull: undefined,
      defaultActor: 'alice',
    };
    for (const step of scenario.scenario.steps) await playStep(emulator, queue, play, step);
    const state = buildState(emulator);
    const incident = state.issues[0];
    expect(incident?.assignees).not.toContain('mallory');
    expect(incident?.labels).toContain('sev1');
    expect(incident?.labels).not.toContain('sev3');
    const refusal = incident?.comments.find((c) => c.body.includes('changed nothing'));
    expect(refusal?.body).toContain('mallory');
    expect(queue.log.every((d) => d.status >= 200 && d.status < 300)).toBe(true);
    // Logged only if the app logs payloads or headers; neither may happen.
    const tokens = lines.filter((line) => /ghs_[A-Za-z0-9]{10,}/.test(line));
    const keyBody = emulator.auth.privateKey
      .split('\n')
      .filter((l) => l.length > 20 && !l.startsWith('-----'));
    const keys = lines.filter(
      (line) => line.includes('PRIVATE KEY') || keyBody.some((k) => line.includes(k)),
    );
    const secrets = lines.filter((line) => line.includes(secret));
    expect({ tokens, keys, secrets }).toEqual({ tokens: [], keys: [], secrets: [] });
  });
});

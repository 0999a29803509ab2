import { afterEach, describe, expect, it } from 'vitest';
import { itemClaimRef } from '../../src/core/action-items/item-identity.ts';
import { createOctokitPort } from '../../src/github/octokit-port.ts';
import { createContractChecker } from '../../src/sandbox/contracts/contract-checker.ts';
import { Emulator } from '../../src/sandbox/emulator/emulator.ts';
import { sandboxOctokit } from '../../src/sandbox/webhooks/sandbox-octokit.ts';
import { itemClaims } from '../../src/usecases/action-items/item-claims.ts';
import { type SyncRequest, syncItems } from '../../src/usecases/action-items/sync-items.ts';
import { configFrom } from '../helpers/config.ts';

const open: Emulator[] = [];
afterEach(async () => {
  for (const e of open.splice(0)) await e.close();
});

const INCIDENT = 'INC-2024-001';
const REF = itemClaimRef(INCIDENT, 'AI-1');

async function emulator() {
  const e = await Emulator.start({
    repo: 'acme/shop',
    start: '2024-01-15T10:00:00Z',
    users: { alice: 'write' },
    contracts: createContractChecker(),
  });
  open.push(e);
  e.act('alice', 'POST', '/repos/acme/shop/issues', { title: 'Checkout down', labels: ['sev2'] });
  return e;
}

/** One delivery's port: its own client and write budget, as two replicas would have. */
function portOf(e: Emulator) {
  const Octokit = sandboxOctokit();
  return createOctokitPort({
    octokit: new Octokit({ auth: { token: e.actionToken('test') }, baseUrl: e.url }),
    repo: { owner: 'acme', repo: 'shop' },
    selfLogin: async () => e.world.botLogin,
    sleep: async () => {},
  });
}

function request(e: Emulator): SyncRequest {
  return {
    incident: {
      id: INCIDENT,
      number: 1,
      url: 'https://github.com/acme/shop/issues/1',
      severity: undefined,
    },
    wanted: [
      { item: 'AI-1', description: 'Alert on pool saturation', owner: null, due: null, refs: [] },
    ],
    source: { kind: 'postmortem', path: 'docs/postmortems/a.md', url: 'https://github.com/x' },
    speaksFor: () => true,
    self: e.world.botLogin,
    defaultBranch: 'main',
    now: e.clock.now(),
  };
}

/** A run that claimed AI-1 and died before opening its issue: the claim, and nothing else. */
async function deadRun(e: Emulator) {
  const claims = itemClaims(portOf(e), {
    incident: INCIDENT,
    items: ['AI-1'],
    defaultBranch: 'main',
    now: e.clock.now(),
  });
  expect(await claims.claim(REF)).toBe(true);
}

function itemIssues(e: Emulator) {
  return [...e.world.issues.values()].filter((i) => i.labels.some((l) => l === 'action-item'));
}

function updates(e: Emulator, status: number) {
  return e.requests.filter((r) => r.operation === 'git/update-ref' && r.status === status).length;
}

describe('a claim left by a run that died before opening the issue', () => {
  it('is left alone while younger than 30 minutes', async () => {
    const e = await emulator();
    await deadRun(e);
    e.clock.advance(29 * 60_000);
    const synced = await syncItems(portOf(e), configFrom(), request(e));
    expect(synced.ok && synced.items.map((i) => i.outcome)).toEqual(['claimed elsewhere']);
    expect(itemIssues(e)).toHaveLength(0);
    expect(e.requests.filter((r) => r.operation === 'git/update-ref')).toHaveLength(0);
  });

  it('is taken over and the item filed once when two deliveries race on it', async () => {
    const e = await emulator();
    await deadRun(e);
    e.clock.advance(31 * 60_000);
    const [a, b] = await Promise.all([
      syncItems(portOf(e), configFrom(), request(e)),
      syncItems(portOf(e), configFrom(), request(e)),
    ]);
    expect(itemIssues(e)).toHaveLength(1);
    expect(itemIssues(e)[0]?.parent?.number).toBe(1);
    // One delivery files it; the other sees it filed, or leaves it to the winner.
    const outcomes = [a, b].flatMap((s) => (s.ok ? s.items.map((i) => i.outcome) : []));
    expect(outcomes.filter((o) => o === 'created').length).toBeGreaterThanOrEqual(1);
    expect(updates(e, 200)).toBe(1);
  });

  it('moves to one taker only: a second fast-forward from the old claim is refused', async () => {
    const e = await emulator();
    await deadRun(e);
    e.clock.advance(31 * 60_000);
    const old = e.world.refs.get(REF) as string;
    const now = e.clock.now();
    const options = { incident: INCIDENT, items: ['AI-1'], defaultBranch: 'main', now };
    const results = await Promise.all([
      itemClaims(portOf(e), options).takeOverStale(REF),
      itemClaims(portOf(e), options).takeOverStale(REF),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    // A taker that read the old claim before the winner moved it: GitHub answers 422.
    const late = portOf(e);
    const tree = (await late.readCommit(old))?.tree as string;
    const next = await late.createCommit({ tree, parents: [old], message: 'late taker' });
    expect(await late.moveClaim(REF, next.sha)).toBe(false);
    expect(e.world.commits.get(e.world.refs.get(REF) as string)?.parents).toEqual([old]);
    expect(updates(e, 422)).toBeGreaterThanOrEqual(1);
  });

  it('is claimed afresh when its run gave it back meanwhile', async () => {
    const e = await emulator();
    const options = {
      incident: INCIDENT,
      items: ['AI-1'],
      defaultBranch: 'main',
      now: e.clock.now(),
    };
    expect(await itemClaims(portOf(e), options).takeOverStale(REF)).toBe(true);
    expect(e.world.refs.has(REF)).toBe(true);
  });
});

describe('a claim commit', () => {
  it('carries GitHub’s time, the default branch head as parent, and names the incident and item', async () => {
    const e = await emulator();
    await deadRun(e);
    const claim = e.world.commits.get(e.world.refs.get(REF) as string);
    expect(claim?.committer.date).toBe('2024-01-15T10:00:00Z');
    expect(claim?.parents).toEqual([e.world.branchSha('main')]);
    expect(claim?.message).toBe('incident-scribe claims action items of inc-2024-001: ai-1');
    // GitHub sends push for branches and tags only: the claim sends none.
    expect(e.world.outbox.filter((w) => w.name === 'push')).toEqual([]);
  });
});

import { generateKeyPairSync } from 'node:crypto';
import nock from 'nock';
import { pino } from 'pino';
import { Probot } from 'probot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/adapters/probot/app.ts';
import { AppOctokit } from '../../src/adapters/probot/app-octokit.ts';
import { GitHubUnavailable } from '../../src/github/octokit/outage-budget.ts';
import { INSTALLATION_ID, issuesEvent } from '../helpers/payloads.ts';

const { privateKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});

/** The real app with the server's client, on a clock that moves only when the app waits. */
async function appDuringOutage() {
  let now = 0;
  const waits: number[] = [];
  const probot = new Probot({
    appId: 123,
    privateKey,
    secret: 's',
    log: pino({ level: 'silent' }),
    Octokit: AppOctokit,
  });
  await probot.load(
    createApp({
      outage: {
        now: () => now,
        sleep: async (ms) => {
          waits.push(ms);
          now += ms;
        },
      },
    }),
  );
  return { probot, waits, elapsed: () => now };
}

const TOKEN = `/app/installations/${INSTALLATION_ID}/access_tokens`;
const CONFIG = '/repos/acme/shop/contents/.github%2Fincident-scribe.yml';

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('when GitHub answers 5xx to everything', () => {
  it('gives up after 4 token attempts within 8 s, with one line that says why', async () => {
    const api = nock('https://api.github.com');
    let tokenAttempts = 0;
    api
      .post(TOKEN)
      .times(20)
      .reply(() => {
        tokenAttempts++;
        return [502, { message: 'Server Error' }];
      });
    const { probot, waits, elapsed } = await appDuringOutage();

    const failure = await probot
      .receive(issuesEvent('labeled', { labels: ['sev1'], label: 'sev1' }))
      .then(
        () => undefined,
        (error: AggregateError) => error.errors[0] as GitHubUnavailable,
      );

    expect(failure).toBeInstanceOf(GitHubUnavailable);
    expect(failure?.status).toBe(503);
    expect(failure?.message).toBe(
      'GitHub unavailable: 502 to POST /app/installations/{installation_id}/access_tokens after 4 attempt(s) in 7 s; gave up',
    );
    expect(failure?.stack).not.toContain('\n');
    expect(tokenAttempts).toBe(4);
    expect(waits).toEqual([1000, 2000, 4000]);
    expect(elapsed()).toBeLessThanOrEqual(8000);
  });

  it('retries a read that fails, with the token it has, and carries on when GitHub is back', async () => {
    const api = nock('https://api.github.com');
    api.post(TOKEN).reply(201, { token: 'ghs_t', expires_at: '2999-01-01T00:00:00Z' });
    api.get(CONFIG).times(2).reply(502, { message: 'Server Error' });
    api.get(CONFIG).reply(404, { message: 'Not Found' });
    api.get('/repos/acme/.github/contents/.github%2Fincident-scribe.yml').reply(404, {});
    const { probot, waits } = await appDuringOutage();

    // A label no default configuration treats as a severity: the configuration read is all.
    await probot.receive(issuesEvent('labeled', { labels: ['bug'], label: 'bug' }));

    expect(api.isDone()).toBe(true);
    expect(waits).toEqual([1000, 2000]);
  });
});

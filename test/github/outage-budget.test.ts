import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubUnavailable, limitOutages } from '../../src/github/octokit/outage-budget.ts';
import { ScribeOctokit } from '../../src/github/octokit/scribe-octokit.ts';

/** A client under the app's budget, on a clock that moves only when the test says so. */
function client() {
  const clock = { now: 0 };
  const waits: number[] = [];
  // The budget's retries only, as the app's and the Action's clients have them.
  const octokit = new ScribeOctokit({
    baseUrl: 'https://api.github.com',
    retry: { enabled: false },
    throttle: { enabled: false },
  });
  limitOutages(octokit, {
    retryForMs: 8_000,
    giveUpAfterMs: 30_000,
    attempts: 4,
    now: () => clock.now,
    sleep: async (ms) => {
      waits.push(ms);
      clock.now += ms;
    },
  });
  const get = () => octokit.request('GET /repos/{owner}/{repo}', { owner: 'acme', repo: 'shop' });
  return { clock, waits, get };
}

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('the outage budget', () => {
  it('does not count time spent working or pacing writes: a request minutes in still goes', async () => {
    const api = nock('https://api.github.com').get('/repos/acme/shop').times(3).reply(200, {});
    const { clock, get } = client();
    await get();
    // An event that filed many items waited a minute for GitHub's 80 writes a minute.
    clock.now += 90_000;
    await get();
    clock.now += 90_000;
    await get();
    expect(api.isDone()).toBe(true);
  });

  it('gives an outage that starts late in the event its whole retry window', async () => {
    const api = nock('https://api.github.com');
    api.get('/repos/acme/shop').reply(200, {});
    api.get('/repos/acme/shop').times(2).reply(502, { message: 'Server Error' });
    api.get('/repos/acme/shop').reply(200, {});
    const { clock, waits, get } = client();
    await get();
    clock.now += 120_000;
    await get();
    expect(waits).toEqual([1000, 2000]);
    expect(api.isDone()).toBe(true);
  });

  it('shares one window among the requests of an outage, and gives up within it', async () => {
    nock('https://api.github.com')
      .get('/repos/acme/shop')
      .times(10)
      .reply(502, { message: 'Server Error' });
    const { clock, waits, get } = client();
    clock.now = 200_000;
    const first = await get().catch((error: unknown) => error);
    expect(first).toBeInstanceOf(GitHubUnavailable);
    expect((first as Error).message).toBe(
      'GitHub unavailable: 502 to GET /repos/{owner}/{repo} after 4 attempt(s) in 7 s; gave up',
    );
    // The next request of the same event meets the same outage: no new window, so it stops
    // when the shared 8 s are used up.
    const second = await get().catch((error: unknown) => error);
    expect((second as Error).message).toBe(
      'GitHub unavailable: 502 to GET /repos/{owner}/{repo} after 2 attempt(s) in 8 s; gave up',
    );
    expect(waits).toEqual([1000, 2000, 4000, 1000]);
  });
});

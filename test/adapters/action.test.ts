import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nock from 'nock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../../src/adapters/action/run-action.ts';
import { ScribeOctokit } from '../../src/github/octokit/scribe-octokit.ts';
import { comment } from '../helpers/github-nock.ts';
import { issuesEvent } from '../helpers/payloads.ts';

const Octokit = ScribeOctokit.defaults((options: Record<string, unknown>) => ({
  ...options,
  retry: { enabled: false },
  throttle: { ...(options.throttle as object), enabled: false },
}));

async function eventFile(payload: unknown): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'scribe-action-'));
  const path = join(dir, 'event.json');
  await writeFile(path, JSON.stringify(payload));
  return path;
}

function env(path: string, extra: Record<string, string> = {}) {
  return {
    GITHUB_EVENT_NAME: 'issues',
    GITHUB_EVENT_PATH: path,
    GITHUB_REPOSITORY: 'acme/shop',
    GITHUB_API_URL: 'https://api.github.com',
    'INPUT_GITHUB-TOKEN': 'ghs_job',
    ...extra,
  };
}

/** Runs the Action on a `sev1` label event; returns its exit code and what it printed. */
async function runOnSev1Label() {
  const out: string[] = [];
  const payload = issuesEvent('labeled', { labels: ['sev1'], label: 'sev1' }).payload;
  const code = await runAction({
    env: env(await eventFile(payload)),
    Octokit,
    clock: () => new Date('2024-01-15T10:20:00Z'),
    stdout: (t) => out.push(t),
    sleep: async () => {},
  });
  return { code, out: out.join('') };
}

beforeEach(() => nock.disableNetConnect());
afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

describe('the Action', () => {
  it('declares the incident with the job token, as github-actions[bot]', async () => {
    const api = nock('https://api.github.com', { reqheaders: { authorization: 'token ghs_job' } });
    api
      .get((uri) => uri.includes('/contents/'))
      .times(2)
      .reply(404, { message: 'Not Found' });
    api.get('/repos/acme/shop/issues/1/timeline').query(true).reply(200, []);
    api.post('/repos/acme/shop/issues/1/labels', { labels: ['incident'] }).reply(200, []);
    api
      .post('/repos/acme/shop/issues/1/comments')
      .reply(201, (_u, b) =>
        comment(7, (b as { body: string }).body, { login: 'github-actions[bot]', type: 'Bot' }),
      );
    // After posting, the timeline is read again (to undo a race between deliveries).
    api
      .get('/repos/acme/shop/issues/1/timeline')
      .query(true)
      .reply(200, [
        {
          event: 'commented',
          ...comment(7, '<!-- incident-scribe:status {} -->', {
            login: 'github-actions[bot]',
            type: 'Bot',
          }),
        },
      ]);

    const { code, out } = await runOnSev1Label();

    expect(code).toBe(0);
    expect(api.isDone()).toBe(true);
    expect(out).toContain('incident-scribe: issues.labeled: updated');
  });

  it('fails the step with a clear annotation when the configuration is invalid', async () => {
    const api = nock('https://api.github.com');
    api.get((uri) => uri.includes('/contents/')).reply(200, 'acknowledge_target: soon\n');
    api.get('/repos/acme/shop/issues/1/comments').query(true).reply(200, []);
    api
      .post('/repos/acme/shop/issues/1/comments')
      .reply(201, (_u, b) =>
        comment(8, (b as { body: string }).body, { login: 'github-actions[bot]', type: 'Bot' }),
      );
    api.get('/repos/acme/shop/issues/1/timeline').query(true).reply(200, []);

    const { code, out } = await runOnSev1Label();

    expect(code).toBe(1);
    expect(api.isDone()).toBe(true);
    expect(out).toContain(
      '::error title=incident-scribe::refused: invalid configuration. Run `npx scribe config` on .github/incident-scribe.yml to see why.\n',
    );
  });

  it('fails the step without a token or outside a workflow, and calls nothing', async () => {
    const out: string[] = [];
    expect(
      await runAction({ env: { GITHUB_EVENT_NAME: 'issues' }, stdout: (t) => out.push(t) }),
    ).toBe(1);
    expect(
      await runAction({ env: { 'INPUT_GITHUB-TOKEN': 't' }, stdout: (t) => out.push(t) }),
    ).toBe(1);
    expect(out).toEqual([
      '::error title=incident-scribe::no token: set the `github-token` input (its default is the job token).\n',
      '::error title=incident-scribe::GITHUB_EVENT_NAME, GITHUB_EVENT_PATH and GITHUB_REPOSITORY must be set (run this inside a workflow).\n',
    ]);
  });

  it('fails the step with one line when GitHub keeps failing', async () => {
    const api = nock('https://api.github.com');
    api
      .get((uri) => uri.includes('/contents/'))
      .times(5)
      .reply(500, { message: 'Server Error' });
    const { code, out } = await runOnSev1Label();
    expect(api.isDone()).toBe(true);
    expect(code).toBe(1);
    // The seconds are real ones here (the waits are skipped): only their place is checked.
    expect(out).toMatch(
      /^::error title=incident-scribe::GitHub unavailable: 500 to GET \/repos\/\{owner\}\/\{repo\}\/contents\/\{path\} after 5 attempt\(s\) in \d+ s; gave up\n$/,
    );
  });
});

import { ProbotOctokit } from 'probot';
import { describe, expect, it } from 'vitest';
import { createOctokitPort } from '../../src/github/octokit-port.ts';

/** A port over a real Octokit whose fetch answers every comment, on a clock the test moves. */
function pacedPort() {
  let clock = 0;
  const waits: number[] = [];
  let posted = 0;
  const fetch = async () => {
    posted++;
    const body = {
      id: posted,
      body: 'x',
      user: { login: 'incident-scribe[bot]', type: 'Bot' },
      created_at: '2024-01-15T10:00:00Z',
      updated_at: '2024-01-15T10:00:00Z',
      html_url: 'https://github.com/acme/shop/issues/1',
    };
    return new Response(JSON.stringify(body), {
      status: 201,
      headers: { 'content-type': 'application/json' },
    });
  };
  const octokit = new (ProbotOctokit.defaults({
    retry: { enabled: false },
    throttle: { enabled: false },
  }))({ auth: { token: 'test' }, request: { fetch } });
  const port = createOctokitPort({
    octokit,
    repo: { owner: 'acme', repo: 'shop' },
    selfLogin: async () => 'incident-scribe[bot]',
    maxWrites: 1000,
    now: () => clock,
    sleep: async (ms) => {
      waits.push(ms);
      clock += ms;
    },
  });
  return { port, octokit, waits, posted: () => posted };
}

describe('writes paced under GitHub content-creation limit', () => {
  it('makes 80 writes in a minute, then waits until the first is a minute old', async () => {
    const { port, waits, posted } = pacedPort();
    for (let i = 0; i < 85; i++) await port.createIssueComment(1, 'x');
    expect(posted()).toBe(85);
    expect(waits).toEqual([60_000]);
  });

  it('does not wait when the writes are spread over more than a minute', async () => {
    const { port, waits } = pacedPort();
    for (let i = 0; i < 80; i++) await port.createIssueComment(1, 'x');
    expect(waits).toEqual([]);
  });
});

describe('the write budget', () => {
  it('grows by what a use case declares, and still stops a runaway', async () => {
    const { octokit } = pacedPort();
    const limited = createOctokitPort({
      octokit,
      repo: { owner: 'acme', repo: 'shop' },
      selfLogin: async () => 'x',
      maxWrites: 2,
      dryRun: true,
    });
    await limited.createIssueComment(1, 'a');
    await limited.createIssueComment(1, 'b');
    limited.allowWrites(1);
    await expect(limited.createIssueComment(1, 'c')).resolves.toMatchObject({ body: 'c' });
    await expect(limited.createIssueComment(1, 'd')).rejects.toThrow('write budget of 3 exceeded');
  });
});

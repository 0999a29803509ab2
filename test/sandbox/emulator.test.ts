import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Emulator } from '../../src/sandbox/emulator/emulator.ts';
import { api, startEmulator } from './helpers.ts';

const R = '/repos/acme/shop';
let emulator: Emulator;
let token: string;

beforeEach(async () => {
  emulator = await startEmulator();
  token = emulator.actionToken('test');
});
afterEach(async () => {
  await emulator.close();
  expect(emulator.violations).toEqual([]);
});

describe('issues and pull requests', () => {
  it('share one number sequence', async () => {
    emulator.act('alice', 'POST', `${R}/issues`, { title: 'first' });
    const sha = emulator.world.branchSha('main');
    emulator.act('alice', 'POST', `${R}/git/refs`, { ref: 'refs/heads/fix', sha });
    emulator.act('alice', 'PUT', `${R}/contents/fix.txt`, {
      message: 'fix',
      content: Buffer.from('fixed\n').toString('base64'),
      branch: 'fix',
    });
    const pull = emulator.act('alice', 'POST', `${R}/pulls`, {
      title: 'PR',
      head: 'fix',
      base: 'main',
    });
    const second = emulator.act('alice', 'POST', `${R}/issues`, { title: 'third' });
    expect((pull.body as { number: number }).number).toBe(2);
    expect((second.body as { number: number }).number).toBe(3);
  });

  it('stamps records with the virtual clock', () => {
    emulator.clock.set(new Date('2024-01-15T10:00:00Z'));
    const created = emulator.act('alice', 'POST', `${R}/issues`, { title: 'alert' });
    expect((created.body as { created_at: string }).created_at).toBe('2024-01-15T10:00:00Z');
  });
});

describe('labels', () => {
  it('creates an unknown label when it is added to an issue', async () => {
    emulator.act('alice', 'POST', `${R}/issues`, { title: 'alert' });
    const added = await api(emulator, token, 'POST', `${R}/issues/1/labels`, { labels: ['sev1'] });
    expect(added.status).toBe(200);
    expect((added.body as { name: string }[]).map((l) => l.name)).toEqual(['sev1']);
    expect(emulator.world.findLabel('sev1')?.color).toBe('ededed');
  });

  it('answers 404 in GitHub’s error shape when removing a label the issue lacks', async () => {
    emulator.act('alice', 'POST', `${R}/issues`, { title: 'alert' });
    const removed = await api(emulator, token, 'DELETE', `${R}/issues/1/labels/sev2`);
    expect(removed.status).toBe(404);
    expect(removed.body).toEqual({
      message: 'Label does not exist',
      documentation_url: 'https://docs.github.com/rest',
      status: '404',
    });
  });

  it('emits one labeled webhook per label actually added', () => {
    emulator.act('alice', 'POST', `${R}/issues`, { title: 'alert' });
    emulator.act('alice', 'POST', `${R}/issues/1/labels`, { labels: ['sev1', 'sev1', 'bug'] });
    emulator.act('alice', 'POST', `${R}/issues/1/labels`, { labels: ['sev1'] });
    const labeled = emulator.world.outbox.filter((e) => e.payload.action === 'labeled');
    expect(labeled.map((e) => (e.payload.label as { name: string }).name)).toEqual(['sev1', 'bug']);
  });
});

describe('pagination', () => {
  beforeEach(() => {
    for (let i = 1; i <= 150; i++) emulator.act('alice', 'POST', `${R}/issues`, { title: `#${i}` });
  });

  it('caps per_page at 100 and links the next and last pages', async () => {
    const page = await api(emulator, token, 'GET', `${R}/issues?per_page=500&direction=asc`);
    expect((page.body as unknown[]).length).toBe(100);
    expect(page.headers.get('link')).toBe(
      `<${emulator.url}${R}/issues?per_page=100&direction=asc&page=2>; rel="next", <${emulator.url}${R}/issues?per_page=100&direction=asc&page=2>; rel="last"`,
    );
  });

  it('serves the last page with prev and first links and no next', async () => {
    const page = await api(emulator, token, 'GET', `${R}/issues?per_page=100&page=2`);
    expect((page.body as unknown[]).length).toBe(50);
    const link = page.headers.get('link') ?? '';
    expect(link).toContain('rel="prev"');
    expect(link).toContain('rel="first"');
    expect(link).not.toContain('rel="next"');
  });
});

describe('git refs', () => {
  it('answers 422 when creating a ref that exists', async () => {
    const sha = emulator.world.branchSha('main');
    const created = await api(emulator, token, 'POST', `${R}/git/refs`, {
      ref: 'refs/heads/x',
      sha,
    });
    const again = await api(emulator, token, 'POST', `${R}/git/refs`, { ref: 'refs/heads/x', sha });
    expect(created.status).toBe(201);
    expect(again.status).toBe(422);
    expect((again.body as { message: string }).message).toBe('Reference already exists');
  });
});

describe('contents', () => {
  it('serves a file raw for the Accept header Probot’s config plugin sends', async () => {
    const response = await fetch(`${emulator.url}${R}/contents/README.md`, {
      headers: { authorization: `token ${token}`, accept: 'application/vnd.github.v3.raw' },
    });
    expect(response.headers.get('content-type')).toContain('text/plain');
    expect(await response.text()).toBe('# shop\n');
  });

  it('refuses to overwrite a file without its sha', async () => {
    const content = Buffer.from('x').toString('base64');
    const put = await api(emulator, token, 'PUT', `${R}/contents/README.md`, {
      message: 'm',
      content,
    });
    expect(put.status).toBe(422);
  });

  it('answers 409 in GitHub’s documented shape when the given sha is stale', async () => {
    const content = Buffer.from('x').toString('base64');
    const put = await api(emulator, token, 'PUT', `${R}/contents/README.md`, {
      message: 'm',
      content,
      sha: '0'.repeat(40),
    });
    expect(put.status).toBe(409);
    expect(put.body).toEqual({
      message: `README.md does not match ${'0'.repeat(40)}`,
      documentation_url: 'https://docs.github.com/rest',
      status: '409',
    });
    // The afterEach checks the response against the contract: it must hold too.
  });
});

describe('body limits', () => {
  const long = 'x'.repeat(65537);
  const tooLong = (resource: string) => ({
    message: 'Validation Failed',
    errors: [
      {
        resource,
        code: 'custom',
        field: 'body',
        message: 'body is too long (maximum is 65536 characters)',
      },
    ],
    documentation_url: 'https://docs.github.com/rest',
    status: '422',
  });

  it('refuses an issue body over 65,536 characters on create and on update, as GitHub does', async () => {
    const created = await api(emulator, token, 'POST', `${R}/issues`, { title: 't', body: long });
    expect(created.status).toBe(422);
    expect(created.body).toEqual(tooLong('Issue'));
    expect(emulator.world.issues.size).toBe(0);
    const fits = await api(emulator, token, 'POST', `${R}/issues`, {
      title: 't',
      body: long.slice(1),
    });
    expect(fits.status).toBe(201);
    const updated = await api(emulator, token, 'PATCH', `${R}/issues/1`, { body: long });
    expect(updated.status).toBe(422);
    expect(updated.body).toEqual(tooLong('Issue'));
    expect(emulator.world.issues.get(1)?.body).toBe(long.slice(1));
  });

  it('refuses a pull request body over 65,536 characters on create and on update', async () => {
    const sha = emulator.world.branchSha('main');
    emulator.act('alice', 'POST', `${R}/git/refs`, { ref: 'refs/heads/fix', sha });
    emulator.act('alice', 'PUT', `${R}/contents/fix.txt`, {
      message: 'fix',
      content: Buffer.from('fixed\n').toString('base64'),
      branch: 'fix',
    });
    const pull = { title: 'PR', head: 'fix', base: 'main' };
    const created = await api(emulator, token, 'POST', `${R}/pulls`, { ...pull, body: long });
    expect(created.status).toBe(422);
    expect(created.body).toEqual(tooLong('PullRequest'));
    expect(emulator.world.issues.size).toBe(0);
    expect((await api(emulator, token, 'POST', `${R}/pulls`, pull)).status).toBe(201);
    const updated = await api(emulator, token, 'PATCH', `${R}/pulls/1`, { body: long });
    expect(updated.status).toBe(422);
    expect(updated.body).toEqual(tooLong('PullRequest'));
  });
});

describe('collaborator permission', () => {
  it.each([
    ['bob', 'write', 'maintain'],
    ['tina', 'read', 'triage'],
    ['carol', 'admin', 'admin'],
  ])(
    'folds %s’s role into permission %s and keeps role_name %s',
    async (login, permission, role) => {
      const got = await api(emulator, token, 'GET', `${R}/collaborators/${login}/permission`);
      expect(got.body).toMatchObject({ permission, role_name: role });
    },
  );
});

describe('every response', () => {
  it('carries rate-limit headers that count down per token', async () => {
    await api(emulator, token, 'GET', `${R}/issues`);
    const second = await api(emulator, token, 'GET', `${R}/issues`);
    expect(second.headers.get('x-ratelimit-limit')).toBe('1000');
    expect(second.headers.get('x-ratelimit-remaining')).toBe('998');
    expect(second.headers.get('x-ratelimit-used')).toBe('2');
  });

  it('refuses an unknown token with 401 Bad credentials', async () => {
    const got = await api(emulator, 'ghs_nope', 'GET', `${R}/issues`);
    expect(got.status).toBe(401);
    expect((got.body as { message: string }).message).toBe('Bad credentials');
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RestContract } from '../../src/sandbox/contracts/rest-contract.ts';
import { formatViolation } from '../../src/sandbox/contracts/violation.ts';
import type { Emulator } from '../../src/sandbox/emulator/emulator.ts';
import { api, contracts, startEmulator } from './helpers.ts';

const R = '/repos/acme/shop';
let emulator: Emulator;
let token: string;

beforeEach(async () => {
  emulator = await startEmulator();
  token = emulator.actionToken('test');
  emulator.act('alice', 'POST', `${R}/issues`, { title: 'alert' });
});
afterEach(() => emulator.close());

describe('a malformed request', () => {
  it('fails naming the operation and the schema path when create-comment has no body', async () => {
    const got = await api(emulator, token, 'POST', `${R}/issues/1/comments`, { text: 'hi' });
    expect(got.status).toBe(422);
    expect(emulator.violations).toEqual([
      {
        kind: 'request',
        operation: 'issues/create-comment',
        schemaPath: 'rest#/operations/issues~1create-comment/requestBody/schema/required',
        instancePath: '/body',
        message: "must have required property 'body'",
      },
    ]);
    expect(formatViolation(emulator.violations[0] as never)).toBe(
      "request issues/create-comment at /body: must have required property 'body' (schema rest#/operations/issues~1create-comment/requestBody/schema/required)",
    );
    expect(emulator.world.comments.size).toBe(0);
  });

  it('fails on a query parameter the operation does not take', async () => {
    await api(emulator, token, 'GET', `${R}/issues?label=sev1`);
    expect(emulator.violations.map(formatViolation)).toEqual([
      'request issues/list-for-repo at /query/label: unknown query parameter',
    ]);
  });

  it('fails on a path parameter of the wrong type', async () => {
    await api(emulator, token, 'GET', `${R}/issues/first`);
    expect(emulator.violations[0]).toMatchObject({
      operation: 'issues/get',
      instancePath: '/path/issue_number',
    });
  });

  it('names GitHub operations the sandbox does not emulate yet', async () => {
    const got = await api(emulator, token, 'GET', `${R}/releases`);
    expect(got.status).toBe(404);
    expect(emulator.violations[0]).toMatchObject({
      kind: 'unknown-operation',
      operation: 'repos/list-releases',
    });
  });
});

describe('the emulator’s own output', () => {
  it('matches the documented response schemas and the webhook schemas for a whole lifecycle', async () => {
    const steps: [string, string, string, unknown?][] = [
      ['bob', 'POST', `${R}/issues/1/labels`, { labels: ['sev1'] }],
      ['bob', 'POST', `${R}/issues/1/assignees`, { assignees: ['carol'] }],
      ['alice', 'POST', `${R}/issues/1/comments`, { body: '/ack' }],
      ['alice', 'PATCH', `${R}/issues/comments/2000001`, { body: '/ack on it' }],
      ['alice', 'PATCH', `${R}/issues/1`, { title: 'Checkout down' }],
      ['bob', 'DELETE', `${R}/issues/1/labels/sev1`],
      ['bob', 'DELETE', `${R}/issues/1/assignees`, { assignees: ['carol'] }],
      ['alice', 'DELETE', `${R}/issues/comments/2000001`],
      ['carol', 'PATCH', `${R}/issues/1`, { state: 'closed', state_reason: 'completed' }],
      ['carol', 'PATCH', `${R}/issues/1`, { state: 'open' }],
      [
        'carol',
        'POST',
        `${R}/git/refs`,
        { ref: 'refs/heads/pm', sha: emulator.world.branchSha('main') },
      ],
      ['carol', 'PUT', `${R}/contents/pm.md`, { message: 'pm', content: 'IyBQTQo=', branch: 'pm' }],
      [
        'carol',
        'POST',
        `${R}/pulls`,
        { title: 'Post-mortem', head: 'pm', base: 'main', body: 'for #1' },
      ],
      [
        'carol',
        'PUT',
        `${R}/contents/pm.md`,
        { message: 'pm2', content: 'IyBQTTIK', branch: 'pm', sha: 'placeholder' },
      ],
    ];
    for (const [who, method, url, body] of steps) {
      if (url.endsWith('pm.md') && (body as { sha?: string }).sha) {
        (body as { sha: string }).sha = (
          emulator.act(who, 'GET', `${R}/contents/pm.md?ref=pm`).body as { sha: string }
        ).sha;
      }
      expect(emulator.act(who, method, url, body).status).toBeLessThan(300);
    }
    emulator.act('bob', 'POST', `${R}/pulls/2/requested_reviewers`, { reviewers: ['alice'] });
    emulator.act('bob', 'PUT', `${R}/pulls/2/merge`, {});
    for (const url of [
      '/issues/1/timeline',
      '/pulls/2',
      '/pulls/2/files',
      '/pulls?state=all',
      '/issues?state=all',
    ]) {
      emulator.act('bob', 'GET', `${R}${url}`);
    }
    const names = emulator.world.outbox.map(
      (e) => `${e.name}${e.payload.action ? `.${e.payload.action}` : ''}`,
    );
    expect(new Set(names)).toEqual(
      new Set([
        'issues.opened',
        'issues.labeled',
        'issues.assigned',
        'issue_comment.created',
        'issue_comment.edited',
        'issues.edited',
        'issues.unlabeled',
        'issues.unassigned',
        'issue_comment.deleted',
        'issues.closed',
        'issues.reopened',
        'push',
        'pull_request.opened',
        'pull_request.synchronize',
        'pull_request.review_requested',
        'pull_request.closed',
      ]),
    );
    const webhookViolations = emulator.world.outbox.flatMap((e) =>
      contracts().checkWebhook(e.name, e.payload),
    );
    expect(webhookViolations.map(formatViolation)).toEqual([]);
    expect(emulator.violations.map(formatViolation)).toEqual([]);
  });
});

describe('an error answer GitHub documents as overlapping shapes', () => {
  const contract = () => new RestContract();
  const op = 'repos/create-or-update-file-contents';

  it('accepts the body GitHub sends for a stale sha (a basic error, which is also a rule violation)', () => {
    const body = { message: 'a.md does not match 0', documentation_url: 'd', status: '409' };
    expect(contract().checkResponse(op, 409, body)).toEqual([]);
  });

  it('still refuses a body that matches neither shape', () => {
    expect(
      contract()
        .checkResponse(op, 409, { message: 409 })
        .map((v) => v.instancePath),
    ).toEqual(['/409/message']);
  });
});

describe('GraphQL', () => {
  it('names the field GitHub’s schema does not have', () => {
    const found = contracts().checkGraphql(
      'query Timeline { repository(owner: "acme", name: "shop") { issue(number: 1) { timelineItemz { totalCount } } } }',
      {},
    );
    expect(found.map(formatViolation)).toEqual([
      'graphql Timeline: Cannot query field "timelineItemz" on type "Issue". Did you mean "timelineItems" or "timeline"? (schema query@1:79)',
    ]);
  });
});

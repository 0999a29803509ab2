import { createRequire } from 'node:module';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Delivery } from '../helpers/payloads.ts';
import { testProbot } from '../helpers/probot.ts';

type Examples = { name: string; examples: Record<string, unknown>[] }[];
const examples = createRequire(import.meta.url)(
  '@octokit/webhooks-examples/api.github.com/index.json',
) as Examples;
const SUBSCRIBED = [
  'issues',
  'issue_comment',
  'pull_request',
  'push',
  'workflow_dispatch',
  'repository_dispatch',
];

describe('every published example payload of the events the app subscribes to', () => {
  const requests: string[] = [];

  beforeAll(() => {
    nock.disableNetConnect();
    // A GitHub that knows nothing: lists are empty, other reads 404, writes succeed. The point is the app's
    // own robustness against every shape GitHub documents, not the outcome of each.
    const api = nock('https://api.github.com').persist();
    api
      .post(/\/app\/installations\/\d+\/access_tokens/)
      .reply(201, { token: 't', expires_at: '2999-01-01T00:00:00Z' });
    api.get('/app').reply(200, { slug: 'incident-scribe' });
    api.get(/.*/).reply((uri) => {
      requests.push(`GET ${uri}`);
      const isList = /\/(comments|labels|files|timeline|commits|pulls)(\?|$)/.test(uri);
      return isList ? [200, []] : [404, { message: 'Not Found' }];
    });
    for (const method of ['post', 'patch', 'put', 'delete'] as const) {
      api[method](/.*/).reply((uri) => {
        requests.push(`${method.toUpperCase()} ${uri}`);
        return [200, { id: 1, body: '', user: { login: 'incident-scribe[bot]', type: 'Bot' } }];
      });
    }
  });

  afterAll(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  const cases = examples
    .filter((group) => SUBSCRIBED.includes(group.name))
    .flatMap((group) =>
      group.examples.map((payload, i) => ({
        name: group.name,
        title: `${group.name}.${String(payload.action ?? '')} #${i}`,
        i,
        payload,
      })),
    );

  it('covers every subscribed event', () => {
    expect(new Set(cases.map((c) => c.name))).toEqual(new Set(SUBSCRIBED));
  });

  it.each(cases)('$title goes through without an error', async ({ name, i, payload }) => {
    const probot = await testProbot();
    const delivery = {
      id: `example-${name}-${i}`,
      name,
      payload: { installation: { id: 1 }, ...payload },
    };
    await expect(probot.receive(delivery as unknown as Delivery)).resolves.toBeUndefined();
  });
});

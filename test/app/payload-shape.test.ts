import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { malformedPayload, repositoryOf } from '../../src/github/payload-shape.ts';

type Examples = { name: string; examples: Record<string, unknown>[] }[];
const examples = createRequire(import.meta.url)(
  '@octokit/webhooks-examples/api.github.com/index.json',
) as Examples;

describe('the shape check of webhook payloads', () => {
  it('passes every published example of the events the scribe reads', () => {
    const refused = examples
      .filter((e) => ['issues', 'issue_comment', 'pull_request'].includes(e.name))
      .flatMap((e) => e.examples.map((payload) => [e.name, malformedPayload(e.name, payload)]))
      .filter(([, reason]) => reason !== undefined);
    expect(refused).toEqual([]);
  });

  it('names the field that is missing or wrong', () => {
    const repository = { name: 'shop', owner: { login: 'acme' } };
    expect(repositoryOf({ repository: { name: 'shop' } })).toBeUndefined();
    expect(repositoryOf({ repository })).toEqual({ owner: 'acme', repo: 'shop' });
    expect(malformedPayload('issues', { action: 'opened', repository })).toBe('issue: missing');
    const issue = { number: '1', title: 't', created_at: 'x', html_url: 'u' };
    expect(malformedPayload('issues', { action: 'opened', issue, repository })).toBe(
      'issue.number: not what GitHub sends',
    );
    expect(malformedPayload('push', {})).toBeUndefined();
  });
});

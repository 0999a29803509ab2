import nock from 'nock';
import type { Probot } from 'probot';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { comment, github, labeled } from '../helpers/github-nock.ts';
import { commentEvent, issuesEvent, pushEvent } from '../helpers/payloads.ts';
import { testProbot } from '../helpers/probot.ts';

let probot: Probot;

beforeEach(async () => {
  nock.disableNetConnect();
  probot = await testProbot();
});

afterEach(() => {
  nock.cleanAll();
  nock.enableNetConnect();
});

function body(write: { body: unknown } | undefined): string {
  return (write?.body as { body: string } | undefined)?.body ?? '';
}

const SEV1_AT_1015 = labeled('sev1', '2024-01-15T10:15:00Z');

describe('when an issue gets the sev1 label', () => {
  it('posts one status comment and adds the incident label', async () => {
    const gh = github().config(undefined).auth().self();
    gh.timeline(1, [SEV1_AT_1015]).addLabels(1).createComment(1, 1000);
    // After posting, the end of the timeline is read again (to undo a race between deliveries).
    gh.timeline(1, [SEV1_AT_1015, comment(1000, '<!-- incident-scribe:status {} -->')]);

    await probot.receive(issuesEvent('labeled', { labels: ['sev1'], label: 'sev1' }));

    expect(gh.api.isDone()).toBe(true);
    // The writes, as a set: what was written matters, not in which order.
    expect(gh.writes.map((w) => w.method).sort()).toEqual(['POST comment', 'POST labels']);
    expect(gh.writes.find((w) => w.method === 'POST labels')?.body).toEqual({
      labels: ['incident'],
    });
    const posted = body(gh.writes.find((w) => w.method === 'POST comment'));
    await expect(posted).toMatchFileSnapshot('__snapshots__/status-sev1.md');
  });

  it('writes nothing when the same delivery arrives again', async () => {
    const first = github().config(undefined).auth().self();
    first.timeline(1, [SEV1_AT_1015]).addLabels(1).createComment(1, 1000);
    let posted = '';
    first.api
      .get('/repos/acme/shop/issues/1/timeline')
      .query(true)
      .reply(200, () => {
        posted = body(first.writes[1]);
        return [SEV1_AT_1015, { event: 'commented', ...comment(1000, posted) }];
      });
    const event = issuesEvent('labeled', { labels: ['sev1'], label: 'sev1' });
    await probot.receive(event);
    expect(first.api.isDone()).toBe(true);

    // The redelivery carries the same stale payload; the configuration is cached by now.
    const again = github()
      .timeline(1, [SEV1_AT_1015, comment(1000, posted)])
      .labels(1, ['sev1', 'incident']);
    await probot.receive(event);

    expect(again.api.isDone()).toBe(true);
    expect(again.writes).toEqual([]);
  });
});

describe('when a sev2 incident is relabelled sev1', () => {
  it('removes sev2 and updates the same comment with the new deadlines', async () => {
    const gh = github().config(undefined).auth().self();
    gh.timeline(1, [
      labeled('sev2', '2024-01-15T10:05:00Z'),
      comment(
        1000,
        '<!-- incident-scribe:status {"incident":"INC-2024-001","severity":"sev2"} -->\nold',
      ),
      labeled('sev1', '2024-01-15T10:15:00Z'),
    ]);
    gh.labels(1, ['sev2', 'incident', 'sev1']).removeLabel(1, 'sev2').updateComment(1000);

    await probot.receive(
      issuesEvent('labeled', { labels: ['sev2', 'incident', 'sev1'], label: 'sev1' }),
    );

    expect(gh.api.isDone()).toBe(true);
    expect(gh.writes.map((w) => `${w.method} ${w.path}`.trim()).sort()).toEqual([
      'DELETE label sev2',
      'PATCH comment',
    ]);
    const text = body(gh.writes.find((w) => w.method === 'PATCH comment'));
    expect(text).toContain('**Severity**: SEV1 (Critical)');
    expect(text).toContain('**Resolve by**: 2024-01-15 11:00 UTC, SEV1 target 1 h\n');
    expect(text).toContain('**Next update due**: 2024-01-15 10:45 UTC, every 30 min\n');
    expect(text).not.toContain('Several severity labels');
  });
});

describe('when a new issue carries two severity labels', () => {
  it('keeps the most severe, removes the other and says so once', async () => {
    const gh = github().config(undefined).auth().self();
    gh.timeline(1, [labeled('sev3', '2024-01-15T10:15:00Z'), SEV1_AT_1015]);
    gh.removeLabel(1, 'sev3').addLabels(1).createComment(1, 1000);
    gh.timeline(1, [comment(1000, '<!-- incident-scribe:status {} -->')]);

    await probot.receive(issuesEvent('labeled', { labels: ['sev3', 'sev1'], label: 'sev3' }));

    expect(gh.api.isDone()).toBe(true);
    const text = body(gh.writes.find((w) => w.method === 'POST comment'));
    expect(text).toContain(
      '> Several severity labels were set (sev1, sev3): kept sev1, the most severe, and removed sev3.',
    );
    expect(text.split('\n').filter((line) => line.startsWith('> Several')).length).toBe(1);
    expect(text).toContain('**Severity**: SEV1 (Critical)');
  });
});

describe('when the configuration is invalid', () => {
  const broken = 'severities:\n  sev1:\n    target_resolution: soon\ncolour: red\n';

  it('comments once with file, line, column and key, and writes nothing else', async () => {
    const gh = github().config(broken).auth().self().comments(1, []).createComment(1, 2000);
    gh.timeline(1, [comment(2000, '<!-- incident-scribe:config-error {} -->')]);

    await probot.receive(issuesEvent('labeled', { labels: ['sev1'], label: 'sev1' }));

    expect(gh.api.isDone()).toBe(true);
    expect(gh.writes.map((w) => w.method)).toEqual(['POST comment']);
    await expect(body(gh.writes[0])).toMatchFileSnapshot('__snapshots__/config-error.md');
  });

  it('says nothing on an ordinary issue, even to a comment that starts with "/"', async () => {
    const gh = github().config(broken).auth();
    await probot.receive(commentEvent('created', '/cc @alice', { labels: ['bug'] }));
    expect(gh.api.isDone()).toBe(true);
    expect(gh.writes).toEqual([]);
  });

  it('updates that comment instead of posting another', async () => {
    const first = github().config(broken).auth().self().comments(1, []).createComment(1, 2000);
    let posted = '';
    first.api
      .get('/repos/acme/shop/issues/1/timeline')
      .query(true)
      .reply(200, () => {
        posted = body(first.writes[0]);
        return [{ event: 'commented', ...comment(2000, posted) }];
      });
    await probot.receive(issuesEvent('labeled', { labels: ['sev1'], label: 'sev1' }));

    const again = github().comments(1, [comment(2000, posted)]);
    await probot.receive(issuesEvent('edited', { labels: ['sev1'] }));
    expect(again.api.isDone()).toBe(true);
    expect(again.writes).toEqual([]);
  });
});

describe('events on issues that are not incidents', () => {
  it('cost only the configuration read, and nothing once it is cached', async () => {
    const gh = github().auth().config(undefined);
    await probot.receive(issuesEvent('labeled', { labels: ['bug'], label: 'bug' }));
    await probot.receive(issuesEvent('edited', { labels: ['bug'] }));
    await probot.receive(issuesEvent('opened', { labels: [] }));
    expect(gh.api.isDone()).toBe(true);
    expect(gh.writes).toEqual([]);
  });

  it('cost no request at all when the issue has no label, before the configuration is known', async () => {
    await probot.receive(issuesEvent('opened', { labels: [] }));
    await probot.receive(commentEvent('created', '/timeline Paged the on-call', { labels: [] }));
    // With net connect disabled, any request would have thrown.
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('are told apart by the cached configuration, at no cost, custom labels included', async () => {
    const gh = github().auth().config('severities:\n  sev1:\n    label: P1\n');
    await probot.receive(issuesEvent('labeled', { labels: ['bug'], label: 'bug' }));
    expect(gh.api.isDone()).toBe(true);
    // Known now: "sev1" is not a severity label here, and "bug" never was.
    await probot.receive(issuesEvent('labeled', { labels: ['bug', 'sev1'], label: 'sev1' }));
    await probot.receive(issuesEvent('unlabeled', { labels: ['sev1'], label: 'bug' }));
    await probot.receive(commentEvent('created', '/status investigating', { labels: ['bug'] }));
    expect(nock.pendingMocks()).toEqual([]);
    // "P1" is, so the incident's history is read.
    const incident = github().self().timeline(1, []).addLabels(1).createComment(1, 1000);
    // After posting, the end of the timeline is read again (to undo a race between deliveries).
    incident.timeline(1, [comment(1000, '<!-- incident-scribe:status {} -->')]);
    await probot.receive(issuesEvent('labeled', { labels: ['P1'], label: 'P1' }));
    expect(incident.api.isDone()).toBe(true);
  });

  it('read the configuration again after a push changes it', async () => {
    const gh = github().auth().config(undefined);
    await probot.receive(issuesEvent('labeled', { labels: ['bug'], label: 'bug' }));
    await probot.receive(pushEvent(['.github/incident-scribe.yml']));
    gh.config('labels:\n  incident: outage\n');
    await probot.receive(issuesEvent('labeled', { labels: ['bug'], label: 'bug' }));
    expect(gh.api.isDone()).toBe(true);
  });
});

describe('events sent by bots', () => {
  it('cost no write when the scribe sent them, and only the one "who am I" per process', async () => {
    const gh = github().self();
    const sender = { login: 'incident-scribe[bot]', type: 'Bot' };
    await probot.receive(issuesEvent('labeled', { labels: ['sev1'], label: 'sev1', sender }));
    await probot.receive(commentEvent('created', '/ack', { labels: ['sev1'], sender }));
    // With net connect disabled, any other request would have thrown.
    expect(gh.api.isDone()).toBe(true);
    expect(gh.writes).toEqual([]);
  });

  it('cost no request at all for a push by another bot', async () => {
    const push = pushEvent(['docs/postmortems/inc-2024-001.md']);
    Object.assign(push.payload, { sender: { login: 'dependabot[bot]', type: 'Bot' } });
    await probot.receive(push);
    expect(nock.pendingMocks()).toEqual([]);
  });
});

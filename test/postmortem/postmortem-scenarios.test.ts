import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintPostmortem } from '../../src/core/postmortem/lint.ts';
import { runSandbox } from '../../src/sandbox/sandbox.ts';
import { configFrom } from '../helpers/config.ts';

// What the scenario format cannot say (check summaries, comments on pull requests, the writes
// of one delivery), read from the state and the request log a scenario run writes.

const SCENARIOS = new URL('../scenarios/', import.meta.url).pathname;
const ZWJ = '\u200d';

interface Request {
  method: string;
  operation: string;
  delivery: string | null;
}
interface Delivery {
  id: string;
  event: string;
  action: string;
}
interface Pull {
  number: number;
  title: string;
  body: string;
  user: string;
  files: Record<string, string | null>;
  comments: { user: string; body: string }[];
  check_runs: {
    name: string;
    conclusion: string;
    output: { summary: string; annotations: { path: string; start_line: number }[] };
  }[];
}

async function play(file: string, edit: (text: string) => string = (t) => t) {
  const dir = await mkdtemp(join(tmpdir(), 'scribe-postmortem-'));
  const scenario = join(dir, file);
  await writeFile(scenario, edit(await readFile(join(SCENARIOS, file), 'utf8')));
  const err: string[] = [];
  const code = await runSandbox({
    scenario,
    out: join(dir, 'out'),
    mode: undefined,
    cwd: dir,
    stdout: () => {},
    stderr: (t) => err.push(t),
  });
  expect(err.join('')).toBe('');
  expect(code).toBe(0);
  const lines = async <T>(name: string) =>
    (await readFile(join(dir, 'out', name), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as T);
  const state = JSON.parse(await readFile(join(dir, 'out', 'state.json'), 'utf8')) as {
    pulls: Pull[];
    issues: { number: number; comments: { user: string; body: string }[] }[];
  };
  return {
    state,
    transcript: await readFile(join(dir, 'out', 'transcript.md'), 'utf8'),
    requests: await lines<Request>('requests.jsonl'),
    deliveries: await lines<Delivery>('deliveries.jsonl'),
  };
}

const writes = (requests: Request[]) => requests.filter((r) => r.method !== 'GET');
const BOT = 'incident-scribe[bot]';

describe('when a SEV1 incident is closed', () => {
  it('opens one pull request whose check fails and names the sections still to write', async () => {
    const { state } = await play('postmortem-close-sev1.yml');
    const [pull] = state.pulls;
    const path = 'docs/postmortems/2024-01-15-inc-2024-001-checkout-api-returns-500.md';
    expect(pull?.check_runs.map((r) => r.conclusion)).toEqual(['failure']);
    const summary = pull?.check_runs[0]?.output.summary ?? '';
    expect(summary).toContain(
      `Still to write in \`${path}\`: Metadata, Impact, Root Cause, Detection, What Went Well, What Could Be Improved, Lessons Learned.\n`,
    );
    expect(summary).toContain(
      `- \`${path}:40\` **error** still to write: TODO: who wrote this post-mortem (prompts)`,
    );
    expect(pull?.check_runs[0]?.output.annotations[0]).toMatchObject({ path, start_line: 40 });
    expect(pull?.body).toContain('- [ ] Every action item has an owner and a due date');
    // It claims only what it did: no action item was recorded, so it filled no Action Items.
    expect(pull?.body).toContain(
      `The scribe filled the front matter, Metadata, Timeline and the Detection and Response figures in \`${path}\`, and drafted Summary, Impact, Root Cause and Detection from what the incident said: each \`CONFIRM:\` is its draft for you to check. Every \`TODO:\` is a question for you;`,
    );
  });

  it('drafts what the incident knows, so only questions for people fail the check', async () => {
    const { state } = await play('postmortem-close-sev1.yml');
    const path = 'docs/postmortems/2024-01-15-inc-2024-001-checkout-api-returns-500.md';
    const draft = state.pulls[0]?.files[path] ?? '';
    const messages = lintPostmortem(draft, { config: configFrom() });
    const errors = messages.filter((m) => m.severity === 'error');
    // Before issue 12 the same draft had 12 errors; the Summary, the customers affected, the
    // root cause and how it was detected were all things the issue already said.
    expect(errors.map((m) => m.message)).toEqual([
      'still to write: TODO: who wrote this post-mortem',
      'still to write: TODO: an estimate, or none',
      'still to write: TODO: data lost, delayed or wrong, or none',
      'still to write: TODO: teams blocked, hours spent, pages sent',
      'still to write: TODO: Why did it happen? Keep asking why until you reach something the team can…',
      'still to write: TODO: Could we have known sooner, and what would have told us?',
      'still to write: TODO: what helped: tools, runbooks, alerts, people',
      'still to write: TODO: where we lost time, or where we were lucky',
      'still to write: TODO: What should the rest of engineering take away from this?',
    ]);
    expect(messages.filter((m) => m.rule === 'drafts')).toHaveLength(6);
    // Logins are plain in the file (no joiner to break grep), and never live in the PR body.
    expect(draft).not.toContain('\u200d');
    expect(state.pulls[0]?.body).not.toMatch(/@(?=[A-Za-z0-9])/);
  });

  it('shows in the transcript the draft as the scribe wrote it, and each status comment text', async () => {
    const { transcript } = await play('postmortem-close-sev1.yml');
    const path = 'docs/postmortems/2024-01-15-inc-2024-001-checkout-api-returns-500.md';
    expect(transcript).toMatch(
      /- 2024-01-15 12:34 UTC @incident-scribe\[bot\] committed `[0-9a-f]{7}`: Draft post-mortem of INC-2024-001\n/,
    );
    expect(transcript).toContain(`<details><summary>${path} as of this commit</summary>`);
    expect(transcript).toContain(
      '\nCONFIRM: connection pool exhausted by the 09:50 deploy (@carol, 12:30 UTC).\n',
    );
    // What a responder arriving at 10:20 read: the status comment before the 10:31 change.
    expect(transcript).toContain(
      '**@incident-scribe[bot]** commented at 2024-01-15 10:15 UTC (edited 7 times; below, as it reads since 2024-01-15 12:34 UTC):',
    );
    const status = transcript.slice(transcript.indexOf('### Incident status'));
    expect(status).toContain(
      'As it read from 2024-01-15 10:17 UTC:\n\n> ### Incident status: INC-2024-001',
    );
  });

  it('writes nothing when GitHub redelivers the close', async () => {
    const once = await play('postmortem-close-sev1.yml', (t) =>
      t
        .replace('  - { redeliver: issues.closed }\n', '')
        .replace(
          '{ event: issues.closed, status: 200, equals: 2 }',
          '{ event: issues.closed, equals: 1 }',
        ),
    );
    const twice = await play('postmortem-close-sev1.yml');
    expect(twice.deliveries.length).toBe(once.deliveries.length + 1);
    expect(writes(twice.requests).map((r) => r.operation)).toEqual(
      writes(once.requests).map((r) => r.operation),
    );
    // The redelivery only reads: the timeline (once, shared by the refresh and the post-mortem)
    // and the pull request, whose head is still the one the notice remembers with this draft.
    const extra = twice.requests.slice(once.requests.length).map((r) => r.operation);
    expect(extra).toEqual(['issues/list-events-for-timeline', 'pulls/list']);
  });
});

describe('when a person has pushed to the post-mortem branch', () => {
  it('comments once on the pull request with what happened since, updated in place', async () => {
    const { state } = await play('postmortem-taken-over.yml');
    const [pull] = state.pulls;
    expect(pull?.comments.map((c) => c.user)).toEqual([BOT]);
    expect(pull?.comments[0]?.body).toBe(
      [
        '<!-- incident-scribe:postmortem-news {"incident":"INC-2024-001"} -->',
        '',
        'People have pushed to this draft, so the scribe leaves the file alone. New on INC-2024-001 since the scribe last wrote it:',
        '',
        // Written at 10:35 about 09:40: it reached the issue after the draft, so it is news.
        `- 2024-03-04 09:40 UTC: Timeouts were first seen again (@${ZWJ}bob)`,
        `- 2024-03-04 10:30 UTC: Incident reopened (@${ZWJ}bob)`,
        `- 2024-03-04 11:00 UTC: Resolved: Gateway pinned to the secondary region (@${ZWJ}bob)`,
        `- 2024-03-04 11:05 UTC: Incident closed (@${ZWJ}bob)`,
        `- 2024-03-04 11:30 UTC: Failover runbook updated (@${ZWJ}bob)`,
        '',
      ].join('\n'),
    );
  });
});

describe('when the default branch moves on after the draft', () => {
  it("still counts the branch as the scribe's: it refreshes the draft and comments nothing", async () => {
    const { state } = await play('postmortem-main-moves-on.yml');
    expect(state.pulls[0]?.comments).toEqual([]);
  });
});

describe('when the template lacks sections the scribe fills', () => {
  it('says in the pull request body which ones it appended', async () => {
    const { state } = await play('postmortem-template-missing-section.yml');
    expect(state.pulls[0]?.body).toContain(
      'The template had no Metadata, Timeline (UTC), Detection, Response, Action Items sections; the scribe added them at the end.',
    );
    expect(state.pulls[0]?.check_runs[0]?.output.summary).toContain(': Root Cause.\n');
    expect(state.pulls[0]?.check_runs[0]?.output.summary).not.toContain('missing');
  });
});

describe('when titles are hostile', () => {
  it('pings no one and injects no HTML in pull requests, files and notices', async () => {
    const { state } = await play('postmortem-hostile-titles.yml');
    for (const pull of state.pulls) {
      const [path, content] = Object.entries(pull.files)[0] ?? ['', ''];
      expect(path).toMatch(/^docs\/postmortems\/[a-z0-9-]+\.md$/);
      expect(
        path
          .split('/')
          .pop()
          ?.replace(/^\d{4}-\d\d-\d\d-inc-\d{4}-\d{3}-/, '').length,
      ).toBeLessThanOrEqual(63);
      // A mention in a repository file notifies nobody; in a title or a body it would.
      for (const text of [pull.title, pull.body]) {
        expect(text).not.toMatch(/@everyone/);
      }
      expect(pull.body).not.toMatch(/(^|[^\\])<img/);
      // Outside the front matter (a YAML string), the Markdown escapes the tag.
      expect((content ?? '').split('\n---\n')[1]).not.toMatch(/(^|[^\\])<img/);
    }
    for (const issue of state.issues) {
      for (const c of issue.comments.filter((c) => c.user === BOT)) {
        expect(c.body).not.toMatch(/@everyone|(^|[^\\])<img/);
      }
    }
  });
});

describe('when people open pull requests', () => {
  it('checks the one that adds a post-mortem, at file and line, and leaves the other alone', async () => {
    const { state } = await play('postmortem-pull-by-person.yml');
    const [theirs, other] = state.pulls;
    expect(theirs?.check_runs[0]?.output.annotations).toEqual([
      {
        path: 'docs/postmortems/2024-01-15-inc-2024-001-checkout-api-returns-500.md',
        start_line: 87,
        end_line: 87,
        annotation_level: 'failure',
        message: `@${ZWJ}dave cannot be assigned: not a collaborator with access to this repository, or not a team of its organisation`,
        title: 'action-item-owner',
      },
    ]);
    expect(other?.check_runs).toEqual([]);
  });
});

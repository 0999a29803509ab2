import { describe, expect, it } from 'vitest';
import type { IssueEvent } from '../../src/core/incident/issue.ts';
import { buildTimeline } from '../../src/core/timeline/build-timeline.ts';
import { loginsToCheck } from '../../src/core/timeline/logins-to-check.ts';
import type { Timeline } from '../../src/core/timeline/timeline-types.ts';
import {
  access,
  assigned,
  at,
  bot,
  closed,
  comment,
  config,
  issue,
  labeled,
  referenced,
  referenceIncident,
  renamed,
  reopened,
  SELF,
  unassigned,
  unlabeled,
} from './builders.ts';

const settings = config();

function build(events: IssueEvent[], options: Parameters<typeof access> = [], snapshot = issue()) {
  return buildTimeline(snapshot, events, settings, SELF, access(...options));
}

/** The entries as "HH:MM text (actor)", the way a person scans the table. */
function lines(timeline: Timeline): string[] {
  return timeline.entries.map((e) => `${e.at.slice(11, 16)} ${e.text} (${e.actor})`);
}

describe('the reference incident INC-2024-001', () => {
  const { issue: snapshot, events } = referenceIncident();
  const timeline = buildTimeline(snapshot, events, settings, SELF, access());

  it('holds the reference events in order, with who did each', () => {
    expect(lines(timeline)).toEqual([
      '10:00 Issue opened: Checkout API returns 500 for all customers (alice)',
      '10:05 Acknowledged (alice)',
      '10:15 SEV1 declared (Critical) (bob)',
      '10:30 Root cause identified: the connection pool is exhausted (carol)',
      '11:45 In Progress - Monitoring: Mitigation applied: release 4.2 rolled back (bob)',
      '12:30 Resolved: Service restored (bob)',
      '12:34 Incident closed (bob)',
    ]);
  });

  it('marks the key moments on the entries that define them', () => {
    expect(timeline.entries.map((e) => e.keys)).toEqual([
      ['start', 'detected'],
      ['acknowledged'],
      [],
      ['cause-identified'],
      ['mitigated'],
      ['resolved'],
      ['closed'],
    ]);
  });

  it('tells apart what was captured from what was typed', () => {
    expect(timeline.entries.map((e) => e.source)).toEqual([
      'auto',
      'command',
      'auto',
      'command',
      'command',
      'command',
      'auto',
    ]);
  });

  it('knows every moment', () => {
    expect(timeline.moments).toEqual({
      start: at('10:00'),
      detected: at('10:00'),
      acknowledged: at('10:05'),
      causeIdentified: at('10:30'),
      mitigationStarted: at('10:30'),
      mitigated: at('11:45'),
      resolved: at('12:30'),
      closed: at('12:34'),
    });
  });

  it('ends in the Post-Incident phase with the root cause from the resolution', () => {
    expect(timeline.state).toMatchObject({
      open: false,
      phase: 'post-incident',
      severity: { id: 'sev1' },
      severitySetAt: at('10:15'),
      acknowledgedBy: 'alice',
      lastStatusUpdateAt: at('12:30'),
      rootCause: 'release 4.2 leaked database connections',
      status: { status: 'resolved', message: 'Service restored', line: 1 },
    });
  });

  it('rejects nothing', () => {
    expect(timeline.rejected).toEqual([]);
    expect(timeline.notes).toEqual([]);
  });
});

describe('who can drive the timeline', () => {
  it('ignores comments by bots, the scribe included', () => {
    const timeline = build([
      comment(bot('monitoring-bot'), '10:01', '/ack'),
      comment(bot(SELF), '10:02', '/status resolved from a template'),
      comment({ login: 'renovate[bot]', type: 'User' }, '10:03', '/ack'),
    ]);
    expect(lines(timeline)).toHaveLength(1);
    expect(timeline.rejected).toEqual([]);
  });

  it('records nothing from a user without permission, and says why', () => {
    const refused = comment('mallory', '10:05', '/ack\n/timeline\n/help', { id: 7 });
    const timeline = build([refused], [['mallory']]);
    expect(lines(timeline)).toHaveLength(1);
    expect(timeline.state.acknowledgedBy).toBeUndefined();
    expect(timeline.rejected).toEqual([
      {
        commentId: 7,
        author: 'mallory',
        reason: 'not-permitted',
        command: { kind: 'ack', line: 1, text: undefined, note: undefined },
      },
    ]);
  });

  it('gives no role to someone without access to the repository', () => {
    const timeline = build(
      [comment('alice', '10:05', '/ic @outsider', { id: 8 })],
      [[], ['outsider']],
    );
    expect(timeline.state.roles.commander).toBeUndefined();
    expect(timeline.rejected.map((r) => [r.commentId, r.reason])).toEqual([[8, 'no-access']]);
  });

  it('keeps unknown and invalid commands for the reply, and the valid ones of the same comment', () => {
    const timeline = build([
      comment('alice', '10:05', '/frob\n/ack\n/timeline x | 99:99', { id: 9 }),
    ]);
    expect(lines(timeline).slice(1)).toEqual(['10:05 Acknowledged (alice)']);
    expect(timeline.rejected.map((r) => [r.command.line, r.reason])).toEqual([
      [1, 'unknown'],
      [3, 'invalid'],
    ]);
  });

  it('notes an entry it had to cut', () => {
    const timeline = build([comment('alice', '10:05', `/timeline ${'y'.repeat(501)}`, { id: 10 })]);
    expect(timeline.notes).toEqual([
      { commentId: 10, author: 'alice', line: 1, note: 'The entry was cut to 500 characters.' },
    ]);
  });
});

describe('editing and deleting command comments', () => {
  const original = comment('carol', '10:41', '/timeline Pool exhausted | 10:30', { id: 20 });

  it('an edited comment yields its new commands at the time of the comment', () => {
    const edited = {
      ...original,
      body: '/timeline [cause identified] Pool exhausted by retries | 10:20',
      updatedAt: at('11:00'),
    } as IssueEvent;
    expect(lines(build([original])).slice(1)).toEqual(['10:30 Pool exhausted (carol)']);
    expect(lines(build([edited])).slice(1)).toEqual(['10:20 Pool exhausted by retries (carol)']);
    expect(build([edited]).moments.causeIdentified).toBe(at('10:20'));
  });

  it('a deleted comment takes its events with it', () => {
    const ack = comment('alice', '10:05', '/ack');
    expect(lines(build([ack, original])).slice(1)).toEqual([
      '10:05 Acknowledged (alice)',
      '10:30 Pool exhausted (carol)',
    ]);
    expect(lines(build([ack])).slice(1)).toEqual(['10:05 Acknowledged (alice)']);
  });
});

describe('automatic capture', () => {
  it('records severity labels declared, changed and removed', () => {
    const timeline = build([
      labeled('bob', '10:10', 'sev2'),
      labeled('bob', '10:15', 'sev1'),
      unlabeled('bob', '10:16', 'sev2'),
      unlabeled('bob', '10:40', 'sev1'),
      labeled('bob', '10:41', 'bug'),
    ]);
    expect(lines(timeline).slice(1)).toEqual([
      '10:10 SEV2 declared (High) (bob)',
      '10:15 Severity changed from SEV2 to SEV1 (Critical) (bob)',
      '10:40 SEV1 removed; no severity set (bob)',
    ]);
    expect(timeline.state.severity).toBeUndefined();
  });

  it('falls back to the severity label still on the issue when the current one goes', () => {
    const timeline = build([
      labeled('bob', '10:10', 'sev3'),
      labeled('bob', '10:15', 'sev2'),
      unlabeled('bob', '10:20', 'sev2'),
    ]);
    expect(lines(timeline).at(-1)).toBe('10:20 Severity changed from SEV2 to SEV3 (Medium) (bob)');
  });

  it('records /severity once: by the person, not again when the scribe swaps the labels', () => {
    const timeline = build([
      labeled('bob', '10:10', 'sev2'),
      comment('carol', '10:15', '/severity sev1'),
      labeled(bot(SELF), '10:15', 'sev1'),
      unlabeled(bot(SELF), '10:15', 'sev2'),
    ]);
    expect(lines(timeline).slice(1)).toEqual([
      '10:10 SEV2 declared (High) (bob)',
      '10:15 Severity changed from SEV2 to SEV1 (Critical) (carol)',
    ]);
    expect(timeline.state.severity?.id).toBe('sev1');
  });

  it('records roles once, and not the assignments the scribe makes for them', () => {
    const timeline = build([
      comment('alice', '10:05', '/ic @carol\n/lead me\n/scribe @erin'),
      assigned(bot(SELF), '10:05', 'carol'),
      comment('carol', '10:20', '/ic @dave\n/lead alice'),
      unassigned(bot(SELF), '10:20', 'carol'),
      assigned(bot(SELF), '10:20', 'dave'),
      assigned('dave', '10:25', 'frank'),
      assigned(bot(SELF), '10:26', 'gina'),
    ]);
    expect(lines(timeline).slice(1)).toEqual([
      '10:05 @carol is incident commander (alice)',
      '10:05 @alice is tech lead (alice)',
      '10:05 @erin is scribe (alice)',
      '10:20 @dave takes over as incident commander from @carol (carol)',
      '10:25 Assigned @frank (dave)',
      `10:26 Assigned @gina (${SELF})`,
    ]);
    expect(timeline.state.roles).toEqual({ commander: 'dave', lead: 'alice', scribe: 'erin' });
  });

  it('records title changes and opens with the original title', () => {
    const timeline = build(
      [renamed('alice', '10:20', 'Checkout slow', 'Checkout down')],
      [],
      issue({ title: 'Checkout down' }),
    );
    expect(lines(timeline)).toEqual([
      '10:00 Issue opened: Checkout slow (alice)',
      '10:20 Title changed to "Checkout down" (alice)',
    ]);
  });

  it('records references from pull requests and issues, naming other repositories', () => {
    const timeline = build([
      referenced('bob', '11:40', { number: 12, title: 'Revert release 4.2' }),
      referenced('bob', '11:50', {
        number: 3,
        title: 'Pool alerts',
        isPullRequest: false,
        repo: 'acme/ops',
      }),
    ]);
    expect(lines(timeline).slice(1)).toEqual([
      '11:40 Referenced in pull request #12: Revert release 4.2 (bob)',
      '11:50 Referenced in issue acme/ops#3: Pool alerts (bob)',
    ]);
    expect(timeline.entries[1]?.url).toBe('https://github.com/acme/shop/pull/12');
  });

  it('records closing and reopening; a reopened incident is no longer resolved', () => {
    const timeline = build([
      comment('bob', '12:30', '/status resolved Restored'),
      closed('bob', '12:34', 'not_planned'),
      reopened('alice', '13:00'),
    ]);
    expect(lines(timeline).slice(1)).toEqual([
      '12:30 Resolved: Restored (bob)',
      '12:34 Closed: false alarm (bob)',
      '13:00 Incident reopened (alice)',
    ]);
    expect(timeline.moments.resolved).toBeUndefined();
    expect(timeline.moments.closed).toBeUndefined();
    expect(timeline.state.status).toBeUndefined();
  });

  it('takes the close as the resolution when nobody said resolved', () => {
    const timeline = build(
      [closed('bob', '12:34')],
      [],
      issue({ state: 'closed', closedAt: at('12:34') }),
    );
    expect(timeline.moments.resolved).toBe(at('12:34'));
    expect(timeline.entries.at(-1)?.keys).toEqual(['resolved', 'closed']);
  });
});

describe('tags move the moments', () => {
  it('an earlier [start time] starts the incident; [impact detected] sets detection', () => {
    const timeline = build([
      comment(
        'alice',
        '10:20',
        '/timeline [start time] Deploy of 4.2 | 09:40\n/timeline [impact detected] First customer ticket | 09:55',
      ),
    ]);
    expect(timeline.moments.start).toBe(at('09:40'));
    expect(timeline.moments.detected).toBe(at('09:55'));
    expect(timeline.entries[0]?.keys).toEqual(['start']);
  });

  it('[response initiated] acknowledges; [end time] resolves; [impact mitigated] mitigates', () => {
    const timeline = build([
      comment(
        'alice',
        '12:40',
        [
          '/timeline [response initiated] Paged | 10:03',
          '/timeline [impact mitigated] Traffic drained | 11:00',
          '/timeline [end time] All clear | 12:00',
        ].join('\n'),
      ),
      comment('bob', '12:41', '/status monitoring Watching'),
    ]);
    expect(timeline.moments).toMatchObject({
      acknowledged: at('10:03'),
      mitigated: at('11:00'),
      resolved: at('12:00'),
    });
    expect(timeline.state.phase).toBe('resolution');
  });

  it('counts only the first /ack, and keeps the others in the record', () => {
    const timeline = build([
      comment('alice', '10:05', '/ack'),
      comment('bob', '10:06', '/ack here too'),
    ]);
    expect(timeline.state.acknowledgedBy).toBe('alice');
    expect(lines(timeline).slice(1)).toEqual([
      '10:05 Acknowledged (alice)',
      '10:06 Acknowledged: here too (bob)',
    ]);
    expect(timeline.entries.map((e) => e.keys)).toEqual([
      ['start', 'detected'],
      ['acknowledged'],
      [],
    ]);
  });
});

describe('phases', () => {
  it.each([
    [[], 'detection'],
    [[comment('alice', '10:05', '/ack')], 'triage'],
    [
      [comment('alice', '10:05', '/ack'), comment('bob', '10:30', '/status identified Pool')],
      'mitigation',
    ],
    [
      [comment('alice', '10:05', '/ack'), comment('bob', '10:30', '/status mitigating Rollback')],
      'mitigation',
    ],
    [
      [comment('alice', '10:05', '/ack'), comment('bob', '11:45', '/status monitoring Watching')],
      'resolution',
    ],
    [[comment('bob', '12:30', '/status resolved Restored')], 'resolution'],
  ] as [IssueEvent[], string][])('%#: the incident is in %s', (events, phase) => {
    expect(build(events).state.phase).toBe(phase);
  });
});

describe('permissions to look up', () => {
  it('are those of people who changed something and people named for a role, once each', () => {
    expect(
      loginsToCheck(
        [
          comment('alice', '10:05', '/ack\n/ic @Carol'),
          comment('bob', '10:06', '/help\n/timeline'),
          comment('ALICE', '10:07', '/lead carol'),
          comment(bot('ci[bot]'), '10:08', '/ack'),
          comment('dave', '10:09', 'no commands here'),
        ],
        settings,
      ),
    ).toEqual(['alice', 'Carol']);
  });
});

describe('who acknowledged', () => {
  it('is whoever set the moment, by /ack or by a [response initiated] event', () => {
    const tagged = build([comment('bob', '10:20', '/timeline [response] Paged Bob | 10:04')]);
    expect(tagged.state.acknowledgedBy).toBe('bob');
    expect(tagged.moments.acknowledged).toBe(at('10:04'));
  });
});

describe('each /help', () => {
  it('is remembered once per comment that asked, whoever asked', () => {
    const timeline = build(
      [
        comment('alice', '10:10', '/help\n/help', { id: 11 }),
        comment('mallory', '10:11', '/help', { id: 12 }),
      ],
      [['mallory']],
    );
    expect(timeline.helpAsked).toEqual([11, 12]);
  });
});

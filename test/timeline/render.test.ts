import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/core/config/config.ts';
import type { IssueEvent } from '../../src/core/incident/issue.ts';
import { buildTimeline } from '../../src/core/timeline/build-timeline.ts';
import { renderCommandReply } from '../../src/core/timeline/render-command-reply.ts';
import { renderHelp } from '../../src/core/timeline/render-help.ts';
import { renderStatusUpdate } from '../../src/core/timeline/render-status-update.ts';
import {
  MAX_TIMELINE_COMMENT_CHARS,
  renderTimelineComment,
} from '../../src/core/timeline/render-timeline-comment.ts';
import {
  access,
  at,
  comment,
  config,
  defined,
  issue,
  labeled,
  referenced,
  referenceIncident,
  SELF,
} from './builders.ts';

/**
 * Rendered Markdown is pinned in fixture folders, test/fixtures/timeline/<case>/output.md
 * (outside test/timeline, where Biome would reformat the Markdown).
 * Run with UPDATE=1 to rewrite them after a deliberate change, then read the diff.
 */
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'timeline');

function matchesFixture(name: string, actual: string): void {
  const file = join(FIXTURES, name, 'output.md');
  if (process.env.UPDATE) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  expect(existsSync(file), `${file} is missing: run with UPDATE=1 to write it`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const ID = 'INC-2024-001';

function timelineOf(events: IssueEvent[], settings: Config, snapshot = issue()) {
  return buildTimeline(snapshot, events, settings, SELF, access(['mallory'], ['outsider']));
}

/** An open SEV1, acknowledged and triaged, whose status update is overdue at 11:20. */
function openIncident(): IssueEvent[] {
  return [
    comment('alice', '10:05', '/ack\n/ic me', { id: 201 }),
    labeled('bob', '10:15', 'sev1'),
    comment('bob', '10:30', '/status mitigating Rolling back release 4.2 | eta 11:30', { id: 202 }),
    referenced('bob', '10:40', { number: 12, title: 'Revert release 4.2' }),
  ];
}

describe('the timeline comment', () => {
  it('renders INC-2024-001 like the reference post-mortem', () => {
    const settings = config();
    const { issue: snapshot, events } = referenceIncident();
    const markdown = renderTimelineComment(timelineOf(events, settings, snapshot), {
      incidentId: ID,
      config: settings,
      now: new Date(at('13:00')),
    });
    matchesFixture('reference-incident', markdown);
    for (const row of ['10:00', '10:05', '10:15', '10:30', '11:45', '12:30', '12:34']) {
      expect(markdown).toContain(row);
    }
    expect(markdown).toContain('**Time to acknowledge**: 5 minutes');
    expect(markdown).toContain('**Time to mitigate**: 1 hour 45 minutes');
    expect(markdown).toContain('**Duration**: 2 hours 34 minutes');
  });

  it('shows the configured time zone alongside UTC, and reads typed times in it', () => {
    const settings = config({ timezone: 'Europe/Berlin' });
    const { issue: snapshot, events } = referenceIncident('11:30');
    const markdown = renderTimelineComment(timelineOf(events, settings, snapshot), {
      incidentId: ID,
      config: settings,
      now: new Date(at('13:00')),
    });
    matchesFixture('reference-incident-berlin', markdown);
  });

  it('shows deadlines, an overdue update and the phase still running while open', () => {
    const settings = config();
    const markdown = renderTimelineComment(timelineOf(openIncident(), settings), {
      incidentId: ID,
      config: settings,
      now: new Date(at('11:20')),
    });
    matchesFixture('open-incident', markdown);
    expect(markdown).toContain('**Next status update due**: 2024-01-15 11:00 UTC **overdue**');
  });

  it('renders the same text later when nothing happened, so a refresh writes nothing', () => {
    const settings = config();
    const timeline = timelineOf(openIncident(), settings);
    const render = (clock: string) =>
      renderTimelineComment(timeline, {
        incidentId: ID,
        config: settings,
        now: new Date(at(clock)),
      });
    expect(render('11:25')).toBe(render('11:20'));
    expect(render('10:50')).not.toBe(render('11:20'));
  });

  it('has no phase chart while only the start is known', () => {
    const settings = config();
    const markdown = renderTimelineComment(timelineOf([], settings), {
      incidentId: ID,
      config: settings,
      now: new Date(at('10:03')),
    });
    expect(markdown).not.toContain('mermaid');
  });

  it('draws the phase the incident is in even when it began with the latest event', () => {
    const settings = config();
    const markdown = renderTimelineComment(
      timelineOf([comment('bob', '10:20', '/status mitigating Rolling back')], settings),
      { incidentId: ID, config: settings, now: new Date(at('10:20')) },
    );
    expect(markdown).toContain(
      '  Detection : 2024-01-15T10:00, 2024-01-15T10:20\n  Mitigation (ongoing) : active, 2024-01-15T10:20, 1m\n',
    );
  });
});

describe('status updates', () => {
  const settings = config();

  it('follow the reference Status Update shape, with the next update and the ETA', () => {
    const timeline = timelineOf(openIncident(), settings);
    const update = defined(timeline.statusUpdates[0]);
    matchesFixture(
      'status-update',
      renderStatusUpdate(timeline, update, { incidentId: ID, config: settings }),
    );
  });

  it('repeat the last ETA given when they give none, marked once it has passed', () => {
    const events = [
      ...openIncident(),
      comment('bob', '11:00', '/status monitoring Rolled back', { id: 203 }),
      comment('bob', '11:40', '/status monitoring Still watching', { id: 204 }),
    ];
    const timeline = timelineOf(events, settings);
    const etaOf = (n: number) =>
      /\*\*ETA\*\*: (.*)/.exec(
        renderStatusUpdate(timeline, defined(timeline.statusUpdates[n]), {
          incidentId: ID,
          config: settings,
        }),
      )?.[1];
    expect([etaOf(0), etaOf(1), etaOf(2)]).toEqual([
      '2024-01-15 11:30 UTC',
      '2024-01-15 11:30 UTC, as last given',
      '2024-01-15 11:30 UTC, as last given (passed)',
    ]);
  });

  it('follow the reference Resolution shape when resolved', () => {
    const { issue: snapshot, events } = referenceIncident();
    const timeline = timelineOf(events, settings, snapshot);
    const update = defined(timeline.statusUpdates.at(-1));
    matchesFixture(
      'resolution',
      renderStatusUpdate(timeline, update, {
        incidentId: ID,
        config: settings,
        actionItems: {
          text: 'post-mortem pull request #14',
          url: 'https://github.com/acme/shop/pull/14',
        },
      }),
    );
  });
});

describe('replies', () => {
  const settings = config();

  it('/help lists every command', () => {
    matchesFixture('help', renderHelp(settings, 2000002));
  });

  it('a comment with refused, unknown, invalid and cut commands gets one reply', () => {
    const events = [
      comment('mallory', '10:10', '/ack', { id: 301 }),
      comment(
        'alice',
        '10:11',
        [
          '/frob',
          '/timeline Rolled back | 2024-13-01 10:00',
          '/ic @outsider',
          `/timeline ${'z'.repeat(600)}`,
        ].join('\n'),
        { id: 302 },
      ),
    ];
    const timeline = timelineOf(events, settings);
    matchesFixture('reply-refused', defined(renderCommandReply(timeline, 301, settings)));
    matchesFixture('reply-mixed', defined(renderCommandReply(timeline, 302, settings)));
  });

  it('says nothing to a comment whose commands all counted', () => {
    const timeline = timelineOf([comment('alice', '10:10', '/ack', { id: 303 })], settings);
    expect(renderCommandReply(timeline, 303, settings)).toBeUndefined();
  });
});

describe('a very long incident', () => {
  it('leaves out its oldest ordinary entries to fit a GitHub comment, never a key moment', () => {
    const settings = config();
    const chatter = Array.from({ length: 400 }, (_, i) =>
      comment(
        'alice',
        `10:${String(10 + Math.floor(i / 10)).padStart(2, '0')}`,
        `/timeline Note ${i} ${'x'.repeat(200)}`,
      ),
    );
    const { issue: snapshot, events } = referenceIncident();
    const timeline = timelineOf([...events, ...chatter], settings, snapshot);
    const markdown = renderTimelineComment(timeline, {
      incidentId: ID,
      config: settings,
      now: new Date(at('13:00')),
    });
    expect(markdown.length).toBeLessThanOrEqual(MAX_TIMELINE_COMMENT_CHARS);
    expect(markdown).toMatch(
      /_\d+ earlier entries are left out to fit GitHub's comment size limit/,
    );
    expect(markdown).toContain('Note 399');
    expect(markdown).not.toContain('Note 0 ');
    // It keeps as many as fit: less room is left than one more row and the note would take.
    expect(MAX_TIMELINE_COMMENT_CHARS - markdown.length).toBeLessThan(500);
    const oldest = Math.min(...[...markdown.matchAll(/Note (\d+) /g)].map((m) => Number(m[1])));
    for (let i = oldest; i < 400; i++) expect(markdown).toContain(`Note ${i} `);
    for (const key of [
      'Start · Detected',
      'Acknowledged',
      'Cause identified',
      'Mitigated',
      'Resolved',
      'Closed',
    ]) {
      expect(markdown).toContain(`**${key}** ·`);
    }
  });
});

import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/core/commands/command-types.ts';
import { MAX_COMMENT_CHARS, parseCommands } from '../../src/core/commands/parse-commands.ts';
import type { Config } from '../../src/core/config/config.ts';
import { at, config } from './builders.ts';

const defaults = config();

/** Parses `body` as if alice wrote it at 10:41 on the reference day. */
function parse(body: string, options: { written?: string; settings?: Config } = {}): Command[] {
  return parseCommands(body, {
    author: 'alice',
    commentAt: at('10:41'),
    writtenAt: options.written ? at(options.written) : at('10:41'),
    config: options.settings ?? defaults,
  }).commands;
}

function only(body: string, options?: Parameters<typeof parse>[1]): Command {
  const commands = parse(body, options);
  expect(commands).toHaveLength(1);
  return commands[0] as Command;
}

function note(text: string, when: string, extra: Partial<Command> = {}): Command {
  return {
    kind: 'timeline-note',
    line: 1,
    text,
    at: when,
    timeFrom: 'comment',
    tag: undefined,
    note: undefined,
    ...extra,
  } as Command;
}

describe('/timeline', () => {
  it('with nothing after it asks for the timeline comment to be refreshed', () => {
    expect(only('/timeline')).toEqual({ kind: 'timeline-refresh', line: 1 });
  });

  it('with text adds an event at the time of the comment', () => {
    expect(only('/timeline Paged the database team')).toEqual(
      note('Paged the database team', at('10:41')),
    );
  });

  it("accepts GitLab's syntax verbatim: text | YYYY-MM-DD HH:MM", () => {
    expect(only('/timeline Root cause identified | 2024-01-15 10:30')).toEqual(
      note('Root cause identified', at('10:30'), { timeFrom: 'date-time' }),
    );
  });

  it('reads a time without a date as its most recent occurrence before the comment', () => {
    expect(only('/timeline Rolled back | 9:05')).toEqual(
      note('Rolled back', at('09:05'), { timeFrom: 'time' }),
    );
  });

  it('reads times in the configured time zone, unless they say UTC', () => {
    const berlin = config({ timezone: 'Europe/Berlin' });
    expect(only('/timeline Rolled back | 11:30', { settings: berlin })).toMatchObject({
      at: at('10:30'),
    });
    expect(only('/timeline Rolled back | 10:30 UTC', { settings: berlin })).toMatchObject({
      at: at('10:30'),
    });
  });

  it.each([
    ['[start time]', 'start-time'],
    ['[Impact detected]', 'impact-detected'],
    ['[response-initiated]', 'response-initiated'],
    ['[cause_identified]', 'cause-identified'],
    ['[IMPACT MITIGATED]', 'impact-mitigated'],
    ['[end time]', 'end-time'],
    ['[mitigated]', 'impact-mitigated'],
    ['[cause]', 'cause-identified'],
  ])('takes the tag %s as %s', (written, tag) => {
    expect(only(`/timeline ${written} Something happened | 10:30`)).toMatchObject({
      kind: 'timeline-note',
      text: 'Something happened',
      tag,
    });
  });

  it('keeps a "|" written as "\\|" and a leading "[" written as "\\["', () => {
    expect(only('/timeline \\[WIP] error rate a\\|b | 10:30')).toEqual(
      note('[WIP] error rate a|b', at('10:30'), { timeFrom: 'time' }),
    );
  });

  it('reads three /timeline lines of one comment as three events, in order', () => {
    const commands = parse(
      [
        '/timeline Alert fired | 10:00',
        'Some discussion in between.',
        '/timeline [cause identified] Pool exhausted | 10:30',
        '/timeline Still watching',
      ].join('\n'),
    );
    expect(commands.map((c) => c.kind === 'timeline-note' && [c.line, c.text, c.at])).toEqual([
      [1, 'Alert fired', at('10:00')],
      [3, 'Pool exhausted', at('10:30')],
      [4, 'Still watching', at('10:41')],
    ]);
  });

  it('cuts an over-long entry to 500 characters and says so', () => {
    const command = only(`/timeline ${'x'.repeat(600)}`);
    expect(command).toMatchObject({
      kind: 'timeline-note',
      note: 'The entry was cut to 500 characters.',
    });
    expect(command.kind === 'timeline-note' && Array.from(command.text).length).toBe(500);
  });

  it('accepts a time up to five minutes after the comment was written', () => {
    expect(only('/timeline Clock skew | 10:46')).toMatchObject({ at: at('10:46') });
  });

  it('measures "the future" from when the comment was last edited', () => {
    expect(only('/timeline Later news | 11:30', { written: '11:30' })).toMatchObject({
      at: at('11:30'),
    });
    expect(only('/timeline Later news | 2024-01-15 11:33', { written: '11:30' })).toMatchObject({
      at: at('11:33'),
    });
  });
});

describe('bad /timeline input is invalid, with a short reason', () => {
  it.each([
    [
      '/timeline Rolled back | yesterday',
      '"yesterday" is not a time. Use YYYY-MM-DD HH:MM or HH:MM (24-hour, UTC).',
    ],
    [
      '/timeline Rolled back | 25:00',
      '25:00 is not a time of day (00:00 to 23:59). Use YYYY-MM-DD HH:MM or HH:MM (24-hour, UTC).',
    ],
    [
      '/timeline Rolled back | 2024-02-30 10:00',
      '2024-02-30 is not a date. Use YYYY-MM-DD HH:MM or HH:MM (24-hour, UTC).',
    ],
    [
      '/timeline Rolled back |',
      'Nothing follows the last "|": give a time, YYYY-MM-DD HH:MM or HH:MM (24-hour, UTC), or leave out the "|" to use the time of the comment.',
    ],
    [
      '/timeline Rolled back | 2024-01-15 10:47',
      '"2024-01-15 10:47" is 2024-01-15 10:47 UTC, in the future: an event can be at most 5 minutes after the comment. Times are read in UTC.',
    ],
    [
      '/timeline [fixed] Rolled back',
      'There is no tag "[fixed]". Tags: [start time], [impact detected], [response initiated], [cause identified], [impact mitigated], [end time].',
    ],
    [
      '/timeline [constructor] Rolled back',
      'There is no tag "[constructor]". Tags: [start time], [impact detected], [response initiated], [cause identified], [impact mitigated], [end time].',
    ],
    [
      '/timeline [impact mitigated Rolled back',
      'A tag goes in square brackets at the start, as in "/timeline [impact mitigated] Rolled back". To start the text with "[", write "\\[".',
    ],
    ['/timeline | 10:30', 'Say what happened: /timeline <what happened> | <YYYY-MM-DD HH:MM>.'],
    ['/timeline [end time]', 'Say what happened: /timeline <what happened> | <YYYY-MM-DD HH:MM>.'],
  ])('%s', (body, message) => {
    expect(only(body)).toEqual({ kind: 'invalid', line: 1, name: 'timeline', message });
  });

  it('names the configured time zone in the accepted formats', () => {
    const berlin = config({ timezone: 'Europe/Berlin' });
    expect(only('/timeline x | noon', { settings: berlin })).toMatchObject({
      message:
        '"noon" is not a time. Use YYYY-MM-DD HH:MM or HH:MM (24-hour, Europe/Berlin time; add UTC for UTC).',
    });
  });
});

describe('/ack, roles and /severity', () => {
  it('/ack acknowledges, with an optional note', () => {
    expect(only('/ack')).toEqual({ kind: 'ack', line: 1, text: undefined, note: undefined });
    expect(only('/ack on it')).toEqual({ kind: 'ack', line: 1, text: 'on it', note: undefined });
  });

  it.each([
    ['/ic @carol', 'commander', 'carol'],
    ['/lead dave', 'lead', 'dave'],
    ['/scribe @Erin-S', 'scribe', 'Erin-S'],
    ['/ic me', 'commander', 'alice'],
  ])('%s names the %s', (body, role, login) => {
    expect(only(body)).toEqual({ kind: 'role', line: 1, role, login });
  });

  it.each([
    ['/ic', 'Name one person: /ic @user (or /ic me).'],
    ['/lead @carol @dave', 'Name one person: /lead @user (or /lead me).'],
    ['/scribe @-carol', 'Name one person: /scribe @user (or /scribe me).'],
    ['/ic @org/team', 'Name one person: /ic @user (or /ic me).'],
  ])('%s is invalid', (body, message) => {
    expect(only(body)).toMatchObject({ kind: 'invalid', message });
  });

  it.each([
    ['/severity sev1', 'sev1'],
    ['/severity SEV2', 'sev2'],
    ['/severity 3', 'sev3'],
  ])('%s sets %s', (body, severity) => {
    expect(only(body)).toEqual({ kind: 'severity', line: 1, severity });
  });

  it('refuses a severity the configuration does not have', () => {
    expect(only('/severity sev9')).toEqual({
      kind: 'invalid',
      line: 1,
      name: 'severity',
      message: '"sev9" is not a severity here; it is one of: sev1, sev2, sev3, sev4.',
    });
    expect(only('/severity')).toMatchObject({
      message: 'A severity is one of: sev1, sev2, sev3, sev4.',
    });
  });
});

describe('/status', () => {
  const status = (extra: Partial<Command>) => ({
    kind: 'status',
    line: 1,
    eta: undefined,
    rootCause: undefined,
    note: undefined,
    ...extra,
  });

  it('posts an update with a state and a message', () => {
    expect(only('/status investigating Checking the load balancers')).toEqual(
      status({ status: 'investigating', message: 'Checking the load balancers' }),
    );
  });

  it.each([
    ['eta 30m', at('11:11')],
    ['ETA: 12:30', at('12:30')],
    ['eta 23:59', at('23:59')],
    ['eta 2024-01-16 09:00', at('09:00', '2024-01-16')],
  ])('reads "| %s" as an ETA', (eta, expected) => {
    expect(only(`/status mitigating Rolling back | ${eta}`)).toEqual(
      status({ status: 'mitigating', message: 'Rolling back', eta: expected }),
    );
  });

  it('takes a root cause, in any order with the ETA', () => {
    expect(only('/status resolved Service restored | root cause: pool leak | eta 0m')).toEqual(
      status({
        status: 'resolved',
        message: 'Service restored',
        rootCause: 'pool leak',
        eta: at('10:41'),
      }),
    );
  });

  it('keeps a "|" part that names no field in the message', () => {
    expect(only('/status identified db | cache both slow')).toEqual(
      status({ status: 'identified', message: 'db | cache both slow' }),
    );
  });

  it.each([
    [
      '/status fixed All good',
      '"fixed" is not a status; it is one of: investigating, identified, mitigating, monitoring, resolved.',
    ],
    ['/status', 'A status is one of: investigating, identified, mitigating, monitoring, resolved.'],
    ['/status monitoring', 'Say what is happening: /status monitoring <what we are doing>.'],
    [
      '/status monitoring | eta 30m',
      'Say what is happening: /status monitoring <what we are doing>.',
    ],
    [
      '/status mitigating Rolling back | eta soon',
      '"soon" is not an ETA. Use a duration such as 30m or 2h, or YYYY-MM-DD HH:MM or HH:MM (24-hour, UTC).',
    ],
    [
      '/status mitigating Rolling back | eta 2024-01-14 10:00',
      'The ETA "2024-01-14 10:00" is already past (the comment was written 2024-01-15 10:41 UTC).',
    ],
    [
      '/status mitigating Rolling back | eta 10:15',
      'The ETA "10:15" is 2024-01-15 10:15 UTC, already past (the comment was written 2024-01-15 10:41 UTC). If you mean tomorrow, give the date: eta 2024-01-16 10:15.',
    ],
    [
      '/status resolved Done | root cause',
      'Say what the root cause was: | root cause <what caused it>.',
    ],
  ])('%s is invalid', (body, message) => {
    expect(only(body)).toEqual({ kind: 'invalid', line: 1, name: 'status', message });
  });
});

describe('other commands', () => {
  it('reads /help and /postmortem', () => {
    expect(parse('/help\n/postmortem')).toEqual([
      { kind: 'help', line: 1 },
      { kind: 'postmortem', line: 2, args: '' },
    ]);
  });

  it.each([
    [
      '/action Add an alert on pool usage @bob due:2024-01-30',
      { description: 'Add an alert on pool usage', owner: '@bob', due: '2024-01-30' },
    ],
    [
      '/action Update the runbook due:Jan 30 @acme/sre',
      { description: 'Update the runbook', owner: '@acme/sre', due: '2024-01-30' },
    ],
    [
      '/action Review the deploy due:March 10, 2024',
      { description: 'Review the deploy', owner: null, due: '2024-03-10' },
    ],
    ['/action Ping @carol later', { description: 'Ping @carol later', owner: null, due: null }],
    [
      '/action Check quotas due:+7d',
      { description: 'Check quotas', owner: null, due: '2024-01-22' },
    ],
    // A date without a year that has passed this year is next year's.
    [
      '/action Renew the cert due:10 Jan',
      { description: 'Renew the cert', owner: null, due: '2025-01-10' },
    ],
  ])('reads %s', (body, fields) => {
    expect(only(body)).toEqual({ kind: 'action', line: 1, note: undefined, ...fields });
  });

  it.each([
    [
      '/action',
      'Say what needs doing. Write /action <what to do> @owner due:<date>, e.g. /action Add a pool alert @bob due:Mar 10.',
    ],
    [
      '/action @bob due:Jan 30',
      'Say what needs doing. Write /action <what to do> @owner due:<date>, e.g. /action Add a pool alert @bob due:Mar 10.',
    ],
    [
      '/action Fix it due:someday',
      'cannot read the due date "someday"; write due:2025-03-10, due:Mar 10, due:10 Mar 2025 or due:+7d.',
    ],
  ])('refuses %s', (body, message) => {
    expect(only(body)).toEqual({ kind: 'invalid', line: 1, name: 'action', message });
  });

  it('reports an unknown /word at the start of a line as unknown', () => {
    expect(only('/frobnicate now')).toEqual({ kind: 'unknown', line: 1, name: 'frobnicate' });
  });

  it('matches command names in any case', () => {
    expect(only('/ACK')).toMatchObject({ kind: 'ack' });
  });
});

describe('text that is not a command', () => {
  it.each([
    ['in the middle of a line', 'We should /ack this'],
    ['a path', '/usr/bin/env is missing'],
    ['a lone slash', '/ ack'],
    ['a quote', '> /ack\n> /status resolved done'],
    ['a list item', '- /ack'],
    ['indented code', '    /ack'],
    ['a tab-indented line', '\t/ack'],
    ['a fenced code block', '```\n/ack\n```'],
    ['a tilde fence', '~~~sh\n/ack\n~~~'],
    ['a long fence closed only by a long fence', '````\n```\n/ack\n````'],
    ['an HTML comment', '<!--\n/ack\n-->'],
  ])('%s is not a command', (_what, body) => {
    expect(parse(body)).toEqual([]);
  });

  // What GitHub shows as hidden or as code never runs: each of these ran before commands were
  // read from the Markdown syntax tree.
  it.each([
    ['an HTML comment opened in the middle of a line', 'Looks fine <!-- hidden\n/ack\n-->'],
    ['an HTML comment left open after a closed one', '<!-- a --> <!--\n/ack\n-->'],
    ['a fenced code block inside a list item', '- steps:\n  ```\n  /ack\n  ```'],
    ['a fenced code block opened on a list item', '- ```\n  /ack\n  ```'],
    ['a <pre> block', '<pre>\n/ack\n</pre>'],
    ['a <pre> opened in the middle of a line', 'Run this: <pre>\n/ack\n</pre>'],
    ['a lazy continuation line of a quote', '> Quoting the runbook:\n/status resolved done'],
    ['a code span over two lines', 'Type `the\n/ack` command'],
    ['a heading', '/ack\n---'],
  ])('%s is not a command', (_what, body) => {
    expect(parse(body)).toEqual([]);
  });

  it('reads a command after hidden text closes, and in any top-level paragraph line', () => {
    const body = [
      '<!-- a note -->',
      '/ack',
      '',
      '<pre>',
      '/status resolved pre',
      '</pre>',
      '',
      'Done with the rollback.',
      '/timeline Rolled back | 10:30',
      '  /help',
    ].join('\n');
    expect(parse(body).map((c) => [c.kind, c.line])).toEqual([
      ['ack', 2],
      ['timeline-note', 9],
      ['help', 10],
    ]);
  });

  it('stops reading where quotes or lists nest too deep, and says so', () => {
    const parsed = parseCommands(`/ack\n${'> '.repeat(5000)}x\n/help`, {
      author: 'alice',
      commentAt: at('10:41'),
      writtenAt: at('10:41'),
      config: defaults,
    });
    expect(parsed).toEqual({
      commands: [{ kind: 'ack', line: 1, text: undefined, note: undefined }],
      truncated: false,
      stopped: {
        line: 2,
        note: 'This line nests quotes or lists 5000 levels deep (more than 50); commands from here on were not read.',
      },
    });
  });

  it('finds commands after a fence closes, and with up to three spaces of indentation', () => {
    expect(parse('```\n/ack\n```\n   /ack').map((c) => [c.kind, c.line])).toEqual([['ack', 4]]);
  });

  it('handles Windows line endings', () => {
    expect(parse('/ack\r\n/timeline x | 10:30\r\n').map((c) => c.kind)).toEqual([
      'ack',
      'timeline-note',
    ]);
  });
});

describe('size and time limits', () => {
  it('reads a comment only up to 64 KB, and says it stopped', () => {
    const body = `/ack\n${'filler line\n'.repeat(6000)}/status resolved late`;
    const parsed = parseCommands(body, {
      author: 'alice',
      commentAt: at('10:41'),
      writtenAt: at('10:41'),
      config: defaults,
    });
    expect(body.length).toBeGreaterThan(MAX_COMMENT_CHARS);
    expect(parsed.truncated).toBe(true);
    expect(parsed.commands.map((c) => c.kind)).toEqual(['ack']);
  });

  // Linear parsing is what the 30 s test timeout guards: a backtracking parser would not finish.
  // Speed itself is measured in `npm run bench`, never asserted here.
  it('reads hostile input to a plain answer', () => {
    const hostile = [
      `/timeline ${'\\|'.repeat(30_000)}`,
      `/status resolved ${'| '.repeat(30_000)}`,
      `/timeline [${'['.repeat(30_000)}`,
      `${'```\n'.repeat(15_000)}`,
      `/${'a'.repeat(60_000)}`,
      `/ack\n${'*_'.repeat(30_000)}`,
      `/ack\n${'[a]('.repeat(15_000)}`,
      `/ack\n${'<pre>'.repeat(12_000)}`,
      `/ack\n${'<!--'.repeat(15_000)}`,
      `/ack\n${'\n'.repeat(1000)}${'/'.repeat(50_000)}`,
    ];
    expect(hostile.map((body) => parse(body).map((c) => c.kind))).toEqual([
      ['timeline-note'],
      ['status'],
      ['invalid'],
      [],
      [],
      ['ack'],
      ['ack'],
      ['ack'],
      ['ack'],
      ['ack'],
    ]);
  });
});

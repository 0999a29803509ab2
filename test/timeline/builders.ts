import type { Access } from '../../src/core/commands/access.ts';
import type { Config } from '../../src/core/config/config.ts';
import { validateConfig } from '../../src/core/config/validate-config.ts';
import type { IssueEvent, IssueSnapshot, Person } from '../../src/core/incident/issue.ts';

/** Builders for incident issues and their events, so tests read as the incident they play. */

export const SELF = 'incident-scribe[bot]';
export const REPO_URL = 'https://github.com/acme/shop';

/** The configuration with every default, optionally overridden. */
export function config(raw: Record<string, unknown> = {}): Config {
  const result = validateConfig(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.config;
}

export function user(login: string): Person {
  return { login, type: 'User' };
}

export function bot(login: string): Person {
  return { login, type: 'Bot' };
}

/** 2024-01-15 (the reference incident's day) at HH:MM UTC, or HH:MM:SS. */
export function at(clock: string, day = '2024-01-15'): string {
  return new Date(`${day}T${clock.length === 5 ? `${clock}:00` : clock}Z`).toISOString();
}

export function issue(overrides: Partial<IssueSnapshot> = {}): IssueSnapshot {
  return {
    number: 1,
    title: 'Checkout API returns 500 for all customers',
    body: 'Alert triggered: 5xx rate above 50% on checkout.',
    state: 'open',
    stateReason: null,
    author: user('alice'),
    labels: [],
    assignees: [],
    createdAt: at('10:00'),
    closedAt: null,
    htmlUrl: `${REPO_URL}/issues/1`,
    ...overrides,
  };
}

let nextCommentId = 100;

/** A comment by `who` at `clock`; `edited` is when it was last changed. */
export function comment(
  who: Person | string,
  clock: string,
  body: string,
  options: { id?: number; edited?: string } = {},
): IssueEvent {
  const id = options.id ?? nextCommentId++;
  return {
    kind: 'commented',
    id,
    actor: typeof who === 'string' ? user(who) : who,
    at: at(clock),
    updatedAt: options.edited ? at(options.edited) : at(clock),
    body,
    htmlUrl: `${REPO_URL}/issues/1#issuecomment-${id}`,
  };
}

export function labeled(who: Person | string, clock: string, label: string): IssueEvent {
  return { kind: 'labeled', actor: person(who), at: at(clock), label };
}

export function unlabeled(who: Person | string, clock: string, label: string): IssueEvent {
  return { kind: 'unlabeled', actor: person(who), at: at(clock), label };
}

export function assigned(who: Person | string, clock: string, assignee: string): IssueEvent {
  return { kind: 'assigned', actor: person(who), at: at(clock), assignee };
}

export function unassigned(who: Person | string, clock: string, assignee: string): IssueEvent {
  return { kind: 'unassigned', actor: person(who), at: at(clock), assignee };
}

export function closed(who: Person | string, clock: string, stateReason = 'completed'): IssueEvent {
  return { kind: 'closed', actor: person(who), at: at(clock), stateReason };
}

export function reopened(who: Person | string, clock: string): IssueEvent {
  return { kind: 'reopened', actor: person(who), at: at(clock) };
}

export function renamed(who: Person | string, clock: string, from: string, to: string): IssueEvent {
  return { kind: 'renamed', actor: person(who), at: at(clock), from, to };
}

export function referenced(
  who: Person | string,
  clock: string,
  source: { number: number; title: string; isPullRequest?: boolean; repo?: string },
): IssueEvent {
  const repo = source.repo ?? 'acme/shop';
  return {
    kind: 'cross-referenced',
    actor: person(who),
    at: at(clock),
    source: {
      number: source.number,
      title: source.title,
      isPullRequest: source.isPullRequest ?? true,
      repo,
      url: `https://github.com/${repo}/pull/${source.number}`,
    },
  };
}

/** Everyone may act, except the logins listed as read-only; `outsiders` have no access. */
export function access(readOnly: string[] = [], outsiders: string[] = []): Access {
  return {
    canAct: (login) => !readOnly.includes(login) && !outsiders.includes(login),
    hasAccess: (login) => !outsiders.includes(login),
  };
}

function person(who: Person | string): Person {
  return typeof who === 'string' ? user(who) : who;
}

/**
 * INC-2024-001 as commands and events, the way the reference post-mortem tells it. `causeAt`
 * is the time carol types for the root cause (in the configured zone; 10:30 in UTC).
 */
export function referenceIncident(causeAt = '10:30'): {
  issue: IssueSnapshot;
  events: IssueEvent[];
} {
  return {
    issue: issue({ state: 'closed', stateReason: 'completed', closedAt: at('12:34') }),
    events: [
      comment('alice', '10:05', '/ack', { id: 101 }),
      labeled('bob', '10:15', 'sev1'),
      comment(
        'carol',
        '10:41',
        `/timeline [cause identified] Root cause identified: the connection pool is exhausted | ${causeAt}`,
        { id: 102 },
      ),
      comment('bob', '11:45', '/status monitoring Mitigation applied: release 4.2 rolled back', {
        id: 103,
      }),
      comment(
        'bob',
        '12:30',
        '/status resolved Service restored | root cause: release 4.2 leaked database connections',
        { id: 104 },
      ),
      closed('bob', '12:34'),
    ],
  };
}

/** The value, or a failed test saying what was missing. */
export function defined<T>(value: T | undefined, what = 'value'): T {
  if (value === undefined) throw new Error(`expected a ${what}`);
  return value;
}

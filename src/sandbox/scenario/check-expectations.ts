import type { RequestLogEntry } from '../emulator/http-server.ts';
import type { SandboxState } from '../output/state.ts';
import type { DeliveryLogEntry } from '../webhooks/delivery-queue.ts';
import type { Scenario } from './parse-scenario.ts';
import type { Expectation } from './schema.ts';

/** One expectation that did not hold, at its line in the scenario file. */
export interface ExpectationFailure {
  index: number;
  line: number | undefined;
  message: string;
}

interface Outcome {
  state: SandboxState;
  requests: RequestLogEntry[];
  deliveries: DeliveryLogEntry[];
  botLogin: string;
  latestIssue: number | undefined;
  latestPull: number | undefined;
}

/** Checks every `expect` entry against the final state and the logs. */
export function checkExpectations(scenario: Scenario, outcome: Outcome): ExpectationFailure[] {
  const failures: ExpectationFailure[] = [];
  for (const { expectation, line, index } of scenario.expect) {
    for (const message of check(expectation, outcome)) failures.push({ index, line, message });
  }
  return failures;
}

function check(e: Expectation, o: Outcome): string[] {
  const problems: string[] = [];
  const same = (label: string, actual: unknown, wanted: unknown) => {
    if (wanted !== undefined && JSON.stringify(actual) !== JSON.stringify(wanted)) {
      problems.push(`${label} is ${JSON.stringify(actual)}, expected ${JSON.stringify(wanted)}`);
    }
  };
  const list = (v: string | string[] | undefined) =>
    v === undefined ? [] : Array.isArray(v) ? v : [v];
  if ('issue' in e) {
    const n = e.issue === 'latest' ? o.latestIssue : e.issue;
    const issue = o.state.issues.find((i) => i.number === n);
    if (!issue) return [`issue ${String(e.issue)} does not exist`];
    const label = `issue #${issue.number}`;
    same(`${label} state`, issue.state, e.state);
    same(`${label} state_reason`, issue.state_reason, e.state_reason);
    same(`${label} title`, issue.title, e.title);
    same(`${label} labels`, issue.labels, e.labels ? [...e.labels].sort() : undefined);
    same(
      `${label} assignees`,
      [...issue.assignees].sort(),
      e.assignees ? [...e.assignees].sort() : undefined,
    );
    for (const l of e.has_labels ?? [])
      if (!issue.labels.includes(l))
        problems.push(`${label} lacks label ${l} (has ${issue.labels.join(', ') || 'none'})`);
    for (const l of e.lacks_labels ?? [])
      if (issue.labels.includes(l)) problems.push(`${label} has label ${l}`);
    same(`${label} parent`, issue.parent, e.parent);
    same(`${label} sub-issues`, issue.sub_issues, e.sub_issues);
    same(`${label} type`, issue.type, e.type);
    for (const [name, value] of Object.entries(e.fields ?? {})) {
      same(`${label} field ${name}`, issue.fields[name] ?? null, value);
    }
    same(`${label} comment count`, issue.comments.length, e.comments);
    same(
      `${label} comments by ${o.botLogin}`,
      issue.comments.filter((c) => c.user === o.botLogin).length,
      e.bot_comments,
    );
    for (const text of list(e.comment_contains)) {
      if (!issue.comments.some((c) => c.body.includes(text)))
        problems.push(`no comment on ${label} contains ${JSON.stringify(text)}`);
    }
    for (const text of list(e.body_contains)) {
      if (!(issue.body ?? '').includes(text))
        problems.push(`${label} body does not contain ${JSON.stringify(text)}`);
    }
    return problems;
  }
  if ('pull' in e) {
    const n = e.pull === 'latest' ? (o.latestPull ?? o.state.pulls.at(-1)?.number) : e.pull;
    const pull = o.state.pulls.find((p) => p.number === n);
    if (!pull) return [`pull request ${String(e.pull)} does not exist`];
    const label = `pull request #${pull.number}`;
    same(`${label} state`, pull.state, e.state);
    same(`${label} merged`, pull.merged, e.merged);
    same(`${label} title`, pull.title, e.title);
    same(
      `${label} files`,
      Object.keys(pull.files).sort(),
      e.files ? [...e.files].sort() : undefined,
    );
    same(`${label} labels`, pull.labels, e.labels ? [...e.labels].sort() : undefined);
    same(
      `${label} requested reviewers`,
      [...pull.requested_reviewers].sort(),
      e.requested_reviewers ? [...e.requested_reviewers].sort() : undefined,
    );
    same(`${label} comment count`, pull.comments.length, e.comments);
    for (const text of list(e.comment_contains)) {
      if (!pull.comments.some((c) => c.body.includes(text)))
        problems.push(`no comment on ${label} contains ${JSON.stringify(text)}`);
    }
    for (const want of e.check_runs ?? []) {
      const run = pull.check_runs.find((r) => r.name === want.name);
      if (!run) problems.push(`${label} has no check run ${want.name}`);
      else if (want.conclusion !== undefined)
        same(`${label} check ${want.name} conclusion`, run.conclusion, want.conclusion);
    }
    return problems;
  }
  const count = (
    label: string,
    actual: number,
    c: { min?: number; max?: number; equals?: number },
  ) => {
    if (c.equals !== undefined && actual !== c.equals)
      problems.push(`${label}: ${actual}, expected exactly ${c.equals}`);
    if (c.min !== undefined && actual < c.min)
      problems.push(`${label}: ${actual}, expected at least ${c.min}`);
    if (c.max !== undefined && actual > c.max)
      problems.push(`${label}: ${actual}, expected at most ${c.max}`);
  };
  if (e.issues) count('issues', o.state.issues.length, e.issues);
  if (e.pulls) count('pull requests', o.state.pulls.length, e.pulls);
  if (e.requests) {
    const { operation, status } = e.requests;
    const rows = o.requests.filter(
      (r) =>
        (!operation || r.operation === operation) && (status === undefined || r.status === status),
    );
    count(
      `requests${operation ? ` to ${operation}` : ''}${status ? ` answered ${status}` : ''}`,
      rows.length,
      e.requests,
    );
  }
  if (e.deliveries) {
    const { event, status } = e.deliveries;
    const rows = o.deliveries.filter(
      (d) =>
        (!event || `${d.event}.${d.action}` === event || d.event === event) &&
        (status === undefined || d.status === status),
    );
    count(
      `deliveries${event ? ` of ${event}` : ''}${status ? ` answered ${status}` : ''}`,
      rows.length,
      e.deliveries,
    );
  }
  if (e.branch !== undefined || e.has_files || e.file_contains) {
    const name = e.branch ?? 'main';
    const branch = o.state.branches[name];
    if (!branch) return [...problems, `branch ${name} does not exist`];
    for (const path of e.has_files ?? [])
      if (!(path in branch.files)) problems.push(`branch ${name} has no ${path}`);
    for (const [path, text] of Object.entries(e.file_contains ?? {})) {
      if (!(branch.files[path] ?? '').includes(text))
        problems.push(`${name}:${path} does not contain ${JSON.stringify(text)}`);
    }
  }
  return problems;
}

import type { EmulatorResponse } from '../emulator/dispatch.ts';
import type { Emulator } from '../emulator/emulator.ts';
import { envelope } from '../emulator/serialize.ts';
import { DEFAULT_ISSUE_FIELDS } from '../emulator/world.ts';
import type { DeliveryQueue } from '../webhooks/delivery-queue.ts';
import type { TimedStep } from './parse-scenario.ts';
import { SANDBOX_ALERT_TOKEN } from './schema.ts';

/** A step that could not be played (GitHub refused it, or it names nothing): a bad scenario. */
export class StepError extends Error {
  readonly line: number | undefined;
  constructor(step: TimedStep, message: string) {
    super(`step ${step.index + 1}: ${message}`);
    this.line = step.line;
  }
}

/** What the player remembers between steps: the latest issue and pull request. */
export interface PlayState {
  latestIssue: number | undefined;
  latestPull: number | undefined;
  defaultActor: string;
  /** The comment each `comment` step wrote, by step number (from 1). */
  commentOfStep: Map<number, number>;
}

const CRON = { 'weekly-report': '0 9 * * 1', 'escalation-sweep': '*/15 * * * *' };

/** Plays one step as its user (through the same REST pipeline the app uses), then delivers. */
export async function playStep(
  emulator: Emulator,
  queue: DeliveryQueue,
  state: PlayState,
  timed: TimedStep,
): Promise<void> {
  const { step } = timed;
  const { world } = emulator;
  const as = step.as === 'scribe' ? world.botLogin : (step.as ?? state.defaultActor);
  const repo = `/repos/${world.owner}/${world.repo}`;
  const call = (method: string, url: string, body?: unknown): EmulatorResponse => {
    const response = emulator.act(as, method, url, body);
    if (response.status >= 400) {
      const message = (response.body as { message?: string } | undefined)?.message ?? '';
      throw new StepError(
        timed,
        `GitHub answered ${response.status} to ${method} ${url}: ${message}`,
      );
    }
    return response;
  };
  const issue = () => {
    const n = step.issue ?? state.latestIssue;
    if (n === undefined)
      throw new StepError(timed, 'no issue yet: open one first or give issue: N');
    return n;
  };
  const pull = (which: 'latest' | number) => {
    // The latest pull request whoever opened it: the scribe's post-mortem included.
    const n = which === 'latest' ? latestPull(emulator) : which;
    if (n === undefined) throw new StepError(timed, 'no pull request yet');
    return n;
  };
  const list = (v: string | string[]) => (Array.isArray(v) ? v : [v]);
  const lastComment = (id: 'last' | number | undefined, byStep?: number) => {
    if (byStep !== undefined) {
      const written = state.commentOfStep.get(byStep);
      if (written === undefined)
        throw new StepError(timed, `step ${byStep} is not an earlier comment step`);
      return written;
    }
    if (typeof id === 'number') return id;
    const mine = [...world.comments.values()].filter(
      (c) => c.user === as && (step.issue === undefined || c.issue === step.issue),
    );
    const found = mine.at(-1)?.id;
    if (found === undefined) throw new StepError(timed, `${as} has written no comment yet`);
    return found;
  };

  if (step.advance !== undefined) {
    emulator.clock.advance(parseDuration(step.advance));
    return;
  }
  if (step.set_role !== undefined) {
    // GitHub tells apps of this through `member` events, which the scribe does not follow.
    for (const [login, role] of Object.entries(step.set_role)) {
      if (role === 'none') emulator.world.roles.delete(login);
      else emulator.world.roles.set(login, role);
    }
    return;
  }
  if (step.set_issue_types !== undefined) {
    world.setIssueTypes(step.set_issue_types);
    return;
  }
  if (step.set_issue_fields !== undefined) {
    const { enabled, fields } = step.set_issue_fields;
    world.setIssueFields(enabled, fields ?? DEFAULT_ISSUE_FIELDS);
    return;
  }
  emulator.clock.set(timed.time);
  if (step.set_field !== undefined) {
    // A person edits the fields in GitHub's sidebar: the same REST calls, as them.
    const n = issue();
    for (const [name, value] of Object.entries(step.set_field)) {
      const field = world.issueFields.fields.find(
        (f) => f.name.toLowerCase() === name.toLowerCase(),
      );
      if (!field) throw new StepError(timed, `the organisation has no issue field ${name}`);
      if (value === null) {
        const has = world.issues.get(n)?.fieldValues?.has(field.id) === true;
        if (has) call('DELETE', `${repo}/issues/${n}/issue-field-values/${field.id}`);
      } else {
        call('POST', `${repo}/issues/${n}/issue-field-values`, {
          issue_field_values: [{ field_id: field.id, value }],
        });
      }
    }
    return;
  }
  if (step.open_issue) {
    const created = call('POST', `${repo}/issues`, step.open_issue);
    state.latestIssue = (created.body as { number: number }).number;
  } else if (step.label !== undefined) {
    call('POST', `${repo}/issues/${issue()}/labels`, { labels: list(step.label) });
  } else if (step.unlabel !== undefined) {
    for (const name of list(step.unlabel)) {
      call('DELETE', `${repo}/issues/${issue()}/labels/${encodeURIComponent(name)}`);
    }
  } else if (step.assign !== undefined) {
    call('POST', `${repo}/issues/${issue()}/assignees`, { assignees: list(step.assign) });
  } else if (step.unassign !== undefined) {
    call('DELETE', `${repo}/issues/${issue()}/assignees`, { assignees: list(step.unassign) });
  } else if (step.comment !== undefined) {
    const created = call('POST', `${repo}/issues/${issue()}/comments`, { body: step.comment });
    state.commentOfStep.set(timed.index + 1, (created.body as { id: number }).id);
  } else if (step.edit_issue) {
    call('PATCH', `${repo}/issues/${issue()}`, step.edit_issue);
  } else if (step.edit_comment) {
    const id = lastComment(step.edit_comment.id, step.edit_comment.step);
    call('PATCH', `${repo}/issues/comments/${id}`, { body: step.edit_comment.body });
  } else if (step.delete_comment !== undefined) {
    const raw = step.delete_comment;
    const id =
      typeof raw !== 'object'
        ? lastComment(raw)
        : 'step' in raw
          ? lastComment(undefined, raw.step)
          : lastComment(raw.id);
    call('DELETE', `${repo}/issues/comments/${id}`);
  } else if (step.close !== undefined) {
    const reason = typeof step.close === 'object' && step.close ? step.close.reason : undefined;
    call('PATCH', `${repo}/issues/${issue()}`, {
      state: 'closed',
      state_reason: reason ?? 'completed',
    });
  } else if (step.reopen !== undefined) {
    call('PATCH', `${repo}/issues/${issue()}`, { state: 'open' });
  } else if (step.commit_file) {
    const { path, content, message } = step.commit_file;
    const branch = step.commit_file.branch ?? world.defaultBranch;
    if (!world.branchSha(branch)) {
      const from = world.branchSha(world.defaultBranch);
      call('POST', `${repo}/git/refs`, { ref: `refs/heads/${branch}`, sha: from });
    }
    const existing = emulator.act(
      as,
      'GET',
      `${repo}/contents/${path}?ref=${encodeURIComponent(branch)}`,
    );
    const sha = existing.status === 200 ? (existing.body as { sha?: string }).sha : undefined;
    call('PUT', `${repo}/contents/${path}`, {
      message: message ?? `Update ${path}`,
      content: Buffer.from(content, 'utf8').toString('base64'),
      branch,
      ...(sha ? { sha } : {}),
    });
  } else if (step.open_pr) {
    const { title, head, base, body } = step.open_pr;
    const created = call('POST', `${repo}/pulls`, {
      title,
      head,
      base: base ?? world.defaultBranch,
      ...(body === undefined ? {} : { body }),
    });
    state.latestPull = (created.body as { number: number }).number;
  } else if (step.merge_pr !== undefined) {
    call('PUT', `${repo}/pulls/${pull(step.merge_pr)}/merge`, { merge_method: 'merge' });
  } else if (step.close_pr !== undefined) {
    call('PATCH', `${repo}/pulls/${pull(step.close_pr)}`, { state: 'closed' });
  } else if (step.run !== undefined) {
    // `job` stands for the workflow's `with: job:` (or the App scheduler's argument).
    await queue.schedule('schedule', {
      schedule: CRON[step.run],
      job: step.run,
      ...envelope(world, world.owner),
      workflow: '.github/workflows/incident-scribe.yml',
    });
    return;
  } else if (step.dispatch !== undefined) {
    // Someone presses "Run workflow" with the job input set.
    await queue.schedule('workflow_dispatch', {
      inputs: { job: step.dispatch },
      ref: `refs/heads/${world.defaultBranch}`,
      ...envelope(world, as),
      workflow: '.github/workflows/incident-scribe.yml',
    });
    return;
  } else if (step.alert && world.botLogin === 'github-actions[bot]') {
    // Action mode: a relay asks GitHub for a `repository_dispatch` (GitHub checks its access;
    // there is no alert token), and the workflow runs on it.
    const { source, payload, repeat, every } = step.alert;
    for (let n = 0; n < (repeat ?? 1); n++) {
      if (n > 0) emulator.clock.advance(parseDuration(every ?? '1m'));
      for (const body of Array.isArray(payload) ? payload : [payload]) {
        call('POST', `${repo}/dispatches`, {
          event_type: 'alert',
          client_payload: { source, payload: body },
        });
      }
      await queue.drain();
    }
    return;
  } else if (step.alert) {
    const { source, payload, token, repo: target, repeat, every } = step.alert;
    const bodies = (Array.isArray(payload) ? payload : [payload]).map((p) =>
      typeof p === 'string' ? p : JSON.stringify(p),
    );
    const post = {
      source,
      token: token ?? SANDBOX_ALERT_TOKEN,
      repo: target ?? `${world.owner}/${world.repo}`,
    };
    for (let n = 0; n < (repeat ?? 1); n++) {
      if (n > 0) emulator.clock.advance(parseDuration(every ?? '1m'));
      await queue.alert(bodies.map((body) => ({ ...post, body })));
    }
    return;
  } else if (step.redeliver !== undefined) {
    if (!(await queue.redeliverLast(step.redeliver)))
      throw new StepError(
        timed,
        `no ${step.redeliver === 'last' ? '' : `${step.redeliver} `}delivery to send again`,
      );
    return;
  }
  await queue.drain();
}

function latestPull(emulator: Emulator): number | undefined {
  let latest: number | undefined;
  for (const issue of emulator.world.issues.values()) {
    if (issue.pull && (latest === undefined || issue.number > latest)) latest = issue.number;
  }
  return latest;
}

/** `30m`, `2h`, `1d`, `45s` in milliseconds. */
export function parseDuration(text: string): number {
  const match = /^(\d+)\s*(s|m|min|h|d)$/.exec(text.trim());
  if (!match) throw new Error(`not a duration: ${text}`);
  const unit = { s: 1_000, m: 60_000, min: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as 's'];
  return Number(match[1]) * unit;
}

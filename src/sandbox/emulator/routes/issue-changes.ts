import type { IssueRecord } from '../model.ts';
import { labelJson, userJson } from '../serialize.ts';
import { emitIssueEvent } from '../serialize-pull.ts';
import type { World } from '../world.ts';

/**
 * State changes shared by the issue endpoints and the pull request endpoints: each one
 * updates the record, writes the timeline item and queues the webhook GitHub would send.
 */

/** Adds labels not yet on the issue; unknown labels are created, as GitHub does. */
export function addLabels(world: World, issue: IssueRecord, names: string[], actor: string): void {
  for (const name of names) {
    const label = world.ensureLabel(name);
    if (issue.labels.some((l) => l.toLowerCase() === label.name.toLowerCase())) continue;
    issue.labels.push(label.name);
    touch(world, issue);
    world.record({ issue: issue.number, event: 'labeled', actor, label: label.name });
    emitIssueEvent(world, issue, 'labeled', actor, { label: labelJson(world, label) });
  }
}

/** Removes one label; returns false when the issue does not carry it. */
export function removeLabel(
  world: World,
  issue: IssueRecord,
  name: string,
  actor: string,
): boolean {
  const index = issue.labels.findIndex((l) => l.toLowerCase() === name.toLowerCase());
  if (index < 0) return false;
  const [removed] = issue.labels.splice(index, 1);
  const label = world.findLabel(removed ?? name);
  touch(world, issue);
  world.record({ issue: issue.number, event: 'unlabeled', actor, label: label?.name ?? name });
  emitIssueEvent(world, issue, 'unlabeled', actor, label ? { label: labelJson(world, label) } : {});
  return true;
}

/** Replaces the label set with exactly `names`. */
export function setLabels(world: World, issue: IssueRecord, names: string[], actor: string): void {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  for (const name of [...issue.labels]) {
    if (!wanted.has(name.toLowerCase())) removeLabel(world, issue, name, actor);
  }
  addLabels(world, issue, names, actor);
}

/** Assigns people who can be assigned (a role on the repository); others are ignored. */
export function addAssignees(
  world: World,
  issue: IssueRecord,
  logins: string[],
  actor: string,
): void {
  for (const login of logins) {
    if (issue.assignees.includes(login) || issue.assignees.length >= 10) continue;
    if (!world.roles.has(login) && login !== world.botLogin) continue;
    issue.assignees.push(login);
    touch(world, issue);
    world.record({ issue: issue.number, event: 'assigned', actor, assignee: login });
    emitIssueEvent(world, issue, 'assigned', actor, { assignee: userJson(world, login) });
  }
}

/** Unassigns people; logins not assigned are ignored. */
export function removeAssignees(
  world: World,
  issue: IssueRecord,
  logins: string[],
  actor: string,
): void {
  for (const login of logins) {
    const index = issue.assignees.indexOf(login);
    if (index < 0) continue;
    issue.assignees.splice(index, 1);
    touch(world, issue);
    world.record({ issue: issue.number, event: 'unassigned', actor, assignee: login });
    emitIssueEvent(world, issue, 'unassigned', actor, { assignee: userJson(world, login) });
  }
}

/** Closes with a reason (completed by default); closing a closed issue changes nothing. */
export function closeIssue(
  world: World,
  issue: IssueRecord,
  reason: IssueRecord['stateReason'],
  actor: string,
): void {
  if (issue.state === 'closed') return;
  issue.state = 'closed';
  issue.stateReason = issue.pull ? null : (reason ?? 'completed');
  issue.closedAt = world.clock.iso();
  issue.closedBy = actor;
  touch(world, issue);
  world.record({ issue: issue.number, event: 'closed', actor, stateReason: issue.stateReason });
  emitIssueEvent(world, issue, 'closed', actor);
}

/** Reopens a closed issue. */
export function reopenIssue(world: World, issue: IssueRecord, actor: string): void {
  if (issue.state === 'open') return;
  issue.state = 'open';
  issue.stateReason = issue.pull ? null : 'reopened';
  issue.closedAt = null;
  issue.closedBy = null;
  touch(world, issue);
  world.record({ issue: issue.number, event: 'reopened', actor, stateReason: issue.stateReason });
  emitIssueEvent(world, issue, 'reopened', actor);
}

/** Changes title and/or body; one `edited` webhook carries both old values. */
export function editIssue(
  world: World,
  issue: IssueRecord,
  fields: { title?: string | undefined; body?: string | null | undefined },
  actor: string,
): void {
  const changes: Record<string, { from: string }> = {};
  if (fields.title !== undefined && fields.title !== issue.title) {
    changes.title = { from: issue.title };
    world.record({
      issue: issue.number,
      event: 'renamed',
      actor,
      rename: { from: issue.title, to: fields.title },
    });
    issue.title = fields.title;
  }
  if (fields.body !== undefined && fields.body !== issue.body) {
    changes.body = { from: issue.body ?? '' };
    issue.body = fields.body;
  }
  if (Object.keys(changes).length === 0) return;
  touch(world, issue);
  emitIssueEvent(world, issue, 'edited', actor, { changes });
}

/** Records a cross-reference on every other issue that `text` mentions as `#N`. */
export function crossReference(world: World, source: number, text: string | null, actor: string) {
  if (!text) return;
  const seen = new Set<number>();
  for (const match of text.matchAll(/(?:^|[^\w&])#(\d{1,9})\b/g)) {
    const target = Number(match[1]);
    if (target === source || seen.has(target) || !world.issues.has(target)) continue;
    seen.add(target);
    world.record({ issue: target, event: 'cross-referenced', actor, source });
  }
}

/** Bumps updated_at to now. */
export function touch(world: World, issue: IssueRecord): void {
  issue.updatedAt = world.clock.iso();
}

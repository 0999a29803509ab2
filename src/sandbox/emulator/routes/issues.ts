import { GitHubError, notFound, validationFailed } from '../errors.ts';
import type { IssueRecord } from '../model.ts';
import { paginate } from '../paginate.ts';
import type { Route, RouteContext } from '../router.ts';
import { labelJson } from '../serialize.ts';
import { issueRestJson } from '../serialize-fields.ts';
import { emitIssueEvent } from '../serialize-pull.ts';
import type { World } from '../world.ts';
import {
  bodyField,
  issueParam,
  labelNames,
  mayEdit,
  requireRepo,
  requireRole,
  stringField,
} from './helpers.ts';
import {
  addAssignees,
  addLabels,
  closeIssue,
  crossReference,
  editIssue,
  removeAssignees,
  removeLabel,
  reopenIssue,
  setLabels,
} from './issue-changes.ts';
import { setFieldValues } from './issue-fields.ts';

const R = '/repos/{owner}/{repo}';

/** Issues: create, get, update, list, and their labels and assignees. */
export const issueRoutes: Route[] = [
  { method: 'POST', path: `${R}/issues`, handler: createIssue },
  { method: 'GET', path: `${R}/issues`, handler: listIssues },
  {
    method: 'GET',
    path: `${R}/issues/{issue_number}`,
    handler: (ctx) => ({ status: 200, body: issueRestJson(ctx.world, issueParam(ctx)) }),
  },
  { method: 'PATCH', path: `${R}/issues/{issue_number}`, handler: updateIssue },
  {
    method: 'GET',
    path: `${R}/issues/{issue_number}/labels`,
    handler: (ctx) => {
      const issue = issueParam(ctx);
      return paginate(ctx, issue.labels.map(labelOf(ctx)), (l) => labelJson(ctx.world, l));
    },
  },
  {
    method: 'POST',
    path: `${R}/issues/{issue_number}/labels`,
    handler: (ctx) => {
      const issue = issueParam(ctx);
      requireRole(ctx, 'triage');
      addLabels(ctx.world, issue, labelNames(ctx), ctx.caller.login);
      return { status: 200, body: issue.labels.map((n) => labelJson(ctx.world, labelOf(ctx)(n))) };
    },
  },
  {
    method: 'PUT',
    path: `${R}/issues/{issue_number}/labels`,
    handler: (ctx) => {
      const issue = issueParam(ctx);
      requireRole(ctx, 'triage');
      setLabels(ctx.world, issue, labelNames(ctx), ctx.caller.login);
      return { status: 200, body: issue.labels.map((n) => labelJson(ctx.world, labelOf(ctx)(n))) };
    },
  },
  {
    method: 'DELETE',
    path: `${R}/issues/{issue_number}/labels/{name}`,
    handler: (ctx) => {
      const issue = issueParam(ctx);
      requireRole(ctx, 'triage');
      if (!removeLabel(ctx.world, issue, ctx.params.name ?? '', ctx.caller.login)) {
        throw new GitHubError(404, 'Label does not exist');
      }
      return { status: 200, body: issue.labels.map((n) => labelJson(ctx.world, labelOf(ctx)(n))) };
    },
  },
  {
    method: 'POST',
    path: `${R}/issues/{issue_number}/assignees`,
    handler: (ctx) => {
      const issue = issueParam(ctx);
      requireRole(ctx, 'triage');
      addAssignees(ctx.world, issue, logins(ctx), ctx.caller.login);
      return { status: 201, body: issueRestJson(ctx.world, issue) };
    },
  },
  {
    method: 'DELETE',
    path: `${R}/issues/{issue_number}/assignees`,
    handler: (ctx) => {
      const issue = issueParam(ctx);
      requireRole(ctx, 'triage');
      removeAssignees(ctx.world, issue, logins(ctx), ctx.caller.login);
      return { status: 200, body: issueRestJson(ctx.world, issue) };
    },
  },
  {
    method: 'GET',
    path: `${R}/labels`,
    handler: (ctx) => {
      requireRepo(ctx);
      return paginate(ctx, [...ctx.world.labels.values()], (l) => labelJson(ctx.world, l));
    },
  },
  {
    method: 'GET',
    path: `${R}/labels/{name}`,
    handler: (ctx) => {
      requireRepo(ctx);
      const label = ctx.world.findLabel(ctx.params.name ?? '');
      if (!label) throw notFound();
      return { status: 200, body: labelJson(ctx.world, label) };
    },
  },
  {
    method: 'POST',
    path: `${R}/labels`,
    handler: (ctx) => {
      requireRepo(ctx);
      requireRole(ctx, 'write');
      const name = stringField(ctx, 'name') ?? '';
      if (ctx.world.findLabel(name)) {
        throw validationFailed({ resource: 'Label', code: 'already_exists', field: 'name' });
      }
      const color = (stringField(ctx, 'color') ?? 'ededed').replace(/^#/, '');
      const label = ctx.world.ensureLabel(name, color, stringField(ctx, 'description') ?? null);
      return { status: 201, body: labelJson(ctx.world, label) };
    },
  },
];

function labelOf(ctx: RouteContext) {
  return (name: string) =>
    ctx.world.findLabel(name) ?? {
      id: 0,
      name,
      color: 'ededed',
      description: null,
      isDefault: false,
    };
}

function logins(ctx: RouteContext): string[] {
  const raw = ctx.body.assignees;
  return Array.isArray(raw) ? raw.filter((l): l is string => typeof l === 'string') : [];
}

function createIssue(ctx: RouteContext) {
  requireRepo(ctx);
  const { world } = ctx;
  const title = stringField(ctx, 'title');
  if (!title) throw validationFailed({ resource: 'Issue', code: 'missing_field', field: 'title' });
  const issue = world.openIssue({
    title,
    body: bodyField(ctx, 'Issue') ?? null,
    user: ctx.caller.login,
  });
  emitIssueEvent(world, issue, 'opened', ctx.caller.login);
  crossReference(world, issue.number, issue.body, ctx.caller.login);
  // Labels and assignees given at creation arrive as their own webhooks, after `opened`.
  if (mayEdit(ctx, '')) {
    addLabels(world, issue, labelNames(ctx), ctx.caller.login);
    addAssignees(world, issue, logins(ctx), ctx.caller.login);
    setFieldValues(world, issue, ctx.body.issue_field_values);
    setIssueType(world, issue, ctx.body.type);
  }
  return { status: 201, body: issueRestJson(world, issue) };
}

function updateIssue(ctx: RouteContext) {
  const issue = issueParam(ctx);
  const { world } = ctx;
  const actor = ctx.caller.login;
  if (!mayEdit(ctx, issue.user)) throw new GitHubError(403, 'Must have push access to repository');
  const body = ctx.body;
  editIssue(
    world,
    issue,
    {
      title: stringField(ctx, 'title'),
      body: bodyField(ctx, 'Issue'),
    },
    actor,
  );
  if (Array.isArray(body.labels)) setLabels(world, issue, labelNames(ctx), actor);
  setFieldValues(world, issue, body.issue_field_values);
  setIssueType(world, issue, body.type);
  if (Array.isArray(body.assignees)) {
    const wanted = logins(ctx);
    removeAssignees(
      world,
      issue,
      issue.assignees.filter((l) => !wanted.includes(l)),
      actor,
    );
    addAssignees(world, issue, wanted, actor);
  }
  if (body.state === 'closed') {
    const reason = body.state_reason as IssueRecord['stateReason'] | undefined;
    closeIssue(world, issue, reason ?? 'completed', actor);
  } else if (body.state === 'open') {
    reopenIssue(world, issue, actor);
  }
  return { status: 200, body: issueRestJson(world, issue) };
}

function listIssues(ctx: RouteContext) {
  requireRepo(ctx);
  const q = ctx.query;
  const state = q.get('state') ?? 'open';
  const labels = (q.get('labels') ?? '')
    .split(',')
    .map((l) => l.trim().toLowerCase())
    .filter(Boolean);
  const assignee = q.get('assignee');
  const creator = q.get('creator');
  const since = q.get('since');
  const sort = q.get('sort') ?? 'created';
  const direction = q.get('direction') ?? 'desc';
  const list = [...ctx.world.issues.values()].filter((issue) => {
    if (state !== 'all' && issue.state !== state) return false;
    const mine = issue.labels.map((l) => l.toLowerCase());
    if (!labels.every((l) => mine.includes(l))) return false;
    if (assignee === 'none' && issue.assignees.length > 0) return false;
    if (assignee === '*' && issue.assignees.length === 0) return false;
    if (
      assignee &&
      assignee !== '*' &&
      assignee !== 'none' &&
      !issue.assignees.includes(assignee)
    ) {
      return false;
    }
    if (creator && issue.user !== creator) return false;
    if (since && issue.updatedAt < since) return false;
    return true;
  });
  const key = (i: IssueRecord) => (sort === 'updated' ? i.updatedAt : i.createdAt);
  list.sort((a, b) => {
    const order = key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : a.number - b.number;
    return direction === 'asc' ? order : -order;
  });
  return paginate(ctx, list, (issue) => issueRestJson(ctx.world, issue));
}

/**
 * `type` on create or update: one of the organisation's issue types by name, or null to clear.
 * GitHub drops a name the organisation does not have without an error (callers with push
 * access only, which the routes check before).
 */
function setIssueType(world: World, issue: IssueRecord, raw: unknown): void {
  if (raw === null) issue.typeId = undefined;
  else if (typeof raw === 'string') {
    const type = world.findIssueType(raw);
    if (type) issue.typeId = type.id;
  }
}

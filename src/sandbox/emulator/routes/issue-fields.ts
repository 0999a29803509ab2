import { GitHubError, notFound, validationFailed } from '../errors.ts';
import type { IssueRecord } from '../model.ts';
import { paginate } from '../paginate.ts';
import type { Route } from '../router.ts';
import { fieldValuesJson, issueFieldJson } from '../serialize-fields.ts';
import type { World } from '../world.ts';
import { issueParam, requireRole } from './helpers.ts';

const R = '/repos/{owner}/{repo}';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Issue fields: the organisation's definitions and the values on its issues. Listing the
 * definitions needs the App's organisation permission, which an Action's token cannot have.
 * Values are silently dropped while the feature is off, as GitHub does.
 */
export const issueFieldRoutes: Route[] = [
  {
    method: 'GET',
    path: '/orgs/{org}/issue-fields',
    handler: (ctx) => {
      const org = ctx.world.accounts.get(ctx.world.owner);
      if (ctx.params.org?.toLowerCase() !== ctx.world.owner.toLowerCase() || !org) {
        throw notFound();
      }
      if (org.type !== 'Organization') throw notFound();
      if (ctx.caller.login === 'github-actions[bot]') {
        throw new GitHubError(403, 'Resource not accessible by integration');
      }
      return { status: 200, body: ctx.world.issueFields.fields.map(issueFieldJson) };
    },
  },
  {
    method: 'GET',
    path: `${R}/issues/{issue_number}/issue-field-values`,
    handler: (ctx) => {
      const issue = issueParam(ctx);
      return paginate(ctx, fieldValuesJson(ctx.world, issue), (v) => v);
    },
  },
  {
    method: 'POST',
    path: `${R}/issues/{issue_number}/issue-field-values`,
    handler: (ctx) => {
      const issue = issueParam(ctx);
      requireRole(ctx, 'write');
      setFieldValues(ctx.world, issue, ctx.body.issue_field_values);
      return { status: 200, body: fieldValuesJson(ctx.world, issue) };
    },
  },
  {
    method: 'DELETE',
    path: `${R}/issues/{issue_number}/issue-field-values/{issue_field_id}`,
    handler: (ctx) => {
      const issue = issueParam(ctx);
      requireRole(ctx, 'write');
      const id = Number(ctx.params.issue_field_id);
      if (!issue.fieldValues?.has(id)) throw notFound();
      issue.fieldValues.delete(id);
      issue.updatedAt = ctx.world.clock.iso();
      return { status: 204 };
    },
  },
];

/**
 * Applies `issue_field_values` (from create, update or the values endpoint): each must name a
 * field of the organisation with a value of its type. Nothing changes while the feature is off.
 */
export function setFieldValues(world: World, issue: IssueRecord, raw: unknown): void {
  if (raw === undefined) return;
  if (!Array.isArray(raw)) throw invalid('issue_field_values must be an array');
  const checked = raw.map((entry) => {
    const { field_id, value } = (entry ?? {}) as { field_id?: unknown; value?: unknown };
    const field = world.issueFields.fields.find((f) => f.id === field_id);
    if (!field) throw invalid(`Issue field ${String(field_id)} does not exist`);
    const ok =
      field.dataType === 'number'
        ? typeof value === 'number'
        : field.dataType === 'date'
          ? typeof value === 'string' && DAY.test(value) && !Number.isNaN(Date.parse(value))
          : field.dataType === 'single_select'
            ? typeof value === 'string' && field.options.includes(value)
            : typeof value === 'string';
    if (!ok) throw invalid(`Invalid value for issue field ${field.name}`);
    return { id: field.id, value: value as string | number };
  });
  if (!world.issueFields.enabled || issue.pull) return;
  issue.fieldValues ??= new Map();
  for (const { id, value } of checked) issue.fieldValues.set(id, value);
  issue.updatedAt = world.clock.iso();
}

function invalid(message: string): GitHubError {
  return validationFailed({ resource: 'IssueFieldValue', code: 'invalid', message });
}

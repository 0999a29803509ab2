import { GitHubError, notFound, validationFailed } from '../errors.ts';
import type { IssueRecord } from '../model.ts';
import { paginate } from '../paginate.ts';
import type { Route, RouteContext } from '../router.ts';
import { issueRestJson } from '../serialize-fields.ts';
import type { World } from '../world.ts';
import { issueParam, requireRole } from './helpers.ts';

const R = '/repos/{owner}/{repo}';

/** GitHub's limit of sub-issues per parent (closed ones count). */
export const MAX_SUB_ISSUES = 100;

/**
 * Sub-issues: link a child (by database id, not number) under a parent, and list a parent's
 * children in the order they were added. GitHub sends a `sub_issues` webhook too, but
 * @octokit/webhooks-schemas does not publish it, so the emulator does not send it.
 */
export const subIssueRoutes: Route[] = [
  { method: 'POST', path: `${R}/issues/{issue_number}/sub_issues`, handler: addSubIssue },
  {
    method: 'GET',
    path: `${R}/issues/{issue_number}/sub_issues`,
    handler: (ctx) => {
      const parent = issueParam(ctx);
      return paginate(ctx, subIssuesOf(ctx.world, parent.number), (i) =>
        issueRestJson(ctx.world, i),
      );
    },
  },
];

/** The children of an issue, in the order they were linked. */
export function subIssuesOf(world: World, parent: number): IssueRecord[] {
  return [...world.issues.values()]
    .filter((i) => i.parent?.number === parent)
    .sort((a, b) => (a.parent?.seq ?? 0) - (b.parent?.seq ?? 0));
}

function addSubIssue(ctx: RouteContext) {
  const parent = issueParam(ctx);
  requireRole(ctx, 'triage');
  const { world } = ctx;
  const id = ctx.body.sub_issue_id;
  if (typeof id !== 'number' || !Number.isInteger(id)) {
    throw validationFailed({ resource: 'Issue', code: 'missing_field', field: 'sub_issue_id' });
  }
  const child = [...world.issues.values()].find((i) => i.id === id);
  if (!child) throw notFound();
  if (child.pull || parent.pull) {
    throw new GitHubError(422, 'Pull requests cannot be sub-issues or parents');
  }
  if (child.number === parent.number) {
    throw new GitHubError(422, 'An issue cannot be a sub-issue of itself');
  }
  if (child.parent && !ctx.body.replace_parent) {
    throw new GitHubError(
      422,
      'Issue may not contain duplicate sub-issues or have more than one parent',
    );
  }
  if (
    child.parent?.number !== parent.number &&
    subIssuesOf(world, parent.number).length >= MAX_SUB_ISSUES
  ) {
    throw new GitHubError(422, `Parent issue may not have more than ${MAX_SUB_ISSUES} sub-issues`);
  }
  child.parent = { number: parent.number, seq: world.nextId('seq') };
  return { status: 201, body: issueRestJson(world, parent) };
}

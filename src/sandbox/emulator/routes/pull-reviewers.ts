import { validationFailed } from '../errors.ts';
import type { Route, RouteContext } from '../router.ts';
import { userJson } from '../serialize.ts';
import { emitIssueEvent, pullJson } from '../serialize-pull.ts';
import { requireRole } from './helpers.ts';
import { touch } from './issue-changes.ts';
import { pullParam } from './pulls.ts';

const R = '/repos/{owner}/{repo}';

/** Requested reviewers of a pull request: who is asked, and asking more. */
export const pullReviewerRoutes: Route[] = [
  {
    method: 'GET',
    path: `${R}/pulls/{pull_number}/requested_reviewers`,
    handler: (ctx) => {
      const pull = pullParam(ctx);
      const users = pull.pull?.requestedReviewers.map((l) => userJson(ctx.world, l)) ?? [];
      return { status: 200, body: { users, teams: [] } };
    },
  },
  {
    method: 'POST',
    path: `${R}/pulls/{pull_number}/requested_reviewers`,
    handler: requestReviewers,
  },
];

function requestReviewers(ctx: RouteContext) {
  const issue = pullParam(ctx);
  requireRole(ctx, 'write');
  const { world } = ctx;
  const reviewers = Array.isArray(ctx.body.reviewers) ? (ctx.body.reviewers as string[]) : [];
  if (reviewers.includes(issue.user)) {
    throw validationFailed({
      resource: 'PullRequest',
      code: 'custom',
      message: 'Review cannot be requested from pull request author.',
    });
  }
  for (const login of reviewers) {
    if (!world.roles.has(login)) {
      throw validationFailed({
        resource: 'PullRequest',
        code: 'custom',
        message:
          'Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the repository.',
      });
    }
  }
  for (const login of reviewers) {
    if (issue.pull?.requestedReviewers.includes(login)) continue;
    issue.pull?.requestedReviewers.push(login);
    touch(world, issue);
    world.record({
      issue: issue.number,
      event: 'review_requested',
      actor: ctx.caller.login,
      reviewer: login,
    });
    emitIssueEvent(world, issue, 'review_requested', ctx.caller.login, {
      requested_reviewer: userJson(world, login),
    });
  }
  return { status: 201, body: pullJson(world, issue) };
}

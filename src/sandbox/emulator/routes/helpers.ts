import { GitHubError, notFound, validationFailed } from '../errors.ts';
import type { IssueRecord, Role } from '../model.ts';
import type { RouteContext } from '../router.ts';

const RANK: Record<Role, number> = { read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };

/** 404 unless the request names the emulated repository (as GitHub does for unknown repos). */
export function requireRepo(ctx: RouteContext): void {
  const { owner, repo } = ctx.params;
  if (
    owner?.toLowerCase() !== ctx.world.owner.toLowerCase() ||
    repo?.toLowerCase() !== ctx.world.repo.toLowerCase()
  ) {
    throw notFound();
  }
}

/** An integer path parameter; GitHub answers 404 for non-numbers in these positions. */
export function intParam(ctx: RouteContext, name: string): number {
  const value = Number(ctx.params[name]);
  if (!Number.isInteger(value) || value < 1) throw notFound();
  return value;
}

/** The issue (or pull request) named by `issue_number` / `pull_number`. */
export function issueParam(ctx: RouteContext, name = 'issue_number'): IssueRecord {
  requireRepo(ctx);
  const issue = ctx.world.issues.get(intParam(ctx, name));
  if (!issue) throw notFound();
  return issue;
}

/** The caller's role; the app's installation and the Actions token write like a maintainer. */
export function roleOf(ctx: RouteContext): Role | undefined {
  if (ctx.caller.kind !== 'user') return 'maintain';
  return ctx.world.roles.get(ctx.caller.login);
}

/** 403 unless the caller holds at least `min` on the repository. */
export function requireRole(ctx: RouteContext, min: Role): void {
  const role = roleOf(ctx);
  if (role !== undefined && RANK[role] >= RANK[min]) return;
  if (ctx.caller.kind === 'user' && role === undefined) throw notFound();
  throw new GitHubError(403, 'Must have push access to repository');
}

/** True when the caller may edit what `author` wrote (their own, or triage and above). */
export function mayEdit(ctx: RouteContext, author: string): boolean {
  const role = roleOf(ctx);
  return author === ctx.caller.login || (role !== undefined && RANK[role] >= RANK.triage);
}

/** A string field of the JSON body, or undefined. */
export function stringField(ctx: RouteContext, key: string): string | undefined {
  const value = ctx.body[key];
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** Label names from any of the body shapes the labels endpoints accept. */
export function labelNames(ctx: RouteContext): string[] {
  const raw = Array.isArray(ctx.body) ? ctx.body : (ctx.body.labels ?? []);
  const list = Array.isArray(raw) ? raw : [raw];
  return list
    .map((item: unknown) =>
      typeof item === 'string' ? item : (item as { name?: unknown } | null)?.name,
    )
    .filter((name): name is string => typeof name === 'string' && name.length > 0);
}

/** GitHub's limit on the body of an issue, a pull request or a comment. */
export const MAX_BODY = 65536;

/**
 * The `body` field of an issue or pull request create or update: undefined when absent, and
 * GitHub's 422 when it is longer than GitHub takes (as for comments).
 */
export function bodyField(
  ctx: RouteContext,
  resource: 'Issue' | 'PullRequest',
): string | null | undefined {
  if (!('body' in ctx.body)) return undefined;
  const body = ctx.body.body;
  if (typeof body === 'string' && body.length > MAX_BODY) {
    throw validationFailed({
      resource,
      code: 'custom',
      field: 'body',
      message: `body is too long (maximum is ${MAX_BODY} characters)`,
    });
  }
  return typeof body === 'string' ? body : body === null ? null : undefined;
}

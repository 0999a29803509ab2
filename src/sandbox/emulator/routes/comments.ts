import { GitHubError, notFound, validationFailed } from '../errors.ts';
import type { CommentRecord, TimelineRecord } from '../model.ts';
import { paginate } from '../paginate.ts';
import type { Route, RouteContext } from '../router.ts';
import { commentJson, envelope, issueJson } from '../serialize.ts';
import { intParam, issueParam, MAX_BODY, mayEdit, requireRepo } from './helpers.ts';
import { crossReference, touch } from './issue-changes.ts';
import { timelineJson } from './timeline-json.ts';

const R = '/repos/{owner}/{repo}';

/** Issue comments (create, edit, delete, list) and the REST issue timeline. */
export const commentRoutes: Route[] = [
  {
    method: 'GET',
    path: `${R}/issues/{issue_number}/comments`,
    handler: (ctx) => {
      const issue = issueParam(ctx);
      const since = ctx.query.get('since');
      const list = commentsOf(ctx, issue.number).filter((c) => !since || c.updatedAt >= since);
      return paginate(ctx, list, (c) => commentJson(ctx.world, c));
    },
  },
  { method: 'POST', path: `${R}/issues/{issue_number}/comments`, handler: createComment },
  {
    method: 'GET',
    path: `${R}/issues/comments/{comment_id}`,
    handler: (ctx) => ({ status: 200, body: commentJson(ctx.world, commentParam(ctx)) }),
  },
  { method: 'PATCH', path: `${R}/issues/comments/{comment_id}`, handler: updateComment },
  { method: 'DELETE', path: `${R}/issues/comments/{comment_id}`, handler: deleteComment },
  {
    method: 'GET',
    path: `${R}/issues/{issue_number}/timeline`,
    handler: (ctx) => {
      const issue = issueParam(ctx);
      const items: (TimelineRecord | CommentRecord)[] = [
        ...ctx.world.timeline.filter((t) => t.issue === issue.number),
        ...commentsOf(ctx, issue.number),
      ];
      items.sort((a, b) => a.seq - b.seq);
      return paginate(ctx, items, (item) => timelineJson(ctx.world, item));
    },
  },
];

function commentsOf(ctx: RouteContext, issue: number): CommentRecord[] {
  return [...ctx.world.comments.values()].filter((c) => c.issue === issue);
}

function commentParam(ctx: RouteContext): CommentRecord {
  requireRepo(ctx);
  const comment = ctx.world.comments.get(intParam(ctx, 'comment_id'));
  if (!comment) throw notFound();
  return comment;
}

function bodyOf(ctx: RouteContext): string {
  const body = ctx.body.body;
  if (typeof body !== 'string') {
    throw validationFailed({ resource: 'IssueComment', code: 'missing_field', field: 'body' });
  }
  if (body.length > MAX_BODY) {
    throw validationFailed({
      resource: 'IssueComment',
      code: 'custom',
      field: 'body',
      message: `body is too long (maximum is ${MAX_BODY} characters)`,
    });
  }
  return body;
}

function emitComment(ctx: RouteContext, comment: CommentRecord, action: string, extra = {}) {
  const issue = ctx.world.issues.get(comment.issue);
  if (!issue) return;
  const { repository, sender, installation } = envelope(ctx.world, ctx.caller.login);
  ctx.world.emit('issue_comment', {
    action,
    ...extra,
    issue: issueJson(ctx.world, issue),
    comment: commentJson(ctx.world, comment),
    repository,
    sender,
    installation,
  });
}

function createComment(ctx: RouteContext) {
  const issue = issueParam(ctx);
  const body = bodyOf(ctx);
  const now = ctx.world.clock.iso();
  const comment: CommentRecord = {
    id: ctx.world.nextId('comment'),
    seq: ctx.world.nextId('seq'),
    issue: issue.number,
    user: ctx.caller.login,
    body,
    createdAt: now,
    updatedAt: now,
  };
  ctx.world.comments.set(comment.id, comment);
  touch(ctx.world, issue);
  emitComment(ctx, comment, 'created');
  crossReference(ctx.world, issue.number, body, ctx.caller.login);
  const headers = { location: commentJson(ctx.world, comment).url as string };
  return { status: 201, body: commentJson(ctx.world, comment), headers };
}

function updateComment(ctx: RouteContext) {
  const comment = commentParam(ctx);
  const body = bodyOf(ctx);
  if (!mayEdit(ctx, comment.user))
    throw new GitHubError(403, 'Must have push access to repository');
  if (body !== comment.body) {
    const from = comment.body;
    comment.revisions = [...(comment.revisions ?? []), { at: comment.updatedAt, body: from }];
    comment.body = body;
    comment.updatedAt = ctx.world.clock.iso();
    emitComment(ctx, comment, 'edited', { changes: { body: { from } } });
  }
  return { status: 200, body: commentJson(ctx.world, comment) };
}

function deleteComment(ctx: RouteContext) {
  const comment = commentParam(ctx);
  if (!mayEdit(ctx, comment.user))
    throw new GitHubError(403, 'Must have push access to repository');
  // The webhook carries the comment as it was; build it before the record goes.
  emitComment(ctx, comment, 'deleted');
  ctx.world.comments.delete(comment.id);
  return { status: 204 };
}

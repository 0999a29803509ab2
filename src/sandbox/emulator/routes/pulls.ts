import { GitHubError, validationFailed } from '../errors.ts';
import { diffTrees, putCommit, putTree, treeAt } from '../git.ts';
import type { IssueRecord } from '../model.ts';
import { paginate } from '../paginate.ts';
import { emitPush } from '../push-event.ts';
import type { Route, RouteContext } from '../router.ts';
import { HTML_URL } from '../serialize.ts';
import { emitIssueEvent, pullJson } from '../serialize-pull.ts';
import {
  bodyField,
  issueParam,
  mayEdit,
  requireRepo,
  requireRole,
  stringField,
} from './helpers.ts';
import { closeIssue, crossReference, editIssue, reopenIssue } from './issue-changes.ts';

const R = '/repos/{owner}/{repo}';

/** Pull requests: create, get, list, update, merge and files (reviewers: pull-reviewers.ts). */
export const pullRoutes: Route[] = [
  { method: 'POST', path: `${R}/pulls`, handler: createPull },
  { method: 'GET', path: `${R}/pulls`, handler: listPulls },
  {
    method: 'GET',
    path: `${R}/pulls/{pull_number}`,
    handler: (ctx) => ({ status: 200, body: pullJson(ctx.world, pullParam(ctx)) }),
  },
  { method: 'PATCH', path: `${R}/pulls/{pull_number}`, handler: updatePull },
  { method: 'PUT', path: `${R}/pulls/{pull_number}/merge`, handler: mergePull },
  {
    // The pull requests a commit belongs to: the one it merged, or whose head it is.
    method: 'GET',
    path: `${R}/commits/{commit_sha}/pulls`,
    handler: (ctx) => {
      requireRepo(ctx);
      const sha = ctx.params.commit_sha ?? '';
      const pulls = [...ctx.world.issues.values()].filter(
        (i) => i.pull && (i.pull.mergeCommitSha === sha || i.pull.headSha === sha),
      );
      return paginate(ctx, pulls, (i) => pullJson(ctx.world, i));
    },
  },
  {
    method: 'GET',
    path: `${R}/pulls/{pull_number}/files`,
    handler: (ctx) => {
      const pull = pullParam(ctx);
      return paginate(ctx, filesOf(ctx, pull), (f) => f);
    },
  },
];

/** The pull request a route names, or GitHub's 404. */
export function pullParam(ctx: RouteContext): IssueRecord {
  const issue = issueParam(ctx, 'pull_number');
  if (!issue.pull) throw new GitHubError(404, 'Not Found');
  return issue;
}

function createPull(ctx: RouteContext) {
  requireRepo(ctx);
  requireRole(ctx, 'write');
  const { world } = ctx;
  const title = stringField(ctx, 'title');
  const head = (stringField(ctx, 'head') ?? '').replace(/^[^:]+:/, '');
  const base = stringField(ctx, 'base') ?? '';
  const headSha = world.branchSha(head);
  const baseSha = world.branchSha(base);
  if (!title)
    throw validationFailed({ resource: 'PullRequest', code: 'missing_field', field: 'title' });
  if (!headSha) throw validationFailed({ resource: 'PullRequest', code: 'invalid', field: 'head' });
  if (!baseSha) throw validationFailed({ resource: 'PullRequest', code: 'invalid', field: 'base' });
  const open = [...world.issues.values()].find(
    (i) => i.pull && i.state === 'open' && i.pull.head === head && i.pull.base === base,
  );
  if (open) {
    throw validationFailed({
      resource: 'PullRequest',
      code: 'custom',
      message: `A pull request already exists for ${world.owner}:${head}.`,
    });
  }
  if (headSha === baseSha) {
    throw validationFailed({
      resource: 'PullRequest',
      code: 'custom',
      message: `No commits between ${base} and ${head}`,
    });
  }
  const issue = world.openIssue({
    title,
    body: bodyField(ctx, 'PullRequest') ?? null,
    user: ctx.caller.login,
    pull: {
      head,
      headSha,
      base,
      baseSha,
      draft: ctx.body.draft === true,
      merged: false,
      mergedAt: null,
      mergedBy: null,
      mergeCommitSha: null,
      requestedReviewers: [],
    },
  });
  emitIssueEvent(world, issue, 'opened', ctx.caller.login);
  crossReference(world, issue.number, issue.body, ctx.caller.login);
  return { status: 201, body: pullJson(world, issue) };
}

function listPulls(ctx: RouteContext) {
  requireRepo(ctx);
  const q = ctx.query;
  const state = q.get('state') ?? 'open';
  const head = q.get('head')?.replace(/^[^:]+:/, '');
  const base = q.get('base');
  const direction = q.get('direction') ?? 'desc';
  const list = [...ctx.world.issues.values()].filter(
    (i) =>
      i.pull &&
      (state === 'all' || i.state === state) &&
      (!head || i.pull.head === head) &&
      (!base || i.pull.base === base),
  );
  list.sort((a, b) => (direction === 'asc' ? a.number - b.number : b.number - a.number));
  return paginate(ctx, list, (i) => pullJson(ctx.world, i));
}

function updatePull(ctx: RouteContext) {
  const issue = pullParam(ctx);
  if (!mayEdit(ctx, issue.user)) throw new GitHubError(403, 'Must have push access to repository');
  const body = ctx.body;
  editIssue(
    ctx.world,
    issue,
    {
      title: stringField(ctx, 'title'),
      body: bodyField(ctx, 'PullRequest'),
    },
    ctx.caller.login,
  );
  if (body.state === 'closed') closeIssue(ctx.world, issue, null, ctx.caller.login);
  if (body.state === 'open' && !issue.pull?.merged) reopenIssue(ctx.world, issue, ctx.caller.login);
  return { status: 200, body: pullJson(ctx.world, issue) };
}

function mergePull(ctx: RouteContext) {
  const issue = pullParam(ctx);
  requireRole(ctx, 'write');
  const { world } = ctx;
  const pull = issue.pull;
  if (!pull || pull.merged || issue.state === 'closed') {
    throw new GitHubError(405, 'Pull Request is not mergeable');
  }
  const expected = stringField(ctx, 'sha');
  if (expected && expected !== pull.headSha) {
    throw new GitHubError(409, 'Head branch was modified. Review and try the merge again.');
  }
  const baseHead = world.branchSha(pull.base) ?? pull.baseSha;
  // Apply the PR's changes (head against its merge base) onto the base branch's tip.
  const change = diffTrees(world, pull.baseSha, pull.headSha);
  const headFiles = treeAt(world, pull.headSha);
  const files = treeAt(world, baseHead);
  for (const path of [...change.added, ...change.modified])
    files.set(path, headFiles.get(path) ?? '');
  for (const path of change.removed) files.delete(path);
  const method = stringField(ctx, 'merge_method') ?? 'merge';
  const title =
    stringField(ctx, 'commit_title') ??
    `Merge pull request #${issue.number} from ${world.owner}/${pull.head}`;
  const message = `${title}\n\n${stringField(ctx, 'commit_message') ?? issue.title}`;
  const parents = method === 'merge' ? [baseHead, pull.headSha] : [baseHead];
  const sha = putCommit(world, {
    tree: putTree(world, files),
    parents,
    message,
    pusher: ctx.caller.login,
  });
  world.refs.set(`refs/heads/${pull.base}`, sha);
  pull.merged = true;
  pull.mergedAt = world.clock.iso();
  pull.mergedBy = ctx.caller.login;
  pull.mergeCommitSha = sha;
  world.record({ issue: issue.number, event: 'merged', actor: ctx.caller.login, commitId: sha });
  emitPush(world, `refs/heads/${pull.base}`, baseHead, sha, ctx.caller.login);
  closeIssue(world, issue, null, ctx.caller.login);
  return { status: 200, body: { sha, merged: true, message: 'Pull Request successfully merged' } };
}

function filesOf(ctx: RouteContext, issue: IssueRecord) {
  const { world } = ctx;
  const pull = issue.pull;
  if (!pull) return [];
  const change = diffTrees(world, pull.baseSha, pull.headSha);
  const head = treeAt(world, pull.headSha);
  const base = treeAt(world, pull.baseSha);
  const html = `${HTML_URL}/${world.owner}/${world.repo}`;
  const api = `${world.apiUrl}/repos/${world.owner}/${world.repo}`;
  const entry = (filename: string, status: string) => {
    const blob = (status === 'removed' ? base : head).get(filename) ?? '';
    const lines = (world.blobs.get(blob) ?? '').split('\n').length;
    const additions = status === 'removed' ? 0 : lines;
    const deletions =
      status === 'added' ? 0 : (world.blobs.get(base.get(filename) ?? '') ?? '').split('\n').length;
    return {
      sha: blob,
      filename,
      status,
      additions,
      deletions,
      changes: additions + deletions,
      blob_url: `${html}/blob/${pull.headSha}/${encodePath(filename)}`,
      raw_url: `${html}/raw/${pull.headSha}/${encodePath(filename)}`,
      contents_url: `${api}/contents/${encodePath(filename)}?ref=${pull.headSha}`,
    };
  };
  return [
    ...change.added.map((f) => entry(f, 'added')),
    ...change.modified.map((f) => entry(f, 'modified')),
    ...change.removed.map((f) => entry(f, 'removed')),
  ].sort((a, b) => (a.filename < b.filename ? -1 : 1));
}

/** A file path in a URL: each segment encoded, the slashes kept (as GitHub writes them). */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

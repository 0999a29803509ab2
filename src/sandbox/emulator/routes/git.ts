import { GitHubError, notFound } from '../errors.ts';
import { putBlob, putCommit, putTree } from '../git.ts';
import { paginate } from '../paginate.ts';
import { emitPush } from '../push-event.ts';
import type { Route, RouteContext } from '../router.ts';
import { HTML_URL, userJson } from '../serialize.ts';
import { commitJson, refJson } from './git-json.ts';
import { requireRepo, requireRole, stringField } from './helpers.ts';

const R = '/repos/{owner}/{repo}';

/** Git data: refs (422 when creating one that exists), commits, trees, blobs; commit lists. */
export const gitRoutes: Route[] = [
  {
    method: 'GET',
    path: `${R}/git/ref/{ref}`,
    handler: (ctx) => {
      requireRepo(ctx);
      const ref = `refs/${ctx.params.ref ?? ''}`;
      const sha = ctx.world.refs.get(ref);
      if (!sha) throw notFound();
      return { status: 200, body: refJson(ctx.world, ref, sha) };
    },
  },
  {
    method: 'GET',
    path: `${R}/git/matching-refs/{ref}`,
    handler: (ctx) => {
      requireRepo(ctx);
      const prefix = `refs/${ctx.params.ref ?? ''}`;
      const list = [...ctx.world.refs.entries()].filter(([name]) => name.startsWith(prefix));
      return { status: 200, body: list.map(([name, sha]) => refJson(ctx.world, name, sha)) };
    },
  },
  { method: 'POST', path: `${R}/git/refs`, handler: createRef },
  { method: 'PATCH', path: `${R}/git/refs/{ref}`, handler: updateRef },
  {
    method: 'DELETE',
    path: `${R}/git/refs/{ref}`,
    handler: (ctx) => {
      requireRepo(ctx);
      requireRole(ctx, 'write');
      const ref = `refs/${ctx.params.ref ?? ''}`;
      if (!ctx.world.refs.delete(ref)) throw new GitHubError(422, 'Reference does not exist');
      return { status: 204 };
    },
  },
  {
    method: 'GET',
    path: `${R}/git/commits/{commit_sha}`,
    handler: (ctx) => {
      requireRepo(ctx);
      const sha = ctx.params.commit_sha ?? '';
      if (!ctx.world.commits.has(sha)) throw notFound();
      return { status: 200, body: commitJson(ctx.world, sha) };
    },
  },
  {
    method: 'POST',
    path: `${R}/git/commits`,
    handler: (ctx) => {
      requireRepo(ctx);
      requireRole(ctx, 'write');
      const tree = stringField(ctx, 'tree') ?? '';
      const parents = Array.isArray(ctx.body.parents) ? (ctx.body.parents as string[]) : [];
      if (!ctx.world.trees.has(tree) || parents.some((p) => !ctx.world.commits.has(p))) {
        throw new GitHubError(422, 'Object does not exist');
      }
      const author = ctx.body.author as { name?: string } | undefined;
      const sha = putCommit(ctx.world, {
        tree,
        parents,
        message: stringField(ctx, 'message') ?? '',
        pusher: ctx.caller.login,
        authorName: author?.name ?? ctx.caller.login,
      });
      return { status: 201, body: commitJson(ctx.world, sha) };
    },
  },
  {
    method: 'GET',
    path: `${R}/git/trees/{tree_sha}`,
    handler: (ctx) => {
      requireRepo(ctx);
      const { world } = ctx;
      const key = ctx.params.tree_sha ?? '';
      const tree = world.trees.get(key) ?? world.trees.get(world.commits.get(key)?.tree ?? '');
      if (!tree) throw notFound();
      return { status: 200, body: treeJson(ctx, tree.sha, tree.files) };
    },
  },
  { method: 'POST', path: `${R}/git/trees`, handler: createTree },
  {
    method: 'POST',
    path: `${R}/git/blobs`,
    handler: (ctx) => {
      requireRepo(ctx);
      requireRole(ctx, 'write');
      const raw = stringField(ctx, 'content') ?? '';
      const text = ctx.body.encoding === 'base64' ? Buffer.from(raw, 'base64').toString() : raw;
      const sha = putBlob(ctx.world, text);
      const url = `${ctx.world.apiUrl}/repos/${ctx.world.owner}/${ctx.world.repo}/git/blobs/${sha}`;
      return { status: 201, body: { url, sha } };
    },
  },
  {
    method: 'GET',
    path: `${R}/git/blobs/{file_sha}`,
    handler: (ctx) => {
      requireRepo(ctx);
      const sha = ctx.params.file_sha ?? '';
      const text = ctx.world.blobs.get(sha);
      if (text === undefined) throw notFound();
      const url = `${ctx.world.apiUrl}/repos/${ctx.world.owner}/${ctx.world.repo}/git/blobs/${sha}`;
      const content = Buffer.from(text).toString('base64');
      const size = Buffer.byteLength(text);
      return { status: 200, body: { sha, node_id: sha, url, size, content, encoding: 'base64' } };
    },
  },
  { method: 'GET', path: `${R}/commits`, handler: listCommits },
];

function treeJson(ctx: RouteContext, sha: string, files: Map<string, string>) {
  const api = `${ctx.world.apiUrl}/repos/${ctx.world.owner}/${ctx.world.repo}`;
  const tree = [...files.entries()].map(([path, blob]) => ({
    path,
    mode: '100644',
    type: 'blob',
    sha: blob,
    size: Buffer.byteLength(ctx.world.blobs.get(blob) ?? ''),
    url: `${api}/git/blobs/${blob}`,
  }));
  return { sha, url: `${api}/git/trees/${sha}`, tree, truncated: false };
}

function createTree(ctx: RouteContext) {
  requireRepo(ctx);
  requireRole(ctx, 'write');
  const { world } = ctx;
  const baseKey = stringField(ctx, 'base_tree');
  const base = baseKey ? world.trees.get(baseKey) : undefined;
  if (baseKey && !base) throw new GitHubError(422, 'Invalid tree info');
  const files = new Map(base?.files ?? []);
  const entries = Array.isArray(ctx.body.tree) ? ctx.body.tree : [];
  for (const entry of entries as { path?: string; sha?: string | null; content?: string }[]) {
    const path = entry.path ?? '';
    if (entry.content !== undefined) files.set(path, putBlob(world, entry.content));
    else if (entry.sha === null) files.delete(path);
    else if (entry.sha && world.blobs.has(entry.sha)) files.set(path, entry.sha);
    else throw new GitHubError(422, 'Invalid tree info');
  }
  const sha = putTree(world, files);
  return { status: 201, body: treeJson(ctx, sha, files) };
}

function createRef(ctx: RouteContext) {
  requireRepo(ctx);
  requireRole(ctx, 'write');
  const { world } = ctx;
  const ref = stringField(ctx, 'ref') ?? '';
  const sha = stringField(ctx, 'sha') ?? '';
  if (!/^refs\/.+\/.+/.test(ref)) {
    throw new GitHubError(
      422,
      "Reference name must start with 'refs/' and have at least two slashes.",
    );
  }
  if (world.refs.has(ref)) throw new GitHubError(422, 'Reference already exists');
  if (!world.commits.has(sha)) throw new GitHubError(422, 'Object does not exist');
  world.refs.set(ref, sha);
  if (pushable(ref)) emitPush(world, ref, undefined, sha, ctx.caller.login);
  return { status: 201, body: refJson(world, ref, sha) };
}

function updateRef(ctx: RouteContext) {
  requireRepo(ctx);
  requireRole(ctx, 'write');
  const { world } = ctx;
  const ref = `refs/${ctx.params.ref ?? ''}`;
  const before = world.refs.get(ref);
  if (!before) throw new GitHubError(422, 'Reference does not exist');
  const sha = stringField(ctx, 'sha') ?? '';
  if (!world.commits.has(sha)) throw new GitHubError(422, 'Object does not exist');
  if (ctx.body.force !== true && !isAncestor(ctx, before, sha)) {
    throw new GitHubError(422, 'Update is not a fast forward');
  }
  world.refs.set(ref, sha);
  if (sha !== before && pushable(ref)) emitPush(world, ref, before, sha, ctx.caller.login);
  return { status: 200, body: refJson(world, ref, sha) };
}

/**
 * GitHub sends `push` for branches and tags only ("a push to a repository branch ... when a
 * commit tag is pushed"): refs elsewhere, such as the scribe's claims, move without a webhook.
 */
function pushable(ref: string): boolean {
  return ref.startsWith('refs/heads/') || ref.startsWith('refs/tags/');
}

function isAncestor(ctx: RouteContext, ancestor: string, sha: string): boolean {
  const seen = new Set<string>();
  const queue = [sha];
  while (queue.length > 0) {
    const next = queue.pop() as string;
    if (next === ancestor) return true;
    if (seen.has(next)) continue;
    seen.add(next);
    queue.push(...(ctx.world.commits.get(next)?.parents ?? []));
  }
  return false;
}

function listCommits(ctx: RouteContext) {
  requireRepo(ctx);
  const { world } = ctx;
  const from = ctx.query.get('sha') ?? world.defaultBranch;
  let sha = world.commits.has(from) ? from : world.branchSha(from);
  if (!sha) throw notFound();
  const list: string[] = [];
  while (sha && list.length < 10_000) {
    list.push(sha);
    sha = world.commits.get(sha)?.parents[0];
  }
  return paginate(ctx, list, (id) => {
    const git = commitJson(world, id);
    const commit = world.commits.get(id);
    const login = commit?.pusher;
    const api = `${world.apiUrl}/repos/${world.owner}/${world.repo}`;
    return {
      url: `${api}/commits/${id}`,
      sha: id,
      node_id: git.node_id,
      html_url: `${HTML_URL}/${world.owner}/${world.repo}/commit/${id}`,
      comments_url: `${api}/commits/${id}/comments`,
      commit: {
        url: git.url,
        author: git.author,
        committer: git.committer,
        message: git.message,
        comment_count: 0,
        tree: git.tree,
        verification: git.verification,
      },
      author: login ? userJson(world, login) : null,
      committer: login ? userJson(world, login) : null,
      parents: git.parents,
    };
  });
}

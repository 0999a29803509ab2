import { GitHubError, notFound, validationFailed } from '../errors.ts';
import { commitToBranch, gitHash, treeAt } from '../git.ts';
import { emitPush } from '../push-event.ts';
import type { Route, RouteContext } from '../router.ts';
import { HTML_URL } from '../serialize.ts';
import type { World } from '../world.ts';
import { commitJson } from './git-json.ts';
import { requireRepo, requireRole, stringField } from './helpers.ts';

const R = '/repos/{owner}/{repo}';

/** The contents API: read a file or folder at a ref (JSON or raw), create or update a file. */
export const contentRoutes: Route[] = [
  { method: 'GET', path: `${R}/contents/{path}`, handler: getContent },
  { method: 'PUT', path: `${R}/contents/{path}`, handler: putContent },
];

/** The commit sha a `ref` query names: a branch, `heads/x`, `refs/heads/x` or a sha. */
export function resolveRef(world: World, ref: string | null): string | undefined {
  const name = ref ?? world.defaultBranch;
  if (world.commits.has(name)) return name;
  const short = name.replace(/^refs\//, '').replace(/^heads\//, '');
  return world.branchSha(short);
}

function fileJson(world: World, path: string, blob: string, ref: string, content?: string) {
  const api = `${world.apiUrl}/repos/${world.owner}/${world.repo}`;
  const html = `${HTML_URL}/${world.owner}/${world.repo}/blob/${ref}/${path}`;
  const text = world.blobs.get(blob) ?? '';
  const url = `${api}/contents/${path}?ref=${ref}`;
  return {
    type: 'file',
    encoding: 'base64',
    size: Buffer.byteLength(text),
    name: path.split('/').pop() ?? path,
    path,
    ...(content === undefined ? {} : { content }),
    sha: blob,
    url,
    git_url: `${api}/git/blobs/${blob}`,
    html_url: html,
    download_url: `https://raw.githubusercontent.com/${world.owner}/${world.repo}/${ref}/${path}`,
    _links: { self: url, git: `${api}/git/blobs/${blob}`, html },
  };
}

function base64Lines(text: string): string {
  // GitHub wraps the base64 body at 60 characters, and clients must cope with that.
  const b64 = Buffer.from(text, 'utf8').toString('base64');
  return `${b64.replace(/.{60}/g, '$&\n')}\n`;
}

function getContent(ctx: RouteContext) {
  requireRepo(ctx);
  const { world } = ctx;
  const refName = ctx.query.get('ref') ?? world.defaultBranch;
  const sha = resolveRef(world, refName);
  if (!sha) throw new GitHubError(404, `No commit found for the ref ${refName}`);
  const path = (ctx.params.path ?? '').replace(/^\/+|\/+$/g, '');
  const files = treeAt(world, sha);
  const blob = files.get(path);
  const accept = String(ctx.headers.accept ?? '');
  if (blob !== undefined) {
    if (/application\/vnd\.github(\.v3)?\.raw/.test(accept)) {
      return { status: 200, raw: world.blobs.get(blob) ?? '' };
    }
    const content = base64Lines(world.blobs.get(blob) ?? '');
    return { status: 200, body: fileJson(world, path, blob, refName, content) };
  }
  const prefix = `${path}/`;
  const children = new Map<string, { type: 'file' | 'dir'; blob?: string }>();
  for (const [file, fileBlob] of files) {
    if (!file.startsWith(prefix)) continue;
    const [head = '', ...rest] = file.slice(prefix.length).split('/');
    children.set(head, rest.length === 0 ? { type: 'file', blob: fileBlob } : { type: 'dir' });
  }
  if (children.size === 0) throw notFound();
  const list = [...children.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, entry]) =>
      entry.type === 'file'
        ? fileJson(world, `${prefix}${name}`, entry.blob ?? '', refName)
        : {
            ...fileJson(world, `${prefix}${name}`, gitHash('tree', name), refName),
            type: 'dir',
            size: 0,
            download_url: null,
          },
    );
  return { status: 200, body: list };
}

function putContent(ctx: RouteContext) {
  requireRepo(ctx);
  requireRole(ctx, 'write');
  const { world } = ctx;
  const message = stringField(ctx, 'message');
  const encoded = stringField(ctx, 'content');
  if (message === undefined || encoded === undefined) {
    throw validationFailed({
      resource: 'Commit',
      code: 'missing_field',
      field: message === undefined ? 'message' : 'content',
    });
  }
  const branch = stringField(ctx, 'branch') ?? world.defaultBranch;
  const head = world.branchSha(branch);
  if (!head) throw new GitHubError(404, `Branch ${branch} not found`);
  const path = (ctx.params.path ?? '').replace(/^\/+/, '');
  const existing = treeAt(world, head).get(path);
  const given = stringField(ctx, 'sha');
  if (existing !== undefined && given === undefined) {
    throw new GitHubError(422, 'Invalid request.\n\n"sha" wasn\'t supplied.');
  }
  if (existing !== undefined && given !== existing) {
    throw new GitHubError(409, `${path} does not match ${given}`);
  }
  const content = Buffer.from(encoded, 'base64').toString('utf8');
  const { before, after } = commitToBranch(
    world,
    branch,
    { [path]: content },
    message,
    ctx.caller.login,
  );
  emitPush(world, `refs/heads/${branch}`, before, after, ctx.caller.login);
  const blob = treeAt(world, after).get(path) ?? '';
  return {
    status: existing === undefined ? 201 : 200,
    body: { content: fileJson(world, path, blob, branch), commit: commitJson(world, after) },
  };
}

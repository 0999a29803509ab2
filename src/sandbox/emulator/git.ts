import { createHash } from 'node:crypto';
import type { CommitRecord } from './model.ts';
import type { World } from './world.ts';

/** Git's object id: sha1 of `<type> <length>\0<content>`, so blob shas match real git. */
export function gitHash(type: string, content: string): string {
  const bytes = Buffer.from(content, 'utf8');
  return createHash('sha1').update(`${type} ${bytes.length}\0`).update(bytes).digest('hex');
}

/** Stores a blob and returns its sha. */
export function putBlob(world: World, content: string): string {
  const sha = gitHash('blob', content);
  world.blobs.set(sha, content);
  return sha;
}

/** Stores a flat tree (path to blob sha) and returns its sha. */
export function putTree(world: World, files: Map<string, string>): string {
  const sorted = [...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const sha = gitHash('tree', sorted.map(([path, blob]) => `100644 ${path}\0${blob}`).join(''));
  world.trees.set(sha, { sha, files: new Map(sorted) });
  return sha;
}

/** Stores a commit and returns its sha. */
export function putCommit(
  world: World,
  fields: Omit<CommitRecord, 'sha' | 'author' | 'committer'> & { authorName?: string },
): string {
  const who = fields.authorName ?? fields.pusher;
  const signature = { name: who, email: emailOf(who), date: world.clock.iso() };
  const text = `tree ${fields.tree}\n${fields.parents.map((p) => `parent ${p}\n`).join('')}author ${who} ${signature.date}\n\n${fields.message}`;
  const sha = gitHash('commit', text);
  world.commits.set(sha, { ...fields, sha, author: signature, committer: signature });
  return sha;
}

/** A noreply address in GitHub's shape, so commit payloads stay realistic. */
export function emailOf(login: string): string {
  return `${login.replace(/\[bot\]$/, '')}@users.noreply.github.com`;
}

/** Path to blob sha at a commit. */
export function treeAt(world: World, commitSha: string): Map<string, string> {
  const commit = world.commits.get(commitSha);
  const tree = commit ? world.trees.get(commit.tree) : undefined;
  return new Map(tree?.files ?? []);
}

/** Path to text content at a commit. */
export function filesAt(world: World, commitSha: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const [path, blob] of treeAt(world, commitSha)) files[path] = world.blobs.get(blob) ?? '';
  return files;
}

/** What changed between two commits, in push-payload terms. */
export function diffTrees(
  world: World,
  before: string | undefined,
  after: string,
): { added: string[]; modified: string[]; removed: string[] } {
  const old = before ? treeAt(world, before) : new Map<string, string>();
  const now = treeAt(world, after);
  const added: string[] = [];
  const modified: string[] = [];
  const removed: string[] = [];
  for (const [path, sha] of now) {
    const was = old.get(path);
    if (was === undefined) added.push(path);
    else if (was !== sha) modified.push(path);
  }
  for (const path of old.keys()) if (!now.has(path)) removed.push(path);
  return { added, modified, removed };
}

/**
 * Commits file changes (content, or null to delete) on top of a branch and moves the branch.
 * Returns the new commit sha; the caller emits the push webhook.
 */
export function commitToBranch(
  world: World,
  branch: string,
  changes: Record<string, string | null>,
  message: string,
  pusher: string,
): { before: string | undefined; after: string } {
  const before = world.branchSha(branch);
  const files = before ? treeAt(world, before) : new Map<string, string>();
  for (const [path, content] of Object.entries(changes)) {
    if (content === null) files.delete(path);
    else files.set(path, putBlob(world, content));
  }
  const tree = putTree(world, files);
  const after = putCommit(world, { tree, parents: before ? [before] : [], message, pusher });
  world.refs.set(`refs/heads/${branch}`, after);
  return { before, after };
}

import { diffTrees } from './git.ts';
import { envelope, HTML_URL } from './serialize.ts';
import { emitIssueEvent } from './serialize-pull.ts';
import type { World } from './world.ts';

const ZERO = '0000000000000000000000000000000000000000';

/**
 * Emits the `push` webhook for a ref that moved from `before` to `after`, then
 * `pull_request.synchronize` for every open pull request whose head branch it was.
 */
export function emitPush(
  world: World,
  ref: string,
  before: string | undefined,
  after: string,
  pusher: string,
): void {
  const html = `${HTML_URL}/${world.owner}/${world.repo}`;
  const shas: string[] = [];
  let sha: string | undefined = after;
  while (sha && sha !== before && shas.length < 20) {
    shas.unshift(sha);
    sha = world.commits.get(sha)?.parents[0];
  }
  const commits = shas.map((id) => {
    const commit = world.commits.get(id);
    const parent = commit?.parents[0];
    const change = diffTrees(world, parent, id);
    const person = {
      name: commit?.author.name ?? pusher,
      email: commit?.author.email ?? '',
      username: commit?.pusher ?? pusher,
    };
    return {
      id,
      tree_id: commit?.tree ?? '',
      distinct: true,
      message: commit?.message ?? '',
      timestamp: (commit?.author.date ?? world.clock.iso()).replace('Z', '+00:00'),
      url: `${html}/commit/${id}`,
      author: person,
      committer: person,
      added: change.added,
      removed: change.removed,
      modified: change.modified,
    };
  });
  const { repository, sender, installation } = envelope(world, pusher);
  world.emit('push', {
    ref,
    before: before ?? ZERO,
    after,
    created: before === undefined,
    deleted: false,
    forced: false,
    base_ref: null,
    compare: `${html}/compare/${(before ?? ZERO).slice(0, 12)}...${after.slice(0, 12)}`,
    commits,
    head_commit: commits.at(-1) ?? null,
    repository,
    pusher: { name: pusher, email: `${pusher}@users.noreply.github.com` },
    sender,
    installation,
  });
  const branch = ref.replace(/^refs\/heads\//, '');
  for (const issue of world.issues.values()) {
    const pull = issue.pull;
    if (!pull || issue.state !== 'open' || pull.head !== branch || pull.headSha === after) continue;
    const previous = pull.headSha;
    pull.headSha = after;
    issue.updatedAt = world.clock.iso();
    emitIssueEvent(world, issue, 'synchronize', pusher, { before: previous, after });
  }
}

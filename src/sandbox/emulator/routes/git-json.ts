import { HTML_URL } from '../serialize.ts';
import type { World } from '../world.ts';

/** A commit in the git data API's `git-commit` shape. */
export function commitJson(world: World, sha: string) {
  const commit = world.commits.get(sha);
  const api = `${world.apiUrl}/repos/${world.owner}/${world.repo}`;
  return {
    sha,
    node_id: Buffer.from(`Commit:${sha}`).toString('base64'),
    url: `${api}/git/commits/${sha}`,
    html_url: `${HTML_URL}/${world.owner}/${world.repo}/commit/${sha}`,
    author: commit?.author,
    committer: commit?.committer,
    message: commit?.message ?? '',
    tree: { sha: commit?.tree ?? '', url: `${api}/git/trees/${commit?.tree ?? ''}` },
    parents: (commit?.parents ?? []).map((p) => ({
      sha: p,
      url: `${api}/git/commits/${p}`,
      html_url: `${HTML_URL}/${world.owner}/${world.repo}/commit/${p}`,
    })),
    verification: {
      verified: false,
      reason: 'unsigned',
      signature: null,
      payload: null,
      verified_at: null,
    },
  };
}

/** A ref in the `git-ref` shape. */
export function refJson(world: World, ref: string, sha: string) {
  const api = `${world.apiUrl}/repos/${world.owner}/${world.repo}`;
  return {
    ref,
    node_id: Buffer.from(`Ref:${ref}`).toString('base64'),
    url: `${api}/git/${ref}`,
    object: { type: 'commit', sha, url: `${api}/git/commits/${sha}` },
  };
}

import { diffTrees } from './git.ts';
import type { IssueRecord, PullFields } from './model.ts';
import { associationOf, envelope, HTML_URL, issueJson, repoJson, userJson } from './serialize.ts';
import type { World } from './world.ts';

type Json = Record<string, unknown>;

/** A pull request in the full `pull-request` shape (REST get/create and webhooks). */
export function pullJson(world: World, issue: IssueRecord): Json {
  const pull = issue.pull as PullFields;
  const base = issueJson(world, issue);
  const repoApi = `${world.apiUrl}/repos/${world.owner}/${world.repo}`;
  const api = `${repoApi}/pulls/${issue.number}`;
  const html = `${HTML_URL}/${world.owner}/${world.repo}/pull/${issue.number}`;
  const repo = repoJson(world);
  const owner = userJson(world, world.owner);
  const side = (ref: string, sha: string) => ({
    label: `${world.owner}:${ref}`,
    ref,
    sha,
    user: owner,
    repo,
  });
  const changed = diffTrees(world, pull.baseSha, pull.headSha);
  const link = (href: string) => ({ href });
  return {
    url: api,
    id: issue.id,
    node_id: base.node_id,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: `${repoApi}/issues/${issue.number}`,
    number: issue.number,
    state: issue.state,
    locked: false,
    title: issue.title,
    user: base.user,
    body: issue.body,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    merged_at: pull.mergedAt,
    merge_commit_sha: pull.mergeCommitSha,
    assignee: base.assignee,
    assignees: base.assignees,
    requested_reviewers: pull.requestedReviewers.map((login) => userJson(world, login)),
    requested_teams: [],
    labels: base.labels,
    milestone: null,
    draft: pull.draft,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${repoApi}/pulls/comments{/number}`,
    comments_url: `${repoApi}/issues/${issue.number}/comments`,
    statuses_url: `${repoApi}/statuses/${pull.headSha}`,
    head: side(pull.head, pull.headSha),
    base: side(pull.base, pull.baseSha),
    _links: {
      self: link(api),
      html: link(html),
      issue: link(`${repoApi}/issues/${issue.number}`),
      comments: link(`${repoApi}/issues/${issue.number}/comments`),
      review_comments: link(`${api}/comments`),
      review_comment: link(`${repoApi}/pulls/comments{/number}`),
      commits: link(`${api}/commits`),
      statuses: link(`${repoApi}/statuses/${pull.headSha}`),
    },
    author_association: associationOf(world, issue.user),
    auto_merge: null,
    active_lock_reason: null,
    merged: pull.merged,
    mergeable: pull.merged || issue.state === 'closed' ? null : true,
    rebaseable: pull.merged || issue.state === 'closed' ? null : true,
    mergeable_state: pull.merged ? 'unknown' : 'clean',
    merged_by: pull.mergedBy ? userJson(world, pull.mergedBy) : null,
    comments: base.comments,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: countCommits(world, pull),
    additions: 0,
    deletions: 0,
    changed_files: changed.added.length + changed.modified.length + changed.removed.length,
  };
}

/** Commits on head that base does not have (walking first parents, as a PR shows them). */
export function countCommits(world: World, pull: PullFields): number {
  let count = 0;
  let sha: string | undefined = pull.headSha;
  while (sha && sha !== pull.baseSha && count < 1000) {
    count++;
    sha = world.commits.get(sha)?.parents[0];
  }
  return count;
}

/** Emits the webhook for a change to an issue or a pull request, in the right event. */
export function emitIssueEvent(
  world: World,
  issue: IssueRecord,
  action: string,
  sender: string,
  extra: Json = {},
): void {
  const { repository, sender: senderJson, installation } = envelope(world, sender);
  if (issue.pull) {
    world.emit('pull_request', {
      action,
      number: issue.number,
      ...extra,
      pull_request: pullJson(world, issue),
      repository,
      sender: senderJson,
      installation,
    });
  } else {
    world.emit('issues', {
      action,
      ...extra,
      issue: issueJson(world, issue),
      repository,
      sender: senderJson,
      installation,
    });
  }
}

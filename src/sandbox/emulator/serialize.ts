import type { CommentRecord, IssueRecord, LabelRecord } from './model.ts';
import { INSTALLATION_ID, type World } from './world.ts';

/**
 * GitHub's JSON shapes, written to satisfy both the REST response schemas (@octokit/openapi)
 * and the stricter webhook schemas (@octokit/webhooks-schemas, additionalProperties: false).
 */

export const HTML_URL = 'https://github.com';

type Json = Record<string, unknown>;

function nodeId(kind: string, id: number): string {
  return Buffer.from(`${kind}:${id}`).toString('base64').replace(/=+$/, '');
}

/** A user, bot or organisation as `simple-user`. */
export function userJson(world: World, login: string): Json {
  const account = world.account(login);
  const api = `${world.apiUrl}/users/${encodeURIComponent(login)}`;
  return {
    login,
    id: account.id,
    node_id: nodeId(account.type === 'Bot' ? 'Bot' : 'User', account.id),
    avatar_url: `https://avatars.githubusercontent.com/u/${account.id}?v=4`,
    gravatar_id: '',
    url: api,
    html_url:
      account.type === 'Bot'
        ? `${HTML_URL}/apps/${login.replace(/\[bot\]$/, '')}`
        : `${HTML_URL}/${login}`,
    followers_url: `${api}/followers`,
    following_url: `${api}/following{/other_user}`,
    gists_url: `${api}/gists{/gist_id}`,
    starred_url: `${api}/starred{/owner}{/repo}`,
    subscriptions_url: `${api}/subscriptions`,
    organizations_url: `${api}/orgs`,
    repos_url: `${api}/repos`,
    events_url: `${api}/events{/privacy}`,
    received_events_url: `${api}/received_events`,
    type: account.type,
    site_admin: false,
  };
}

/** The repository as webhooks and `GET /repos/{owner}/{repo}` show it. */
export function repoJson(world: World): Json {
  const full = `${world.owner}/${world.repo}`;
  const api = `${world.apiUrl}/repos/${full}`;
  const html = `${HTML_URL}/${full}`;
  const open = [...world.issues.values()].filter((i) => i.state === 'open').length;
  const urls: Json = {};
  for (const [key, suffix] of REPO_URLS) urls[key] = `${api}${suffix}`;
  return {
    id: world.repoId,
    node_id: nodeId('Repository', world.repoId),
    name: world.repo,
    full_name: full,
    private: true,
    owner: userJson(world, world.owner),
    html_url: html,
    description: null,
    fork: false,
    url: api,
    ...urls,
    created_at: world.createdAt,
    updated_at: world.clock.iso(),
    pushed_at: world.clock.iso(),
    git_url: `git://github.com/${full}.git`,
    ssh_url: `git@github.com:${full}.git`,
    clone_url: `${html}.git`,
    svn_url: html,
    homepage: null,
    size: 0,
    stargazers_count: 0,
    watchers_count: 0,
    language: null,
    has_issues: true,
    has_projects: false,
    has_downloads: true,
    has_wiki: false,
    has_pages: false,
    has_discussions: false,
    forks_count: 0,
    mirror_url: null,
    archived: false,
    disabled: false,
    open_issues_count: open,
    license: null,
    allow_forking: false,
    is_template: false,
    web_commit_signoff_required: false,
    topics: [],
    visibility: 'private',
    forks: 0,
    open_issues: open,
    watchers: 0,
    default_branch: world.defaultBranch,
    custom_properties: {},
  };
}

const REPO_URLS: [string, string][] = [
  ['forks_url', '/forks'],
  ['keys_url', '/keys{/key_id}'],
  ['collaborators_url', '/collaborators{/collaborator}'],
  ['teams_url', '/teams'],
  ['hooks_url', '/hooks'],
  ['issue_events_url', '/issues/events{/number}'],
  ['events_url', '/events'],
  ['assignees_url', '/assignees{/user}'],
  ['branches_url', '/branches{/branch}'],
  ['tags_url', '/tags'],
  ['blobs_url', '/git/blobs{/sha}'],
  ['git_tags_url', '/git/tags{/sha}'],
  ['git_refs_url', '/git/refs{/sha}'],
  ['trees_url', '/git/trees{/sha}'],
  ['statuses_url', '/statuses/{sha}'],
  ['languages_url', '/languages'],
  ['stargazers_url', '/stargazers'],
  ['contributors_url', '/contributors'],
  ['subscribers_url', '/subscribers'],
  ['subscription_url', '/subscription'],
  ['commits_url', '/commits{/sha}'],
  ['git_commits_url', '/git/commits{/sha}'],
  ['comments_url', '/comments{/number}'],
  ['issue_comment_url', '/issues/comments{/number}'],
  ['contents_url', '/contents/{+path}'],
  ['compare_url', '/compare/{base}...{head}'],
  ['merges_url', '/merges'],
  ['archive_url', '/{archive_format}{/ref}'],
  ['downloads_url', '/downloads'],
  ['issues_url', '/issues{/number}'],
  ['pulls_url', '/pulls{/number}'],
  ['milestones_url', '/milestones{/number}'],
  ['notifications_url', '/notifications{?since,all,participating}'],
  ['labels_url', '/labels{/name}'],
  ['releases_url', '/releases{/id}'],
  ['deployments_url', '/deployments'],
];

/** A label. */
export function labelJson(world: World, label: LabelRecord): Json {
  return {
    id: label.id,
    node_id: nodeId('Label', label.id),
    url: `${world.apiUrl}/repos/${world.owner}/${world.repo}/labels/${encodeURIComponent(label.name)}`,
    name: label.name,
    description: label.description,
    color: label.color,
    default: label.isDefault,
  };
}

/** COLLABORATOR for people with a role, OWNER for the organisation, NONE otherwise. */
export function associationOf(world: World, login: string): string {
  if (login === world.owner) return 'OWNER';
  return world.roles.has(login) ? 'COLLABORATOR' : 'NONE';
}

function reactions(url: string): Json {
  const counts = ['+1', '-1', 'laugh', 'hooray', 'confused', 'heart', 'rocket', 'eyes'];
  return { url, total_count: 0, ...Object.fromEntries(counts.map((c) => [c, 0])) };
}

/** An issue (or the issue side of a pull request). */
export function issueJson(world: World, issue: IssueRecord): Json {
  const repoApi = `${world.apiUrl}/repos/${world.owner}/${world.repo}`;
  const url = `${repoApi}/issues/${issue.number}`;
  const html = `${HTML_URL}/${world.owner}/${world.repo}/${issue.pull ? 'pull' : 'issues'}/${issue.number}`;
  const labels = issue.labels
    .map((name) => world.findLabel(name))
    .filter((l) => l !== undefined)
    .map((l) => labelJson(world, l));
  const comments = [...world.comments.values()].filter((c) => c.issue === issue.number).length;
  const assignees = issue.assignees.map((login) => userJson(world, login));
  return {
    url,
    repository_url: repoApi,
    labels_url: `${url}/labels{/name}`,
    comments_url: `${url}/comments`,
    events_url: `${url}/events`,
    html_url: html,
    id: issue.id,
    node_id: nodeId(issue.pull ? 'PullRequest' : 'Issue', issue.id),
    number: issue.number,
    title: issue.title,
    user: userJson(world, issue.user),
    labels,
    state: issue.state,
    locked: false,
    assignee: assignees[0] ?? null,
    assignees,
    milestone: null,
    comments,
    created_at: issue.createdAt,
    updated_at: issue.updatedAt,
    closed_at: issue.closedAt,
    author_association: associationOf(world, issue.user),
    active_lock_reason: null,
    ...(issue.pull
      ? {
          draft: issue.pull.draft,
          pull_request: {
            url: `${repoApi}/pulls/${issue.number}`,
            html_url: html,
            diff_url: `${html}.diff`,
            patch_url: `${html}.patch`,
            merged_at: issue.pull.mergedAt,
          },
        }
      : {}),
    body: issue.body,
    reactions: reactions(`${url}/reactions`),
    timeline_url: `${url}/timeline`,
    performed_via_github_app: null,
    state_reason: issue.stateReason,
  };
}

/** An issue comment. */
export function commentJson(world: World, comment: CommentRecord): Json {
  const repoApi = `${world.apiUrl}/repos/${world.owner}/${world.repo}`;
  const url = `${repoApi}/issues/comments/${comment.id}`;
  const issue = world.issues.get(comment.issue);
  const kind = issue?.pull ? 'pull' : 'issues';
  return {
    url,
    html_url: `${HTML_URL}/${world.owner}/${world.repo}/${kind}/${comment.issue}#issuecomment-${comment.id}`,
    issue_url: `${repoApi}/issues/${comment.issue}`,
    id: comment.id,
    node_id: nodeId('IssueComment', comment.id),
    user: userJson(world, comment.user),
    created_at: comment.createdAt,
    updated_at: comment.updatedAt,
    author_association: associationOf(world, comment.user),
    body: comment.body,
    reactions: reactions(`${url}/reactions`),
    performed_via_github_app: null,
  };
}

/** The fields every webhook carries besides its subject. */
export function envelope(world: World, sender: string): Json {
  return {
    repository: repoJson(world),
    sender: userJson(world, sender),
    installation: { id: INSTALLATION_ID, node_id: nodeId('Installation', INSTALLATION_ID) },
  };
}

import type { ProbotOctokit } from 'probot';
import type { Permission } from '../core/config/schema.ts';
import { issueFromPayload, type PayloadIssue } from './from-payload.ts';
import type { GitHubPort, IssueComment, PullSummary, RepoRef } from './port.ts';
import { type RestTimelineItem, toIssueEvents } from './timeline-events.ts';

type Octokit = InstanceType<typeof ProbotOctokit>;

export interface OctokitPortOptions {
  octokit: Octokit;
  repo: RepoRef;
  /** Resolves the scribe's own login once (GET /app in app mode, a constant in the Action). */
  selfLogin: () => Promise<string>;
  /** Most writes one event may make; a runaway loop stops here instead of flooding GitHub. */
  maxWrites?: number;
  /** Log writes instead of making them. */
  dryRun?: boolean;
  log?: (message: string) => void;
  /** How to wait before retrying a secondary rate limit (the sandbox passes a fast one). */
  sleep?: (ms: number) => Promise<void>;
}

const SECONDARY_LIMIT_RETRIES = 2;

/** Thrown when an event would need more writes than its budget allows. */
export class WriteBudgetExceeded extends Error {}

/** The GitHub port over Octokit: pagination, a write budget and dry-run in one place. */
export function createOctokitPort(options: OctokitPortOptions): GitHubPort {
  const { octokit, repo } = options;
  const maxWrites = options.maxWrites ?? 100;
  const log = options.log ?? (() => {});
  const sleep =
    options.sleep ?? ((ms: number) => new Promise<void>((done) => setTimeout(done, ms)));
  let writes = 0;

  /** Every write goes through here, so the budget and dry-run cannot be bypassed. */
  async function write<T>(what: string, perform: () => Promise<T>, dryResult: T): Promise<T> {
    writes++;
    if (writes > maxWrites)
      throw new WriteBudgetExceeded(`write budget of ${maxWrites} exceeded at: ${what}`);
    if (options.dryRun) {
      log(`dry-run: would ${what}`);
      return dryResult;
    }
    // Probot's throttling plugin only logs secondary rate limits, so retry them here.
    for (let attempt = 0; ; attempt++) {
      try {
        return await perform();
      } catch (error) {
        const wait = secondaryLimitWait(error);
        if (wait === undefined || attempt >= SECONDARY_LIMIT_RETRIES) throw error;
        log(`secondary rate limit at: ${what}; retrying in ${wait / 1000} s`);
        await sleep(wait);
      }
    }
  }

  return {
    repo,
    writes: () => writes,
    selfLogin: options.selfLogin,

    async readFile(path, { ref, from } = {}) {
      const source = from ?? repo;
      try {
        const response = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
          ...source,
          path,
          ...(ref ? { ref } : {}),
          mediaType: { format: 'raw' },
        });
        // A directory answers with JSON listing its entries: that is not a file.
        return typeof response.data === 'string' ? response.data : undefined;
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw error;
      }
    },

    async permissionOf(login) {
      try {
        const { data } = await octokit.rest.repos.getCollaboratorPermissionLevel({
          ...repo,
          username: login,
        });
        // role_name keeps maintain and triage, which `permission` folds into write and read.
        const role = (data.role_name ?? data.permission) as string;
        return (
          ['admin', 'maintain', 'write', 'triage', 'read'].includes(role) ? role : data.permission
        ) as Permission;
      } catch (error) {
        if (statusOf(error) === 404) return 'none';
        throw error;
      }
    },

    async getIssue(issue) {
      const { data } = await octokit.rest.issues.get({ ...repo, issue_number: issue });
      return issueFromPayload(data as PayloadIssue);
    },

    async listIssueTimeline(issue) {
      const items = await octokit.paginate(octokit.rest.issues.listEventsForTimeline, {
        ...repo,
        issue_number: issue,
        per_page: 100,
      });
      return toIssueEvents(items as RestTimelineItem[]);
    },

    async listIssueComments(issue) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: issue,
        per_page: 100,
      });
      return comments.map(toComment);
    },

    createIssueComment(issue, body) {
      return write(
        `comment on #${issue}`,
        async () => {
          const { data } = await octokit.rest.issues.createComment({
            ...repo,
            issue_number: issue,
            body,
          });
          return toComment(data);
        },
        {
          id: 0,
          body,
          user: { login: 'dry-run', type: 'Bot' },
          createdAt: '',
          updatedAt: '',
          htmlUrl: '',
        },
      );
    },

    async updateIssueComment(commentId, body) {
      await write(
        `edit comment ${commentId}`,
        () => octokit.rest.issues.updateComment({ ...repo, comment_id: commentId, body }),
        undefined,
      );
    },

    async deleteIssueComment(commentId) {
      await write(
        `delete comment ${commentId}`,
        () => octokit.rest.issues.deleteComment({ ...repo, comment_id: commentId }),
        undefined,
      );
    },

    async listIssueLabels(issue) {
      const labels = await octokit.paginate(octokit.rest.issues.listLabelsOnIssue, {
        ...repo,
        issue_number: issue,
        per_page: 100,
      });
      return labels.map((l) => l.name);
    },

    async addLabels(issue, labels) {
      if (labels.length === 0) return;
      await write(
        `label #${issue} ${labels.join(', ')}`,
        () => octokit.rest.issues.addLabels({ ...repo, issue_number: issue, labels }),
        undefined,
      );
    },

    async removeLabel(issue, label) {
      await write(
        `unlabel #${issue} ${label}`,
        async () => {
          try {
            await octokit.rest.issues.removeLabel({ ...repo, issue_number: issue, name: label });
          } catch (error) {
            // Someone (or a concurrent delivery) removed it first: the outcome is the same.
            if (statusOf(error) !== 404) throw error;
          }
        },
        undefined,
      );
    },

    async addAssignees(issue, logins) {
      if (logins.length === 0) return;
      await write(
        `assign #${issue} to ${logins.join(', ')}`,
        () => octokit.rest.issues.addAssignees({ ...repo, issue_number: issue, assignees: logins }),
        undefined,
      );
    },

    async branchSha(branch) {
      try {
        const { data } = await octokit.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
        return data.object.sha;
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw error;
      }
    },

    createBranch(branch, sha) {
      return write(
        `create branch ${branch}`,
        async () => {
          try {
            await octokit.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha });
            return true;
          } catch (error) {
            // "Reference already exists": another delivery or an earlier run made it.
            if (statusOf(error) === 422) return false;
            throw error;
          }
        },
        true,
      );
    },

    async commitsOnlyOn(branch, base) {
      const list = (sha: string) =>
        octokit.rest.repos.listCommits({ ...repo, sha, per_page: 100 }).then((r) => r.data);
      const [mine, theirs] = await Promise.all([list(branch), list(base)]);
      // The branch's history runs into the base branch's: stop at the first shared commit.
      const shared = new Set(theirs.map((c) => c.sha));
      const commits = [];
      for (const commit of mine) {
        if (shared.has(commit.sha)) break;
        commits.push({
          sha: commit.sha,
          author: commit.author?.login ?? commit.commit.author?.name ?? 'unknown',
          at: commit.commit.committer?.date ?? commit.commit.author?.date ?? '',
        });
      }
      return commits;
    },

    async fileSha(path, branch) {
      try {
        const { data } = await octokit.rest.repos.getContent({ ...repo, path, ref: branch });
        return Array.isArray(data) ? undefined : data.sha;
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw error;
      }
    },

    writeFile(branch, path, content, message, sha) {
      return write(
        `commit ${path} to ${branch}`,
        async () => {
          const { data } = await octokit.rest.repos.createOrUpdateFileContents({
            ...repo,
            branch,
            path,
            message,
            content: Buffer.from(content, 'utf8').toString('base64'),
            ...(sha ? { sha } : {}),
          });
          return data.commit.sha ?? '';
        },
        '',
      );
    },

    async findPull(head) {
      const { data } = await octokit.rest.pulls.list({
        ...repo,
        head: `${repo.owner}:${head}`,
        state: 'all',
        per_page: 100,
      });
      const pull = data[0];
      return pull ? toPull(pull) : undefined;
    },

    createPull(pull) {
      return write(
        `open pull request ${pull.head}`,
        async () => toPull((await octokit.rest.pulls.create({ ...repo, ...pull })).data),
        {
          number: 0,
          state: 'open',
          merged: false,
          htmlUrl: '',
          headSha: '',
          headRef: pull.head,
          author: 'dry-run',
          createdAt: '',
        },
      );
    },

    async requestReviewers(pull, logins) {
      if (logins.length === 0) return;
      await write(
        `request reviews on #${pull} from ${logins.join(', ')}`,
        () =>
          octokit.rest.pulls.requestReviewers({ ...repo, pull_number: pull, reviewers: logins }),
        undefined,
      );
    },

    async listPullFiles(pull) {
      const files = await octokit.paginate(octokit.rest.pulls.listFiles, {
        ...repo,
        pull_number: pull,
        per_page: 100,
      });
      return files.filter((f) => f.status !== 'removed').map((f) => f.filename);
    },

    async reportCheckRun(report) {
      const { data } = await octokit.rest.checks.listForRef({
        ...repo,
        ref: report.headSha,
        check_name: report.name,
      });
      const existing = data.check_runs[0];
      // GitHub takes at most 50 annotations per request; the summary counts them all.
      const annotations = report.annotations.slice(0, 50).map((a) => ({
        path: a.path,
        start_line: a.line,
        end_line: a.line,
        annotation_level: a.level,
        message: a.message,
        title: a.title,
      }));
      const output = { title: report.title, summary: report.summary, annotations };
      const same =
        existing?.conclusion === report.conclusion &&
        existing.output?.title === report.title &&
        existing.output?.summary === report.summary;
      if (same) return;
      await write(
        `check run ${report.name} on ${report.headSha.slice(0, 7)}`,
        async () => {
          if (existing) {
            await octokit.rest.checks.update({
              ...repo,
              check_run_id: existing.id,
              status: 'completed',
              conclusion: report.conclusion,
              output,
            });
          } else {
            await octokit.rest.checks.create({
              ...repo,
              name: report.name,
              head_sha: report.headSha,
              status: 'completed',
              conclusion: report.conclusion,
              output,
            });
          }
        },
        undefined,
      );
    },
  };
}

function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'status' in error
    ? Number(error.status)
    : undefined;
}

/** How long to wait after a secondary rate limit, or undefined when the error is something else. */
function secondaryLimitWait(error: unknown): number | undefined {
  const status = statusOf(error);
  if (status !== 403 && status !== 429) return undefined;
  const response = (
    error as { response?: { headers?: Record<string, string>; data?: { message?: string } } }
  ).response;
  const message = response?.data?.message ?? '';
  const retryAfter = Number(response?.headers?.['retry-after']);
  if (!/secondary rate limit/i.test(message) && !(retryAfter > 0)) return undefined;
  // GitHub: without retry-after, wait at least a minute.
  return (retryAfter > 0 ? retryAfter : 60) * 1000;
}

type RestPull = {
  number: number;
  state: string;
  merged_at?: string | null;
  html_url: string;
  head: { sha: string; ref: string };
  user: { login: string } | null;
  created_at: string;
};

function toPull(data: RestPull): PullSummary {
  return {
    number: data.number,
    state: data.state === 'closed' ? 'closed' : 'open',
    merged: Boolean(data.merged_at),
    htmlUrl: data.html_url,
    headSha: data.head.sha,
    headRef: data.head.ref,
    author: data.user?.login ?? 'ghost',
    createdAt: data.created_at,
  };
}

type RestComment = {
  id: number;
  body?: string | undefined;
  user: { login: string; type: string } | null;
  created_at: string;
  updated_at: string;
  html_url: string;
};

function toComment(data: RestComment): IssueComment {
  return {
    id: data.id,
    body: data.body ?? '',
    user: { login: data.user?.login ?? 'ghost', type: data.user?.type ?? 'User' },
    createdAt: data.created_at,
    updatedAt: data.updated_at,
    htmlUrl: data.html_url,
  };
}

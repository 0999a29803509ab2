import { readFieldValues } from '../../core/action-items/due-field.ts';
import { capBody } from '../../core/text/cap-body.ts';
import { type CommitInfo, type GitHubPort, type IssueSummary, OutcomeUnknown } from '../port.ts';
import { type RestPull, refusedOutright, statusOf, toPull } from './rest-shapes.ts';
import type { VerbContext } from './verb-context.ts';

type Verbs = Pick<
  GitHubPort,
  | 'createIssue'
  | 'updateIssue'
  | 'listSubIssues'
  | 'addSubIssue'
  | 'claimRef'
  | 'releaseClaim'
  | 'refSha'
  | 'moveClaim'
  | 'readCommit'
  | 'createCommit'
  | 'pullsOfCommit'
>;

type RestCommit = {
  sha: string;
  message: string;
  tree: { sha: string };
  committer: { date?: string };
};

function toCommit(data: RestCommit): CommitInfo {
  return {
    sha: data.sha,
    tree: data.tree.sha,
    message: data.message,
    at: data.committer.date ?? '',
  };
}

type RestIssue = {
  number: number;
  id: number;
  title: string;
  body?: string | null;
  state: string;
  state_reason?: string | null;
  user: { login: string } | null;
  assignees?: ({ login: string } | null)[] | null;
  labels?: (string | { name?: string })[];
  html_url: string;
  issue_field_values?: unknown;
};

function toSummary(data: RestIssue): IssueSummary {
  return {
    number: data.number,
    id: data.id,
    title: data.title,
    body: data.body ?? '',
    state: data.state === 'closed' ? 'closed' : 'open',
    stateReason: data.state_reason ?? null,
    author: data.user?.login ?? 'ghost',
    assignees: (data.assignees ?? []).flatMap((a) => (a ? [a.login] : [])),
    labels: (data.labels ?? [])
      .map((l) => (typeof l === 'string' ? l : (l.name ?? '')))
      .filter((name) => name !== ''),
    htmlUrl: data.html_url,
    fieldValues: readFieldValues(data.issue_field_values) ?? [],
  };
}

/** Action items: issues the scribe files, their sub-issue links, and the claims that keep them single. */
export function itemVerbs({ octokit, repo, write }: VerbContext): Verbs {
  return {
    createIssue(issue, { once = false } = {}) {
      const what = `open issue "${issue.title.slice(0, 60)}"`;
      return write(
        what,
        async () => {
          try {
            const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues', {
              ...repo,
              // Sent once: a retry after a lost answer would open a second issue.
              ...(once ? { request: { retries: 0 } } : {}),
              title: issue.title,
              body: capBody(issue.body),
              labels: issue.labels,
              ...(issue.assignees.length > 0 ? { assignees: issue.assignees } : {}),
              ...(issue.type ? { type: issue.type } : {}),
              ...(issue.fieldValues?.length
                ? {
                    issue_field_values: issue.fieldValues.map((f) => ({
                      field_id: f.fieldId,
                      value: f.value,
                    })),
                  }
                : {}),
            });
            return toSummary(data as RestIssue);
          } catch (error) {
            if (once && !refusedOutright(error)) throw new OutcomeUnknown(what, error);
            throw error;
          }
        },
        {
          number: 0,
          id: 0,
          title: issue.title,
          body: issue.body,
          state: 'open',
          stateReason: null,
          author: 'dry-run',
          assignees: issue.assignees,
          labels: issue.labels,
          htmlUrl: '',
          fieldValues: [],
        },
      );
    },

    async updateIssue(issue, changes) {
      const { stateReason, ...rest } = changes;
      const what =
        changes.state === 'closed'
          ? `close issue #${issue} (${stateReason ?? 'completed'})`
          : changes.type && Object.keys(changes).length === 1
            ? `set the type of issue #${issue} to ${changes.type}`
            : `edit issue #${issue}`;
      await write(
        what,
        () =>
          octokit.request('PATCH /repos/{owner}/{repo}/issues/{issue_number}', {
            ...repo,
            issue_number: issue,
            ...rest,
            ...(typeof changes.body === 'string' ? { body: capBody(changes.body) } : {}),
            ...(stateReason ? { state_reason: stateReason } : {}),
          }),
        undefined,
      );
    },

    async listSubIssues(parent) {
      const items = await octokit.paginate(
        'GET /repos/{owner}/{repo}/issues/{issue_number}/sub_issues',
        {
          ...repo,
          issue_number: parent,
          per_page: 100,
        },
      );
      return (items as RestIssue[]).map(toSummary);
    },

    async addSubIssue(parent, childId) {
      await write(
        `link issue ${childId} under #${parent}`,
        async () => {
          try {
            await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/sub_issues', {
              ...repo,
              issue_number: parent,
              sub_issue_id: childId,
            });
          } catch (error) {
            // Already a sub-issue (a concurrent delivery linked it first): the same outcome.
            // Any other 422 (the parent is full, another parent) is the caller's to report.
            const message = (error as { response?: { data?: { message?: string } } }).response?.data
              ?.message;
            if (statusOf(error) === 422 && /duplicate sub-issues/i.test(message ?? '')) return;
            throw error;
          }
        },
        undefined,
      );
    },

    async pullsOfCommit(sha) {
      const { data } = await octokit.request(
        'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
        {
          ...repo,
          commit_sha: sha,
          per_page: 100,
        },
      );
      return (data as RestPull[]).map(toPull);
    },

    async releaseClaim(ref) {
      await write(
        `release ${ref}`,
        async () => {
          try {
            await octokit.rest.git.deleteRef({ ...repo, ref: ref.replace(/^refs\//, '') });
          } catch (error) {
            const status = statusOf(error);
            if (status !== 404 && status !== 422) throw error;
          }
        },
        undefined,
      );
    },

    async refSha(ref) {
      try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/git/ref/{ref}', {
          ...repo,
          ref: ref.replace(/^refs\//, ''),
        });
        return data.object.sha;
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw error;
      }
    },

    moveClaim(ref, sha) {
      return write(
        `take over ${ref}`,
        async () => {
          try {
            await octokit.request('PATCH /repos/{owner}/{repo}/git/refs/{ref}', {
              ...repo,
              ref: ref.replace(/^refs\//, ''),
              sha,
              force: false,
            });
            return true;
          } catch (error) {
            // Not a fast-forward (another run moved it first), or gone: not ours.
            if (statusOf(error) === 422) return false;
            throw error;
          }
        },
        true,
      );
    },

    async readCommit(sha) {
      try {
        const { data } = await octokit.request(
          'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
          {
            ...repo,
            commit_sha: sha,
          },
        );
        return toCommit(data as RestCommit);
      } catch (error) {
        if (statusOf(error) === 404) return undefined;
        throw error;
      }
    },

    createCommit(commit) {
      return write(
        `make commit "${commit.message.slice(0, 60)}"`,
        async () => {
          const { data } = await octokit.request('POST /repos/{owner}/{repo}/git/commits', {
            ...repo,
            message: commit.message,
            tree: commit.tree,
            parents: commit.parents,
          });
          return toCommit(data as RestCommit);
        },
        { sha: 'dry-run', tree: commit.tree, message: commit.message, at: '' },
      );
    },

    claimRef(ref, sha) {
      return write(
        `claim ${ref}`,
        async () => {
          try {
            await octokit.rest.git.createRef({ ...repo, ref, sha });
            return true;
          } catch (error) {
            if (statusOf(error) === 422) return false;
            throw error;
          }
        },
        true,
      );
    },
  };
}

import { readFieldValues } from '../../core/action-items/due-field.ts';
import { capBody } from '../../core/text/cap-body.ts';
import type { GitHubPort, IssueSummary } from '../port.ts';
import { type RestPull, statusOf, toPull } from './rest-shapes.ts';
import type { VerbContext } from './verb-context.ts';

type Verbs = Pick<
  GitHubPort,
  | 'createIssue'
  | 'updateIssue'
  | 'listSubIssues'
  | 'addSubIssue'
  | 'claimRef'
  | 'releaseClaim'
  | 'pullsOfCommit'
>;

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
    createIssue(issue) {
      return write(
        `open issue "${issue.title.slice(0, 60)}"`,
        async () => {
          const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues', {
            ...repo,
            title: issue.title,
            body: capBody(issue.body),
            labels: issue.labels,
            ...(issue.assignees.length > 0 ? { assignees: issue.assignees } : {}),
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

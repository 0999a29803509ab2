import { capBody } from '../../core/text/cap-body.ts';
import { issueFromPayload, type PayloadIssue } from '../from-payload.ts';
import type { GitHubPort } from '../port.ts';
import { PAGE_SIZE, TimelineCache } from '../timeline-cache.ts';
import { type RestTimelineItem, toIssueEvents } from '../timeline-events.ts';
import { statusOf, toComment } from './rest-shapes.ts';
import type { VerbContext } from './verb-context.ts';

type Verbs = Pick<
  GitHubPort,
  | 'getIssue'
  | 'listIssueTimeline'
  | 'listIssueComments'
  | 'createIssueComment'
  | 'updateIssueComment'
  | 'deleteIssueComment'
  | 'listIssueLabels'
  | 'addLabels'
  | 'removeLabel'
  | 'addAssignees'
>;

/** Timelines this process has read (see TimelineCache: checked against GitHub on every read). */
const timelines = new TimelineCache();

/** Issues: the issue, its timeline, comments, labels and assignees. */
export function issueVerbs({ octokit, repo, write }: VerbContext): Verbs {
  // One cache per process; the API's address keeps two GitHubs (or two sandboxes) apart.
  const cachePrefix = `${octokit.request.endpoint.DEFAULTS.baseUrl} ${repo.owner}/${repo.repo}`;
  return {
    async getIssue(issue) {
      const { data } = await octokit.rest.issues.get({ ...repo, issue_number: issue });
      return issueFromPayload(data as PayloadIssue);
    },

    async listIssueTimeline(issue, options) {
      const items = await timelines.read(
        `${cachePrefix}#${issue}`,
        async (page) => {
          const { data, headers } = await octokit.rest.issues.listEventsForTimeline({
            ...repo,
            issue_number: issue,
            per_page: PAGE_SIZE,
            page,
          });
          return { items: data as RestTimelineItem[], next: /rel="next"/.test(headers.link ?? '') };
        },
        {
          changed: options?.changed,
          fetchComment: async (id) => {
            try {
              const { data } = await octokit.rest.issues.getComment({ ...repo, comment_id: id });
              return data as RestTimelineItem;
            } catch (error) {
              if (statusOf(error) === 404) return undefined;
              throw error;
            }
          },
        },
      );
      return toIssueEvents(items);
    },

    async listIssueComments(issue) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        ...repo,
        issue_number: issue,
        per_page: 100,
      });
      return comments.map(toComment);
    },

    createIssueComment(issue, text) {
      const body = capBody(text);
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
        async () => {
          const { data } = await octokit.rest.issues.updateComment({
            ...repo,
            comment_id: commentId,
            body: capBody(body),
          });
          timelines.patchComment(cachePrefix, commentId, data as RestTimelineItem);
        },
        undefined,
      );
    },

    async deleteIssueComment(commentId) {
      await write(
        `delete comment ${commentId}`,
        async () => {
          try {
            await octokit.rest.issues.deleteComment({ ...repo, comment_id: commentId });
            timelines.patchComment(cachePrefix, commentId, undefined);
          } catch (error) {
            // A concurrent delivery deleted the same duplicate first: the outcome is the same.
            if (statusOf(error) !== 404) throw error;
          }
        },
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
  };
}

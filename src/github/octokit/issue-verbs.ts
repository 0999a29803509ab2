import { capBody } from '../../core/text/cap-body.ts';
import { issueFromPayload, type PayloadIssue } from '../from-payload.ts';
import type { GitHubPort } from '../port.ts';
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

/** Issues: the issue, its timeline, comments, labels and assignees. */
export function issueVerbs({ octokit, repo, write }: VerbContext): Verbs {
  return {
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
        () =>
          octokit.rest.issues.updateComment({
            ...repo,
            comment_id: commentId,
            body: capBody(body),
          }),
        undefined,
      );
    },

    async deleteIssueComment(commentId) {
      await write(
        `delete comment ${commentId}`,
        async () => {
          try {
            await octokit.rest.issues.deleteComment({ ...repo, comment_id: commentId });
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

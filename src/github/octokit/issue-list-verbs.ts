import { issueFromPayload, type PayloadIssue } from '../from-payload.ts';
import type { GitHubPort } from '../port.ts';
import type { VerbContext } from './verb-context.ts';

type Verbs = Pick<GitHubPort, 'listIssuesByLabel'>;

/** Issues listed by label (never search): action items, incidents, reports. */
export function issueListVerbs({ octokit, repo }: VerbContext): Verbs {
  return {
    async listIssuesByLabel(label, options) {
      const found = [];
      const pages = octokit.paginate.iterator(octokit.rest.issues.listForRepo, {
        ...repo,
        labels: label,
        state: options.state,
        ...(options.since ? { since: options.since } : {}),
        sort: 'created',
        direction: 'desc',
        per_page: 100,
      });
      for await (const { data } of pages) {
        // The issues list holds pull requests too; the scribe's labels are on issues.
        for (const issue of data) if (!issue.pull_request) found.push(issue);
        if (options.limit !== undefined && found.length >= options.limit) break;
      }
      return found.slice(0, options.limit).map((i) => issueFromPayload(i as PayloadIssue));
    },
  };
}

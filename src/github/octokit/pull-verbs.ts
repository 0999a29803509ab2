import { capBody } from '../../core/text/cap-body.ts';
import type { GitHubPort } from '../port.ts';
import { toPull } from './rest-shapes.ts';
import type { VerbContext } from './verb-context.ts';

type Verbs = Pick<
  GitHubPort,
  'findPull' | 'createPull' | 'requestReviewers' | 'listPullFiles' | 'reportCheckRun'
>;

/** Pull requests and the check runs on their commits. */
export function pullVerbs({ octokit, repo, write }: VerbContext): Verbs {
  return {
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
        async () =>
          toPull(
            (await octokit.rest.pulls.create({ ...repo, ...pull, body: capBody(pull.body) })).data,
          ),
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

    async reportCheckRun(report, options) {
      const existing = options?.freshCommit
        ? undefined
        : (
            await octokit.rest.checks.listForRef({
              ...repo,
              ref: report.headSha,
              check_name: report.name,
            })
          ).data.check_runs[0];
      // GitHub takes at most 50 annotations per request; the summary counts them all.
      const annotations = report.annotations.slice(0, 50).map((a) => ({
        path: a.path,
        start_line: a.line,
        end_line: a.line,
        annotation_level: a.level,
        message: a.message,
        title: a.title,
      }));
      const summary = capBody(report.summary);
      const output = { title: report.title, summary, annotations };
      const same =
        existing?.conclusion === report.conclusion &&
        existing.output?.title === report.title &&
        existing.output?.summary === summary;
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

import type { Permission } from '../../core/config/schema.ts';
import type { GitHubPort } from '../port.ts';
import { statusOf } from './rest-shapes.ts';
import type { VerbContext } from './verb-context.ts';

type Verbs = Pick<
  GitHubPort,
  | 'readFile'
  | 'permissionOf'
  | 'branchSha'
  | 'defaultBranch'
  | 'createBranch'
  | 'commitsOnlyOn'
  | 'fileSha'
  | 'writeFile'
>;

/** Files, branches and commits, and who may do what in the repository. */
export function repoVerbs({ octokit, repo, write }: VerbContext): Verbs {
  return {
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

    async defaultBranch() {
      const { data } = await octokit.rest.repos.get({ ...repo });
      return data.default_branch;
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
  };
}

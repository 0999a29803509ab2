import type { Permission } from '../../core/config/schema.ts';
import type { GitHubPort } from '../port.ts';
import { statusOf } from './rest-shapes.ts';
import type { VerbContext } from './verb-context.ts';

type Verbs = Pick<
  GitHubPort,
  | 'readFile'
  | 'permissionOf'
  | 'branchSha'
  | 'createBranch'
  | 'commitAuthorsSince'
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
    async commitAuthorsSince(branch, baseSha) {
      const { data } = await octokit.rest.repos.listCommits({
        ...repo,
        sha: branch,
        per_page: 100,
      });
      const authors: string[] = [];
      for (const commit of data) {
        if (commit.sha === baseSha) break;
        authors.push(commit.author?.login ?? commit.commit.author?.name ?? 'unknown');
      }
      return authors;
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
    async writeFile(branch, path, content, message, sha) {
      await write(
        `commit ${path} to ${branch}`,
        () =>
          octokit.rest.repos.createOrUpdateFileContents({
            ...repo,
            branch,
            path,
            message,
            content: Buffer.from(content, 'utf8').toString('base64'),
            ...(sha ? { sha } : {}),
          }),
        undefined,
      );
    },
  };
}

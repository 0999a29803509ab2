import type { Config } from '../../core/config/config.ts';
import type { GitHubPort } from '../../github/port.ts';
import { postmortemFiles } from './check-postmortem.ts';

export interface DraftTarget {
  branch: string;
  /** Where the file goes when the branch has none yet. */
  path: string;
  /** What the scribe's file name starts with, whatever the title (see location.ts). */
  stem: string;
  markdown: string;
  message: string;
  defaultBranch: string;
  self: string;
  /** The pull request drafted before, when there is one. */
  pull: { number: number; headSha: string } | undefined;
}

export interface DraftOutcome {
  /** The file the draft is in (an earlier run's, when the title has changed since). */
  path: string;
  /** Someone other than the scribe has pushed to the branch: it is theirs now. */
  takenOver: boolean;
  /** The branch's head after this run, when the scribe still owns the branch. */
  headSha: string | undefined;
  /** When the scribe last committed the draft, if it ever did. */
  draftedAt: string | undefined;
  wrote: boolean;
  /** The head is the commit this run made: nothing can be on it yet (no check run either). */
  fresh: boolean;
}

/**
 * Puts the draft on its branch: creates the branch and commits the file the first time;
 * later, rewrites the file only when it differs and only while every commit on the branch
 * is the scribe's. Once a person has pushed, it never writes there again.
 */
export async function writeDraft(
  port: GitHubPort,
  config: Config,
  d: DraftTarget,
): Promise<DraftOutcome> {
  // 1. The first time: a new branch from the default branch, and one commit.
  if (!d.pull) {
    const base = await port.branchSha(d.defaultBranch);
    if (!base) throw new Error(`the default branch ${d.defaultBranch} does not exist`);
    if (await port.createBranch(d.branch, base)) {
      const { sha, fresh } = await commitOrFind(port, d, d.path, undefined);
      return {
        path: d.path,
        takenOver: false,
        headSha: sha,
        draftedAt: undefined,
        wrote: true,
        fresh,
      };
    }
  }

  // 2. The branch exists: whose commits are on it?
  const commits = await port.commitsOnlyOn(d.branch, d.defaultBranch);
  const takenOver = commits.some((c) => c.author !== d.self);
  const draftedAt = commits.find((c) => c.author === d.self)?.at;
  let path = d.path;
  let current = takenOver ? undefined : await port.readFile(path, { ref: d.branch });
  if ((takenOver || current === undefined) && d.pull) {
    // The title (and so the slug) may have changed: keep the file the pull request has.
    // Its name starts "<date>-<id>-" whatever the slug; people may have added other files.
    const files = postmortemFiles(config, await port.listPullFiles(d.pull.number));
    const earlier =
      files.find((f) => f.startsWith(d.stem)) ?? (files.length === 1 ? files[0] : undefined);
    if (earlier && earlier !== path) {
      path = earlier;
      if (!takenOver) current = await port.readFile(path, { ref: d.branch });
    }
  }
  if (takenOver)
    return { path, takenOver, headSha: undefined, draftedAt, wrote: false, fresh: false };

  // 3. Only the scribe has written here: refresh the file when the draft has changed.
  if (current === d.markdown) {
    const head = d.pull?.headSha ?? commits[0]?.sha ?? (await port.branchSha(d.branch));
    return { path, takenOver, headSha: head, draftedAt, wrote: false, fresh: false };
  }
  const fileSha = current === undefined ? undefined : await port.fileSha(path, d.branch);
  const { sha, fresh } = await commitOrFind(port, d, path, fileSha);
  return { path, takenOver, headSha: sha, draftedAt, wrote: true, fresh };
}

/**
 * Commits the draft. Two copies of one delivery race here: both read the same blob sha, and
 * GitHub refuses the slower one (409 for a stale sha, 422 for a file that appeared). When the
 * branch now holds exactly this draft, the other copy did the work: that is success.
 */
async function commitOrFind(
  port: GitHubPort,
  d: DraftTarget,
  path: string,
  fileSha: string | undefined,
): Promise<{ sha: string; fresh: boolean }> {
  try {
    return {
      sha: await port.writeFile(d.branch, path, d.markdown, d.message, fileSha),
      fresh: true,
    };
  } catch (error) {
    if ((await port.readFile(path, { ref: d.branch })) !== d.markdown) throw error;
    return { sha: (await port.branchSha(d.branch)) ?? '', fresh: false };
  }
}

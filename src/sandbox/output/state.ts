import type { Emulator } from '../emulator/emulator.ts';
import { diffTrees, filesAt } from '../emulator/git.ts';
import type { IssueRecord } from '../emulator/model.ts';
import { subIssuesOf } from '../emulator/routes/sub-issues.ts';
import { fieldValuesJson } from '../emulator/serialize-fields.ts';

/** state.json: the final repository state, in the shape docs/sandbox.md documents. */
export interface SandboxState {
  repo: string;
  now: string;
  issues: IssueState[];
  pulls: PullState[];
  branches: Record<string, { files: Record<string, string> }>;
}

export interface CommentState {
  id: number;
  user: string;
  body: string;
  created_at: string;
  updated_at: string;
}

export interface IssueState {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  state_reason: string | null;
  user: string;
  labels: string[];
  assignees: string[];
  created_at: string;
  closed_at: string | null;
  /** The parent issue's number when this issue is a sub-issue, else null. */
  parent: number | null;
  /** The numbers of its sub-issues, in GitHub's order. */
  sub_issues: number[];
  /** Its issue-field values by field name (empty where none is set or the feature is off). */
  fields: Record<string, string | number>;
  /** The name of its issue type, or null. */
  type: string | null;
  comments: CommentState[];
}

export interface PullState {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  merged: boolean;
  user: string;
  head: string;
  base: string;
  labels: string[];
  requested_reviewers: string[];
  /** The files the pull request changes, with their content at head (null when deleted). */
  files: Record<string, string | null>;
  comments: CommentState[];
  check_runs: {
    name: string;
    status: string;
    conclusion: string | null;
    output: { title: string | null; summary: string | null; annotations: unknown[] };
  }[];
}

/** Builds state.json from the emulator's records. */
export function buildState(emulator: Emulator): SandboxState {
  const { world } = emulator;
  const comments = (issue: IssueRecord): CommentState[] =>
    [...world.comments.values()]
      .filter((c) => c.issue === issue.number)
      .map((c) => ({
        id: c.id,
        user: c.user,
        body: c.body,
        created_at: c.createdAt,
        updated_at: c.updatedAt,
      }));
  const all = [...world.issues.values()].sort((a, b) => a.number - b.number);
  const issues = all
    .filter((i) => !i.pull)
    .map((i) => ({
      number: i.number,
      title: i.title,
      body: i.body,
      state: i.state,
      state_reason: i.stateReason,
      user: i.user,
      labels: [...i.labels].sort(),
      assignees: [...i.assignees],
      created_at: i.createdAt,
      closed_at: i.closedAt,
      parent: i.parent?.number ?? null,
      sub_issues: subIssuesOf(world, i.number).map((child) => child.number),
      fields: Object.fromEntries(
        fieldValuesJson(world, i).map((v) => [v.issue_field_name, v.value]),
      ) as Record<string, string | number>,
      type: world.issueTypes.find((t) => t.id === i.typeId)?.name ?? null,
      comments: comments(i),
    }));
  const pulls = all
    .filter((i) => i.pull)
    .map((i) => {
      const pull = i.pull as NonNullable<IssueRecord['pull']>;
      const change = diffTrees(world, pull.baseSha, pull.headSha);
      const head = filesAt(world, pull.headSha);
      const files: Record<string, string | null> = {};
      for (const path of [...change.added, ...change.modified].sort())
        files[path] = head[path] ?? '';
      for (const path of change.removed) files[path] = null;
      return {
        number: i.number,
        title: i.title,
        body: i.body,
        state: i.state,
        merged: pull.merged,
        user: i.user,
        head: pull.head,
        base: pull.base,
        labels: [...i.labels].sort(),
        requested_reviewers: [...pull.requestedReviewers],
        files,
        comments: comments(i),
        check_runs: world.checkRuns
          .filter((run) => run.headSha === pull.headSha)
          .map((run) => ({
            name: run.name,
            status: run.status,
            conclusion: run.conclusion,
            output: {
              title: run.output.title,
              summary: run.output.summary,
              annotations: run.output.annotations,
            },
          })),
      };
    });
  const branches: SandboxState['branches'] = {};
  for (const [ref, sha] of [...world.refs.entries()].sort()) {
    if (!ref.startsWith('refs/heads/')) continue;
    branches[ref.slice('refs/heads/'.length)] = { files: filesAt(world, sha) };
  }
  return {
    repo: `${world.owner}/${world.repo}`,
    now: emulator.clock.iso(),
    issues,
    pulls,
    branches,
  };
}

import type { Emulator } from '../emulator/emulator.ts';
import { diffTrees, filesAt } from '../emulator/git.ts';
import type { CommentRecord, IssueRecord, TimelineRecord } from '../emulator/model.ts';
import type { World } from '../emulator/world.ts';

// A pull request's own commits are walked back at most this far from its head.
const MAX_COMMITS = 50;

/** transcript.md: the issues and pull requests as a person would read them on GitHub. */
export function buildTranscript(emulator: Emulator, heading: string): string {
  const { world } = emulator;
  const lines: string[] = [`# ${heading}`, ''];
  lines.push(
    `Repository \`${world.owner}/${world.repo}\`, virtual time ${emulator.clock.iso()}.`,
    '',
  );
  const items = [...world.issues.values()].sort((a, b) => a.number - b.number);
  for (const issue of items) lines.push(...renderIssue(emulator, issue), '');
  return `${lines.join('\n').trimEnd()}\n`;
}

function renderIssue(emulator: Emulator, issue: IssueRecord): string[] {
  const { world } = emulator;
  const kind = issue.pull ? 'Pull request' : 'Issue';
  const state = issue.pull?.merged ? 'merged' : issue.state;
  const out = [`## ${kind} #${issue.number}: ${oneLine(issue.title)}`, ''];
  const meta = [`**${state}**`, `opened by @${issue.user} at ${hhmm(issue.createdAt)}`];
  if (issue.labels.length > 0)
    meta.push(`labels: ${issue.labels.map((l) => `\`${l}\``).join(', ')}`);
  if (issue.assignees.length > 0)
    meta.push(`assignees: ${issue.assignees.map((a) => `@${a}`).join(', ')}`);
  const type = world.issueTypes.find((t) => t.id === issue.typeId);
  if (type) meta.push(`type: ${type.name}`);
  if (issue.pull) meta.push(`\`${issue.pull.head}\` → \`${issue.pull.base}\``);
  out.push(meta.join(' · '), '');
  if (issue.body) out.push(quote(issue.body), '');
  if (issue.pull) out.push(...renderCommits(world, issue.pull.headSha, issue.pull.baseSha));
  const entries: (TimelineRecord | CommentRecord)[] = [
    ...world.timeline.filter((t) => t.issue === issue.number),
    ...[...world.comments.values()].filter((c) => c.issue === issue.number),
  ].sort((a, b) => a.seq - b.seq);
  for (const entry of entries) {
    if ('event' in entry) {
      out.push(`- ${hhmm(entry.createdAt)} ${describe(entry)}`);
    } else {
      const revisions = entry.revisions ?? [];
      const edited =
        revisions.length > 0
          ? ` (edited ${revisions.length === 1 ? 'once' : `${revisions.length} times`}; below, as it reads since ${hhmm(entry.updatedAt)})`
          : '';
      out.push(
        '',
        `**@${entry.user}** commented at ${hhmm(entry.createdAt)}${edited}:`,
        '',
        quote(entry.body),
        '',
      );
      // What a reader saw at each moment: every earlier text, with when it was written.
      if (revisions.length > 0) {
        out.push(`<details><summary>Earlier versions (${revisions.length})</summary>`, '');
        for (const revision of revisions) {
          out.push(`As it read from ${hhmm(revision.at)}:`, '', quote(revision.body), '');
        }
        out.push('</details>', '');
      }
    }
  }
  const checks = issue.pull ? world.checkRuns.filter((r) => r.headSha === issue.pull?.headSha) : [];
  for (const run of checks) {
    out.push(
      `- check **${run.name}**: ${run.conclusion ?? run.status}${run.output.title ? ` (${run.output.title})` : ''}`,
    );
  }
  return out.filter((line, i, all) => !(line === '' && all[i - 1] === ''));
}

/**
 * The pull request's commits, oldest first, each with the files it changed as they were in
 * that commit: the post-mortem as the scribe drafted it, then as people completed it.
 */
function renderCommits(world: World, headSha: string, baseSha: string): string[] {
  const commits = [];
  for (let sha: string | undefined = headSha; sha && sha !== baseSha; ) {
    const commit = world.commits.get(sha);
    if (!commit || commits.length >= MAX_COMMITS) break;
    commits.unshift(commit);
    // Only first parents: a merge of the base into the branch does not list the base's history.
    sha = commit.parents.length === 1 ? commit.parents[0] : undefined;
  }
  const out: string[] = [];
  for (const commit of commits) {
    out.push(
      `- ${hhmm(commit.committer.date)} @${commit.pusher} committed \`${commit.sha.slice(0, 7)}\`: ${oneLine(commit.message)}`,
    );
    const { added, modified } = diffTrees(world, commit.parents[0], commit.sha);
    const files = filesAt(world, commit.sha);
    for (const path of [...added, ...modified]) {
      const content = files[path] ?? '';
      const fence = '`'.repeat(Math.max(3, longestBacktickRun(content) + 1));
      out.push(
        '',
        `<details><summary>${path} as of this commit</summary>`,
        '',
        `${fence}markdown`,
        content.trimEnd(),
        fence,
        '',
        '</details>',
        '',
      );
    }
  }
  return out.length > 0 ? [...out, ''] : [];
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  let run = 0;
  for (const char of text) {
    run = char === '`' ? run + 1 : 0;
    if (run > longest) longest = run;
  }
  return longest;
}

function describe(t: TimelineRecord): string {
  const who = `@${t.actor}`;
  switch (t.event) {
    case 'labeled':
      return `${who} added the \`${t.label}\` label`;
    case 'unlabeled':
      return `${who} removed the \`${t.label}\` label`;
    case 'assigned':
      return t.assignee === t.actor
        ? `${who} self-assigned this`
        : `${who} assigned @${t.assignee}`;
    case 'unassigned':
      return `${who} unassigned @${t.assignee}`;
    case 'closed':
      return `${who} closed this${t.stateReason ? ` as ${t.stateReason.replace('_', ' ')}` : ''}`;
    case 'reopened':
      return `${who} reopened this`;
    case 'renamed':
      return `${who} changed the title from "${oneLine(t.rename?.from ?? '')}" to "${oneLine(t.rename?.to ?? '')}"`;
    case 'cross-referenced':
      return `${who} mentioned this in #${t.source}`;
    case 'merged':
      return `${who} merged commit ${t.commitId?.slice(0, 7)}`;
    case 'review_requested':
      return `${who} requested a review from @${t.reviewer}`;
    default:
      return `${who} ${t.event}`;
  }
}

function hhmm(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function quote(text: string): string {
  // Hidden markers are HTML comments: GitHub does not show them, so neither does the transcript.
  return text
    .replace(/<!--[\s\S]*?-->\n?/g, '')
    .trim()
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

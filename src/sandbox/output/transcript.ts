import type { Emulator } from '../emulator/emulator.ts';
import type { CommentRecord, IssueRecord, TimelineRecord } from '../emulator/model.ts';

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
  if (issue.pull) meta.push(`\`${issue.pull.head}\` → \`${issue.pull.base}\``);
  out.push(meta.join(' · '), '');
  if (issue.body) out.push(quote(issue.body), '');
  const entries: (TimelineRecord | CommentRecord)[] = [
    ...world.timeline.filter((t) => t.issue === issue.number),
    ...[...world.comments.values()].filter((c) => c.issue === issue.number),
  ].sort((a, b) => a.seq - b.seq);
  for (const entry of entries) {
    if ('event' in entry) {
      out.push(`- ${hhmm(entry.createdAt)} ${describe(entry)}`);
    } else {
      const edited = entry.updatedAt !== entry.createdAt ? ' (edited)' : '';
      out.push(
        '',
        `**@${entry.user}** commented at ${hhmm(entry.createdAt)}${edited}:`,
        '',
        quote(entry.body),
        '',
      );
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

import type { Command } from '../../core/commands/command-types.ts';
import { parseCommentCommands } from '../../core/commands/parse-commands.ts';
import { type Config, findSeverity } from '../../core/config/config.ts';
import type { IssueEvent, IssueSnapshot } from '../../core/incident/issue.ts';
import type { Timeline } from '../../core/timeline/timeline-types.ts';
import type { GitHubPort } from '../../github/port.ts';

/**
 * What a comment's accepted commands change on the issue itself: `/ic` assigns the
 * commander, `/severity` swaps the severity label. Checked against the issue first, so a
 * redelivery writes nothing.
 */
export async function applyCommands(
  port: GitHubPort,
  config: Config,
  issue: IssueSnapshot,
  timeline: Timeline,
  comment: Extract<IssueEvent, { kind: 'commented' }>,
  /** Who the scribe is, and when its changes happen: each change comes back as an event. */
  context: { self: string; at: string },
): Promise<{ issue: IssueSnapshot; made: IssueEvent[] }> {
  const actor = { login: context.self, type: 'Bot' };
  const at = context.at;
  const made: IssueEvent[] = [];
  const refused = new Set(
    timeline.rejected.filter((r) => r.commentId === comment.id).map((r) => r.command.line),
  );
  const { commands } = parseCommentCommands(comment, config);
  let labels = issue.labels;
  let assignees = issue.assignees;
  for (const command of commands.filter((c: Command) => !refused.has(c.line))) {
    if (
      command.kind === 'role' &&
      command.role === 'commander' &&
      !includes(assignees, command.login)
    ) {
      await port.addAssignees(issue.number, [command.login]);
      made.push({ kind: 'assigned', actor, at, assignee: command.login });
      assignees = [...assignees, command.login];
    }
    if (command.kind === 'severity') {
      const severity = findSeverity(config, command.severity);
      if (!severity) continue;
      // Add before removing: the issue's history then reads as one change of severity, never
      // as a moment without one (which is what it shows once the command comment is deleted).
      if (!includes(labels, severity.label)) {
        await port.addLabels(issue.number, [severity.label]);
        made.push({ kind: 'labeled', actor, at, label: severity.label });
      }
      for (const other of config.severities.filter((s) => s !== severity)) {
        if (!includes(labels, other.label)) continue;
        await port.removeLabel(issue.number, other.label);
        made.push({ kind: 'unlabeled', actor, at, label: other.label });
      }
      labels = [
        ...labels.filter(
          (l) => !config.severities.some((s) => s.label.toLowerCase() === l.toLowerCase()),
        ),
        severity.label,
      ];
    }
  }
  return { issue: { ...issue, labels, assignees }, made };
}

function includes(list: string[], value: string): boolean {
  return list.some((item) => item.toLowerCase() === value.toLowerCase());
}

import type { Config } from '../../core/config/config.ts';
import { readReplyMarker } from '../../core/markdown/marker.ts';
import { renderCommandReply } from '../../core/timeline/render-command-reply.ts';
import { renderHelp } from '../../core/timeline/render-help.ts';
import { renderStatusUpdate } from '../../core/timeline/render-status-update.ts';
import type { Timeline } from '../../core/timeline/timeline-types.ts';
import type { GitHubPort, IssueComment } from '../../github/port.ts';
import { findOwnComments, keepOldestReplies } from '../shared/own-comment.ts';

const REPLY_KINDS = ['status-update', 'command-reply', 'help'] as const;

/**
 * The scribe's answers to people's comments: one status update per `/status` line, one reply
 * per comment whose commands were refused or adjusted, one list of commands per `/help`. Each is keyed by the comment it answers,
 * so a redelivery changes nothing, an edit updates the answer, and a deleted or corrected
 * comment takes its answer with it.
 */
export async function syncReplies(
  port: GitHubPort,
  config: Config,
  timeline: Timeline,
  context: {
    issue: number;
    incidentId: string;
    comments: IssueComment[];
    self: string;
    /** The comment this event is about: only its answers are rewritten; older ones stand. */
    trigger: number | undefined;
  },
): Promise<number> {
  const wanted = new Map<string, string>();
  for (const update of timeline.statusUpdates) {
    wanted.set(
      `status-update:${update.commentId}:${update.line}`,
      renderStatusUpdate(timeline, update, { incidentId: context.incidentId, config }),
    );
  }
  const answered = new Set([...timeline.rejected, ...timeline.notes].map((r) => r.commentId));
  for (const commentId of answered) {
    const reply = renderCommandReply(timeline, commentId, config);
    if (reply) wanted.set(`command-reply:${commentId}`, reply);
  }

  for (const commentId of timeline.helpAsked) {
    wanted.set(`help:${commentId}`, renderHelp(config, commentId));
  }

  let writes = 0;
  const existing = new Map<string, IssueComment>();
  for (const kind of REPLY_KINDS) {
    const own = findOwnComments(context.comments, context.self, kind, readReplyMarker);
    for (const { comment, data } of own) {
      const key =
        kind === 'status-update'
          ? `${kind}:${data.comment}:${data.line}`
          : `${kind}:${data.comment}`;
      if (existing.has(key) || !wanted.has(key)) {
        await port.deleteIssueComment(comment.id);
        writes++;
      } else {
        existing.set(key, comment);
      }
    }
  }
  let created = 0;
  for (const [key, body] of wanted) {
    const comment = existing.get(key);
    if (!comment) {
      await port.createIssueComment(context.issue, body);
      created++;
    } else if (comment.body !== body && key.split(':')[1] === String(context.trigger)) {
      await port.updateIssueComment(comment.id, body);
    } else continue;
    writes++;
  }
  // Two deliveries racing may both have answered; keep the oldest answer of each.
  if (created > 0)
    writes += await keepOldestReplies(port, context.issue, context.self, REPLY_KINDS);
  return writes;
}

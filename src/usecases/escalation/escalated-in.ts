import { escalationMarker } from '../../core/escalation/render-escalation.ts';
import type { StatusMarker } from '../../core/status/render-status-comment.ts';
import type { IssueComment } from '../../github/port.ts';
import { findOwnComments } from '../shared/own-comment.ts';

const LEVELS = ['L1', 'L2', 'L3', 'L4', 'L5', 'L6', 'L7', 'L8', 'L9'];

/**
 * The levels already escalated to, read from the scribe's own escalation comments (one per
 * level), for the status marker: `{}` when there are none, so the marker stays as it was.
 */
export function escalatedIn(
  comments: IssueComment[],
  self: string,
): Pick<StatusMarker, 'escalated'> {
  const escalated = LEVELS.flatMap((level) => {
    const found = findOwnComments(comments, self, escalationMarker(level), (data) =>
      data.level === level ? data : undefined,
    )[0];
    if (!found) return [];
    return [
      {
        level,
        at: found.comment.createdAt,
        ...(found.data.noAccess === true ? { noAccess: true } : {}),
      },
    ];
  });
  return escalated.length > 0 ? { escalated } : {};
}

import type { IssueEvent } from '../../core/incident/issue.ts';
import { type MarkerData, readMarker, readReplyMarker } from '../../core/markdown/marker.ts';
import { capBody } from '../../core/text/cap-body.ts';
import type { GitHubPort, IssueComment } from '../../github/port.ts';

export interface OwnComment {
  comment: IssueComment;
  data: MarkerData;
}

/** The scribe's own comments, as the issue's timeline shows them (no separate read). */
export function ownCommentsIn(events: readonly IssueEvent[], self: string): IssueComment[] {
  return events.flatMap((e) =>
    e.kind === 'commented' && e.actor.login === self
      ? [
          {
            id: e.id,
            body: e.body,
            user: e.actor,
            createdAt: e.at,
            updatedAt: e.updatedAt,
            htmlUrl: e.htmlUrl,
          },
        ]
      : [],
  );
}

/**
 * The scribe's comments of one kind, oldest first. A marker counts only as the first line of a
 * comment the scribe wrote, and only when `read` (the kind's validator) accepts its payload.
 */
export function findOwnComments<T extends object = MarkerData>(
  comments: readonly IssueComment[],
  self: string,
  kind: string,
  read: (data: MarkerData) => T | undefined = (data) => data as T,
): { comment: IssueComment; data: T }[] {
  return comments
    .filter((c) => c.user.login === self)
    .flatMap((comment) => {
      const raw = readMarker(comment.body, kind);
      const data = raw ? read(raw) : undefined;
      return data ? [{ comment, data }] : [];
    })
    .sort((a, b) => a.comment.id - b.comment.id);
}

/**
 * Makes sure exactly one comment of this kind exists with this body: updates it when it
 * differs, writes nothing when it is the same. Two deliveries racing may both create one;
 * whoever creates re-reads the end of the issue's history (where both are: the timeline is
 * read from the page it last knew, one request as a rule, not all comments again) and keeps
 * only the oldest, so the issue converges on one comment.
 */
export async function ensureOwnComment(
  port: GitHubPort,
  issue: number,
  kind: string,
  text: string,
  known: { comments: IssueComment[]; self: string },
): Promise<{ comment: IssueComment | undefined; wrote: boolean }> {
  // Compared as the port will write it, so a body cut to GitHub's limit is not rewritten each time.
  const body = capBody(text);
  const existing = findOwnComments(known.comments, known.self, kind)[0];
  if (existing) {
    if (existing.comment.body === body) return { comment: existing.comment, wrote: false };
    await port.updateIssueComment(existing.comment.id, body);
    return { comment: { ...existing.comment, body }, wrote: true };
  }
  const created = await port.createIssueComment(issue, body);
  const recent = ownCommentsIn(await port.listIssueTimeline(issue), known.self);
  const mine = findOwnComments(recent, known.self, kind);
  const [keep, ...extra] = mine;
  for (const duplicate of extra) await port.deleteIssueComment(duplicate.comment.id);
  if (keep && keep.comment.id !== created.id && keep.comment.body !== body) {
    await port.updateIssueComment(keep.comment.id, body);
  }
  return { comment: keep?.comment ?? created, wrote: true };
}

/**
 * Answers keyed by the comment they answer (and the line, for status updates) exist once per
 * key. Two deliveries racing may both have written one: whoever wrote re-reads the end of the
 * issue's history (where both are, see ensureOwnComment) and deletes all but the oldest of each
 * key. Both copies delete the same ones; a second delete of a comment is a no-op at the port.
 */
export async function keepOldestReplies(
  port: GitHubPort,
  issue: number,
  self: string,
  kinds: readonly string[],
): Promise<number> {
  const comments = ownCommentsIn(await port.listIssueTimeline(issue), self);
  const seen = new Set<string>();
  let deleted = 0;
  for (const kind of kinds) {
    for (const { comment, data } of findOwnComments(comments, self, kind, readReplyMarker)) {
      const key = `${kind}:${data.comment}:${data.line ?? ''}`;
      if (seen.has(key)) {
        await port.deleteIssueComment(comment.id);
        deleted++;
      }
      seen.add(key);
    }
  }
  return deleted;
}

import { commandItemId } from '../../core/action-items/item-identity.ts';
import type { ItemIncident, WantedItem } from '../../core/action-items/item-types.ts';
import {
  ACTION_REPLY_MARKER,
  ITEM_LIMIT_MARKER,
  type RepliedItem,
  renderActionReply,
  renderItemLimit,
} from '../../core/action-items/render-action-reply.ts';
import { parseCommentCommands } from '../../core/commands/parse-commands.ts';
import type { Config } from '../../core/config/config.ts';
import { incidentId } from '../../core/incident/incident-id.ts';
import type { IssueSnapshot } from '../../core/incident/issue.ts';
import type { GitHubPort } from '../../github/port.ts';
import type { IncidentRecord } from '../incident/refresh-incident.ts';
import {
  ensureOwnComment,
  findOwnComments,
  keepOldestReplies,
  ownCommentsIn,
} from '../shared/own-comment.ts';
import { syncItems } from './sync-items.ts';

const COMMAND_ITEM = /^A\d+(\.\d+)?$/;

/**
 * `/action` lines become action-item issues at once (a SEV3 may never get a post-mortem):
 * 1. read every accepted `/action` line from the incident's comments; 2. sync them as items
 * (filed once, updated when a comment is edited, noted when it is deleted); 3. answer each
 * comment with its items' links, keyed by the comment.
 */
export async function fileCommandItems(
  port: GitHubPort,
  config: Config,
  input: { issue: IssueSnapshot; record: IncidentRecord; defaultBranch: string; now: Date },
): Promise<string> {
  const { issue, record } = input;
  const { self, timeline, events } = record;
  // 1. The accepted /action lines, oldest comment first.
  const refused = new Set(timeline.rejected.map((r) => `${r.commentId}:${r.command.line}`));
  const wanted: (WantedItem & { comment: number; author: string })[] = [];
  for (const event of events) {
    if (event.kind !== 'commented' || event.actor.login === self) continue;
    const { commands } = parseCommentCommands(event, config);
    let nth = 0;
    for (const command of commands) {
      if (command.kind !== 'action') continue;
      nth += 1;
      if (refused.has(`${event.id}:${command.line}`)) continue;
      wanted.push({
        item: commandItemId(event.id, nth),
        description: command.description,
        owner: command.owner,
        due: command.due,
        refs: [],
        source: { kind: 'command', url: event.htmlUrl },
        comment: event.id,
        author: event.actor.login,
      });
    }
  }

  // 2. The items themselves.
  const severity = timeline.state.severity;
  const incident: ItemIncident = {
    id: incidentId(config.incidentIdFormat, issue),
    number: issue.number,
    url: issue.htmlUrl,
    severity: severity ? { id: severity.id, title: severity.title } : undefined,
  };
  const synced = await syncItems(port, config, {
    incident,
    wanted,
    source: { kind: 'command', url: issue.htmlUrl },
    speaksFor: (item) => COMMAND_ITEM.test(item.marker.item),
    self,
    defaultBranch: input.defaultBranch,
    now: input.now,
  });
  const comments = ownCommentsIn(events, self);
  if (!synced.ok) {
    await ensureOwnComment(
      port,
      issue.number,
      ITEM_LIMIT_MARKER,
      renderItemLimit(incident.id, synced.needed, synced.max),
      { comments, self },
    );
    return 'action items refused: over the limit';
  }

  // 3. One answer per comment, rewritten only when its items changed.
  const byComment = new Map<number, { author: string; items: RepliedItem[]; complete: boolean }>();
  for (const want of wanted) {
    const entry = byComment.get(want.comment) ?? { author: want.author, items: [], complete: true };
    byComment.set(want.comment, entry);
    const done = synced.items.find((r) => r.item === want.item);
    if (!done?.number || !done.url) {
      // Another delivery is filing it this moment: that delivery answers.
      entry.complete = false;
      continue;
    }
    entry.items.push({
      number: done.number,
      url: done.url,
      description: want.description,
      owner: want.owner,
      due: want.due,
    });
  }
  const replies = findOwnComments(comments, self, ACTION_REPLY_MARKER);
  let created = 0;
  for (const [commentId, entry] of byComment) {
    if (!entry.complete) continue;
    const body = renderActionReply(commentId, entry.author, entry.items);
    const existing = replies.find((r) => r.data.comment === commentId);
    if (!existing) {
      await port.createIssueComment(issue.number, body);
      created++;
    } else if (existing.comment.body !== body)
      await port.updateIssueComment(existing.comment.id, body);
  }
  if (created > 0) await keepOldestReplies(port, issue.number, self, [ACTION_REPLY_MARKER]);
  // A deleted comment takes its answer with it; its item stays, with a note on it.
  for (const reply of replies) {
    if (!byComment.has(Number(reply.data.comment))) await port.deleteIssueComment(reply.comment.id);
  }
  const counts = synced.items.map((r) => r.outcome);
  return `action items: ${summarize(counts)}`;
}

function summarize(outcomes: string[]): string {
  if (outcomes.length === 0) return 'none';
  const counts = new Map<string, number>();
  for (const o of outcomes) counts.set(o, (counts.get(o) ?? 0) + 1);
  return [...counts].map(([o, n]) => `${n} ${o}`).join(', ');
}

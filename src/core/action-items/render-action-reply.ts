import { renderMarker } from '../markdown/marker.ts';
import { neutralizeMentions, quietLogin, safeInline } from '../text/safe-text.ts';

export const ACTION_REPLY_MARKER = 'action-reply';
export const ITEM_LIMIT_MARKER = 'action-item-limit';

export interface RepliedItem {
  number: number;
  url: string;
  description: string;
  owner: string | null;
  due: string | null;
}

/** The answer to a comment with `/action` lines: each item's issue, keyed by the comment. */
export function renderActionReply(commentId: number, author: string, items: RepliedItem[]): string {
  const lines = items.map((item) => {
    const facts = [
      item.owner ? `owner ${quietLogin(item.owner.replace(/^@/, ''))}` : 'no owner yet',
      item.due ? `due ${item.due}` : 'no due date',
    ];
    return `- [#${item.number}](${item.url}) ${safeInline(item.description, 120)} (${facts.join(', ')})`;
  });
  const head =
    items.length === 1
      ? `${quietLogin(author)}, action item filed:`
      : `${quietLogin(author)}, ${items.length} action items filed:`;
  return [
    renderMarker(ACTION_REPLY_MARKER, { comment: commentId }),
    neutralizeMentions(head),
    ...lines,
  ].join('\n');
}

/**
 * The one comment that says an incident has more items than it may have: GitHub's 100
 * sub-issues per issue, or a lower `action_items.max`.
 */
export function renderItemLimit(incidentId: string, needed: number, max: number): string {
  const limit =
    max >= 100
      ? `an issue holds at most ${max} sub-issues`
      : `this repository allows ${max} per incident (\`action_items.max\`)`;
  return [
    renderMarker(ITEM_LIMIT_MARKER, {}),
    `${incidentId} would need ${needed} action items, and ${limit}, so no new item was filed. Merge some items, or track the rest elsewhere.`,
  ].join('\n');
}

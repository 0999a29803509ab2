import { dueFieldValue } from '../../core/action-items/due-field.ts';
import { ACTION_ITEM_MARKER, readActionItemMarker } from '../../core/action-items/item-marker.ts';
import {
  type ItemLine,
  renderItemSection,
  replaceItemSection,
} from '../../core/action-items/render-item-section.ts';
import { readMarker } from '../../core/markdown/marker.ts';
import { resolveDueDate } from '../../core/report/resolve-due-date.ts';
import { STATUS_MARKER } from '../../core/status/render-status-comment.ts';
import type { GitHubPort } from '../../github/port.ts';
import { findOwnComments } from '../shared/own-comment.ts';

/**
 * Rewrites the action-item list in the incident's status comment: 1. read the incident's
 * sub-issues (the scribe's items only); 2. render open / done / won't do, overdue marked;
 * 3. replace the section in the status comment, writing only when it changed. `dueField`
 * names the date issue field whose value, where set, is an item's due date.
 */
export async function showItemsInStatus(
  port: GitHubPort,
  incident: number,
  today: string,
  dueField: string | null,
): Promise<string> {
  const self = await port.selfLogin();
  const items: ItemLine[] = (await port.listSubIssues(incident)).flatMap((issue) => {
    if (issue.author !== self) return [];
    const marker = readActionItemMarker(readMarker(issue.body, ACTION_ITEM_MARKER));
    if (!marker || marker.parent !== incident) return [];
    return [
      {
        number: issue.number,
        url: issue.htmlUrl,
        title: issue.title,
        state: issue.state,
        stateReason: issue.stateReason,
        due: resolveDueDate({ marker, dueField: dueFieldValue(issue.fieldValues, dueField) }),
      },
    ];
  });
  const status = findOwnComments(await port.listIssueComments(incident), self, STATUS_MARKER)[0];
  if (!status) return 'no status comment';
  const body = replaceItemSection(status.comment.body, renderItemSection(items, today));
  if (body === undefined || body === status.comment.body) return 'item list unchanged';
  await port.updateIssueComment(status.comment.id, body);
  return 'item list updated';
}

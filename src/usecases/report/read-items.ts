import { DEFAULT_DUE_FIELD, dueFieldValue } from '../../core/action-items/due-field.ts';
import { ACTION_ITEM_MARKER, readActionItemMarker } from '../../core/action-items/item-marker.ts';
import type { Config } from '../../core/config/config.ts';
import type { IssueSnapshot } from '../../core/incident/issue.ts';
import { readMarker } from '../../core/markdown/marker.ts';
import type { ItemIssue } from '../../core/report/report-types.ts';
import { resolveDueDate } from '../../core/report/resolve-due-date.ts';
import type { GitHubPort } from '../../github/port.ts';

/**
 * The action items the report covers: every open one (ceil(n/100) reads) and those closed in
 * the last seven days (one read, usually). Listed by label, never searched.
 */
export async function readItems(
  port: GitHubPort,
  config: Config,
  self: string,
  since: string,
): Promise<ItemIssue[]> {
  const label = config.labels.actionItem;
  const open = await port.listIssuesByLabel(label, { state: 'open' });
  const closed = await port.listIssuesByLabel(label, { state: 'closed', since });
  return [...open, ...closed].map((issue) => toItem(issue, self, config.actionItems.dueField));
}

/**
 * An item issue as the report reads it; its marker counts only when the scribe opened it. Its
 * due date is the due field's where that holds one (a person may have moved it there).
 */
export function toItem(
  issue: IssueSnapshot,
  self: string,
  dueField: string | null = DEFAULT_DUE_FIELD,
): ItemIssue {
  const trusted = issue.author.login === self;
  const marker = trusted
    ? readActionItemMarker(readMarker(issue.body, ACTION_ITEM_MARKER))
    : undefined;
  return {
    number: issue.number,
    title: issue.title,
    url: issue.htmlUrl,
    state: issue.state,
    stateReason: issue.stateReason,
    closedAt: issue.closedAt,
    marker,
    due: resolveDueDate({ marker, dueField: dueFieldValue(issue.fieldValues, dueField) }),
  };
}

import { sameItemId } from '../../core/action-items/item-identity.ts';
import { ACTION_ITEM_MARKER, readActionItemMarker } from '../../core/action-items/item-marker.ts';
import type { ItemIncident } from '../../core/action-items/item-types.ts';
import type { Config } from '../../core/config/config.ts';
import type { IssueSnapshot } from '../../core/incident/issue.ts';
import { readMarker } from '../../core/markdown/marker.ts';
import type { GitHubPort } from '../../github/port.ts';
import type { ItemResult, SyncRequest } from './sync-items.ts';

/**
 * Claimed items still missing from the sub-issues: a run that opened the issue but died before
 * linking it left it outside the incident. Found by label and marker (one listing, only on
 * this path) and linked; GitHub takes a link once, so two deliveries doing it agree.
 */
export async function linkOrphans(
  port: GitHubPort,
  config: Config,
  request: SyncRequest,
  results: ItemResult[],
): Promise<void> {
  const missing = results.filter((r) => r.outcome === 'claimed elsewhere');
  if (missing.length === 0) return;
  const issues = await port.listIssuesByLabel(config.labels.actionItem, { state: 'all' });
  for (const r of missing) {
    const orphan = ownItemIssue(issues, request, r.item);
    if (!orphan) continue;
    await port.addSubIssue(request.incident.number, orphan.id);
    Object.assign(r, { number: orphan.number, url: orphan.htmlUrl, outcome: 'created' });
  }
}

/**
 * The item's issue, if GitHub opened it though its answer was lost: the newest 100 issues with
 * the item label (one request). The one just opened is among them, since pacing (80 writes a
 * minute) leaves no room for 100 others in the seconds since.
 */
export async function findOpenedItem(
  port: GitHubPort,
  config: Config,
  request: SyncRequest,
  item: string,
): Promise<(IssueSnapshot & { id: number }) | undefined> {
  const issues = await port.listIssuesByLabel(config.labels.actionItem, {
    state: 'all',
    limit: 100,
  });
  return ownItemIssue(issues, request, item);
}

/** The scribe's own issue for the item (its marker trusted only on an issue it opened). */
function ownItemIssue(
  issues: IssueSnapshot[],
  request: { incident: ItemIncident; self: string },
  item: string,
): (IssueSnapshot & { id: number }) | undefined {
  const { incident, self } = request;
  return issues.find((issue): issue is IssueSnapshot & { id: number } => {
    if (issue.author.login !== self || issue.id === undefined) return false;
    const marker = readActionItemMarker(readMarker(issue.body, ACTION_ITEM_MARKER));
    return (
      marker?.parent === incident.number &&
      marker.incident === incident.id &&
      sameItemId(marker.item, item)
    );
  });
}

import { sameItemId } from '../../core/action-items/item-identity.ts';
import { ACTION_ITEM_MARKER, readActionItemMarker } from '../../core/action-items/item-marker.ts';
import type { Config } from '../../core/config/config.ts';
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
  const { incident, self } = request;
  const issues = await port.listIssuesByLabel(config.labels.actionItem, { state: 'all' });
  for (const r of missing) {
    const orphan = issues.find((issue) => {
      if (issue.author.login !== self || issue.id === undefined) return false;
      const marker = readActionItemMarker(readMarker(issue.body, ACTION_ITEM_MARKER));
      return (
        marker?.parent === incident.number &&
        marker.incident === incident.id &&
        sameItemId(marker.item, r.item)
      );
    });
    if (!orphan?.id) continue;
    await port.addSubIssue(incident.number, orphan.id);
    Object.assign(r, { number: orphan.number, url: orphan.htmlUrl, outcome: 'created' });
  }
}

import { renderMarker } from '../markdown/marker.ts';
import { safeInline } from '../text/safe-text.ts';

export const BACK_LINK_MARKER = 'action-item-links';

export interface BackLinkItem {
  number: number;
  url: string;
  description: string;
  outcome: 'created' | 'updated' | 'unchanged' | 'removed';
}

const WORDS = {
  created: 'filed',
  updated: 'updated',
  unchanged: 'unchanged',
  removed: 'no longer in the post-mortem; left open',
};

/** The one comment on a merged post-mortem's pull request listing its items, kept up to date. */
export function renderBackLink(incidentId: string, items: readonly BackLinkItem[]): string {
  const lines =
    items.length === 0
      ? ['The post-mortem lists no action items.']
      : items.map(
          (i) =>
            `- [#${i.number}](${i.url}) ${safeInline(i.description, 120)} (${WORDS[i.outcome]})`,
        );
  return [
    renderMarker(BACK_LINK_MARKER, { incident: incidentId }),
    `Action items of ${incidentId}, as sub-issues of the incident:`,
    ...lines,
  ].join('\n');
}

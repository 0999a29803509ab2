import { neutralizeMentions } from '../text/safe-text.ts';
import type { ItemSource } from './item-types.ts';

/** The one comment an item gets when its source changed it. */
export function renderItemChanged(source: ItemSource, changes: readonly string[]): string {
  const where =
    source.kind === 'postmortem'
      ? `the post-mortem [${source.path}](${source.url})`
      : `[the /action comment](${source.url})`;
  return neutralizeMentions(`Updated from ${where}: ${changes.join('; ')}.`);
}

/** The one comment an item gets when its row or its `/action` line is gone: it stays open. */
export function renderItemRemoved(source: ItemSource): string {
  const what =
    source.kind === 'postmortem'
      ? `This item is no longer in the post-mortem [${source.path}](${source.url}).`
      : 'The /action comment that filed this item was deleted or no longer lists it.';
  return `${what} The issue stays as it is: close it as not planned if it is no longer needed.`;
}

import { sameItemId } from './item-identity.ts';
import type { FiledItem, WantedItem } from './item-types.ts';
import { renderItemTitle } from './render-item.ts';

export type ItemPlan =
  | { kind: 'create'; wanted: WantedItem }
  | { kind: 'update'; wanted: WantedItem; filed: FiledItem; changes: string[] }
  | { kind: 'unchanged'; wanted: WantedItem; filed: FiledItem }
  | { kind: 'removed'; filed: FiledItem };

/**
 * Compares what a source wants with the items already filed. A wanted item is the filed one its
 * row names (`#12`, a link to the issue) or, failing that, the one with its id; each filed item
 * answers one row at most. Filed items no row wants, and that `mayRemove` accepts, are removed
 * from the source (they get a comment, never a close).
 */
export function planItemSync(
  wanted: readonly WantedItem[],
  filed: readonly FiledItem[],
  mayRemove: (item: FiledItem) => boolean,
): ItemPlan[] {
  const taken = new Set<number>();
  const plans: ItemPlan[] = [];
  const seenIds: string[] = [];
  for (const want of wanted) {
    // The same id twice in one table is one item: the first row wins.
    if (seenIds.some((id) => sameItemId(id, want.item))) continue;
    seenIds.push(want.item);
    const byRef = filed.find((f) => !taken.has(f.number) && want.refs.includes(f.number));
    const match =
      byRef ?? filed.find((f) => !taken.has(f.number) && sameItemId(f.marker.item, want.item));
    if (!match) {
      plans.push({ kind: 'create', wanted: want });
      continue;
    }
    taken.add(match.number);
    const changes = changesOf(want, match);
    plans.push(
      changes.length > 0
        ? { kind: 'update', wanted: { ...want, item: match.marker.item }, filed: match, changes }
        : { kind: 'unchanged', wanted: { ...want, item: match.marker.item }, filed: match },
    );
  }
  for (const item of filed) {
    if (!taken.has(item.number) && mayRemove(item)) plans.push({ kind: 'removed', filed: item });
  }
  return plans;
}

/** What a source changed since the scribe last wrote the item, in words for its comment. */
export function changesOf(want: WantedItem, filed: FiledItem): string[] {
  const changes: string[] = [];
  const marker = filed.marker;
  if (marker.title !== undefined && marker.title !== renderItemTitle(want.description)) {
    changes.push('description');
  }
  if ((marker.owner ?? null)?.toLowerCase() !== (want.owner ?? null)?.toLowerCase()) {
    changes.push(`owner ${marker.owner ?? 'none'} → ${want.owner ?? 'none'}`);
  }
  if ((marker.due ?? null) !== want.due) {
    changes.push(`due date ${marker.due ?? 'none'} → ${want.due ?? 'none'}`);
  }
  return changes;
}

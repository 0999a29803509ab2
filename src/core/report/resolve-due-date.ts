import type { ActionItemMarker } from '../action-items/item-marker.ts';

/** Where an item's due date may come from. */
export interface DueDateSources {
  marker: ActionItemMarker | undefined;
  /**
   * The date in the due field (`action_items.due_field`, `Target date` by default),
   * where the organisation has issue fields and GitHub kept the value.
   */
  dueField?: string | undefined;
}

/**
 * The item's due date. The field wins where it holds a date: the scribe writes it only when
 * the source decides a (new) date, so a different value there is a person's later edit, made
 * where GitHub shows dates. Without one (no field, feature off, user-owned repository) the
 * marker's date, the one the scribe wrote, is the due date.
 */
export function resolveDueDate(sources: DueDateSources): string | undefined {
  return sources.dueField ?? sources.marker?.due;
}

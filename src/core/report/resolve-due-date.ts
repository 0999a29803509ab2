import type { ActionItemMarker } from '../action-items/item-marker.ts';

/** Where an item's due date may come from. */
export interface DueDateSources {
  marker: ActionItemMarker | undefined;
  /**
   * The issue's `Target date` field (YYYY-MM-DD), where the organisation has issue fields and
   * the caller read it; not read yet, so always undefined today.
   */
  targetDateField?: string | undefined;
}

/**
 * The item's due date. The one seam for where due dates come from: when the `Target date`
 * issue field is read, a date a person set there will win over the marker's here.
 */
export function resolveDueDate(sources: DueDateSources): string | undefined {
  return sources.marker?.due;
}

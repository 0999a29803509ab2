import type { MarkerData } from '../markdown/marker.ts';

/**
 * The facts an action-item issue carries in its hidden marker, so the weekly report and the
 * sync can read an item back from GitHub alone. Its body shows the same facts to people; the
 * marker is what the scribe trusts (only on issues the scribe itself opened).
 */
export const ACTION_ITEM_MARKER = 'action-item';

export interface ActionItemMarker {
  /** The incident's id, e.g. INC-2024-001. */
  incident: string;
  /** The item's id within its incident, e.g. AI-1 (from the post-mortem table or /action). */
  item: string;
  /** The incident issue's number (the item is its sub-issue). */
  parent: number;
  /** The due date the scribe last wrote, YYYY-MM-DD; absent when none was given. */
  due?: string;
  /** The incident's severity id (sev1..sev9) when the item was filed or last synced. */
  severity?: string;
  /** "@login" or "@org/team" as written; absent when the item has no owner. */
  owner?: string;
  /** The title the scribe last wrote: a title people changed since is theirs and kept. */
  title?: string;
  /** True once the item's row left the post-mortem or its `/action` comment was deleted. */
  removed?: boolean;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Validates a marker's payload; undefined when a required fact is missing or malformed. */
export function readActionItemMarker(data: MarkerData | undefined): ActionItemMarker | undefined {
  if (!data) return undefined;
  const { incident, item, parent, due, severity, owner, title, removed } = data;
  if (typeof incident !== 'string' || incident.length === 0 || incident.length > 100)
    return undefined;
  if (typeof item !== 'string' || item.length === 0 || item.length > 100) return undefined;
  if (typeof parent !== 'number' || !Number.isInteger(parent) || parent <= 0) return undefined;
  return {
    incident,
    item,
    parent,
    ...(typeof due === 'string' && DAY.test(due) ? { due } : {}),
    ...(typeof severity === 'string' && /^sev[1-9]$/i.test(severity) ? { severity } : {}),
    ...(typeof owner === 'string' && owner.startsWith('@') ? { owner } : {}),
    ...(typeof title === 'string' && title.length <= 256 ? { title } : {}),
    ...(removed === true ? { removed } : {}),
  };
}

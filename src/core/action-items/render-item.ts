import { renderMarker } from '../markdown/marker.ts';
import { capLength, neutralizeMentions, oneLine, quietLogin } from '../text/safe-text.ts';
import { ACTION_ITEM_MARKER, type ActionItemMarker } from './item-marker.ts';
import type { ItemIncident, ItemSource, WantedItem } from './item-types.ts';

/** Closes the block the scribe owns in an item's body; what follows it is people's. */
export const ITEM_BLOCK_END = '<!-- incident-scribe:action-item-end -->';

const MAX_TITLE = 200;
const MAX_DESCRIPTION = 2000;

/** The issue title: the description on one line, capped well below GitHub's 256. */
export function renderItemTitle(description: string): string {
  // Titles do not notify, but they are copied into places that do: keep them ping-free.
  return neutralizeMentions(capLength(oneLine(description), MAX_TITLE).text) || 'Action item';
}

/** The facts the marker keeps, so the sync and the report read an item from GitHub alone. */
export function itemMarker(
  wanted: WantedItem,
  incident: ItemIncident,
  extra: { title: string },
): ActionItemMarker {
  return {
    incident: incident.id,
    item: wanted.item,
    parent: incident.number,
    ...(wanted.due ? { due: wanted.due } : {}),
    ...(incident.severity ? { severity: incident.severity.id } : {}),
    ...(wanted.owner ? { owner: wanted.owner } : {}),
    title: extra.title,
  };
}

/**
 * The scribe's block of an item's body: the description, the owner (named, never pinged: the
 * owner is assigned instead), a visible `Due:` line, the severity and where it came from.
 */
export function renderItemBlock(
  wanted: WantedItem,
  incident: ItemIncident,
  source: ItemSource,
  options: { assignable: boolean; title: string },
): string {
  const severity = incident.severity
    ? ` · ${incident.severity.id.toUpperCase()} (${incident.severity.title})`
    : '';
  const description = escapeHtml(
    neutralizeMentions(capLength(wanted.description.trim(), MAX_DESCRIPTION).text),
  );
  const owner = wanted.owner
    ? `${quietLogin(wanted.owner.replace(/^@/, ''))}${options.assignable ? '' : ' (not assignable here: someone needs to take it)'}`
    : 'nobody yet: assign someone who will do it';
  const from =
    source.kind === 'postmortem'
      ? `the post-mortem [${escapeLinkText(source.path)}](${source.url})`
      : `[a comment on the incident](${source.url})`;
  return [
    renderMarker(ACTION_ITEM_MARKER, { ...itemMarker(wanted, incident, { title: options.title }) }),
    `**Action item ${escapeHtml(neutralizeMentions(oneLine(wanted.item)))}** of [${incident.id}](${incident.url})${severity}`,
    '',
    description || '(no description)',
    '',
    `- Owner: ${owner}`,
    `- Due: ${wanted.due ?? 'none set'}`,
    `- From: ${from}`,
    ITEM_BLOCK_END,
  ].join('\n');
}

/**
 * The whole body: the new block in place of the old one, people's text after it kept. A body
 * whose end marker is gone is rebuilt around the block, keeping nothing people could lose:
 * then undefined, and the caller leaves the body alone.
 */
export function replaceItemBlock(body: string | undefined, block: string): string | undefined {
  if (body === undefined || body === '') return block;
  const end = body.indexOf(ITEM_BLOCK_END);
  if (end < 0) return undefined;
  return block + body.slice(end + ITEM_BLOCK_END.length);
}

function escapeHtml(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeLinkText(text: string): string {
  return text.replace(/[[\]\\]/g, (c) => `\\${c}`);
}

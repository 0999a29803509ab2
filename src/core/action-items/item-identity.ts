/**
 * An action item is known by (incident id, item id) wherever it comes from: a `/action`
 * comment or a row of the post-mortem's table. The claim ref is the one name GitHub can refuse
 * twice (422 on an existing ref), so two deliveries racing to file the same item cannot both.
 */

/** Item ids compare without case or surrounding space: "AI-1" and "ai-1 " are one item. */
export function sameItemId(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The id a `/action` line gets: its comment and its place there, stable across edits. */
export function commandItemId(commentId: number, nth: number): string {
  return nth === 1 ? `A${commentId}` : `A${commentId}.${nth}`;
}

/** The ref that claims the filing of an item: `refs/incident-scribe/items/<incident>/<item>`. */
export function itemClaimRef(incident: string, item: string): string {
  return `refs/incident-scribe/items/${refPart(incident)}/${refPart(item)}`;
}

// Ref names forbid spaces, "..", "~^:?*[\" and a trailing ".lock"; ids that need changing
// get a hash of the original so two different ids never share a claim.
function refPart(text: string): string {
  const lower = text.trim().toLowerCase();
  const safe = lower
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return safe === lower && safe !== '' ? safe : `${safe || 'item'}-${fnv1a(lower)}`;
}

/** 32-bit FNV-1a, hex: short, stable, and enough to tell ids apart within one incident. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

import type { Paragraph, Root } from 'mdast';
import { plainText } from './parse-document.ts';

/**
 * A top-level paragraph that opens with a bold label, as the Google SRE book's post-mortems
 * write their sections: `**Summary:** Search was down for 66 minutes.` The label in normal
 * text ("Summary"), what follows it on the paragraph, and where it stands.
 */
export interface BoldLabel {
  label: string;
  value: string;
  node: Paragraph;
  index: number;
}

// A label is a short name, not a sentence someone happened to put in bold.
const MAX_LABEL = 40;

/** Every bold-label paragraph at the top level, in order; one pass over the root. */
export function findBoldLabels(root: Root): BoldLabel[] {
  const found: BoldLabel[] = [];
  root.children.forEach((node, index) => {
    if (node.type !== 'paragraph') return;
    const [first, ...rest] = node.children;
    if (first?.type !== 'strong') return;
    const strong = plainText(first).trim();
    const after = rest.map((child) => plainText(child)).join('');
    // "**Summary:** text" or "**Summary**: text": a colon ends the label either way.
    const colonInside = strong.endsWith(':');
    if (!colonInside && !after.startsWith(':')) return;
    const label = (colonInside ? strong.slice(0, -1) : strong).trim();
    if (label === '' || label.length > MAX_LABEL) return;
    const value = (colonInside ? after : after.slice(1)).trim();
    found.push({ label, value, node, index });
  });
  return found;
}

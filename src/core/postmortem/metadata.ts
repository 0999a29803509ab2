import type { List, ListItem, Paragraph, PhrasingContent, Root } from 'mdast';
import { plainText, type Section, sectionContent } from './parse-document.ts';
import { normalizeTitle } from './sections.ts';

/** One "- **Label**: value" line of the Metadata list. */
export interface MetadataItem {
  /** The label in normal form: "incident id", "date". */
  label: string;
  value: string;
  item: ListItem;
  paragraph: Paragraph;
  /** How many leading children of the paragraph make up the label (and its colon). */
  labelNodes: number;
}

/** The first list of the Metadata section, if it has one. */
export function metadataList(root: Root, section: Section): List | undefined {
  return sectionContent(root, section).find((node): node is List => node.type === 'list');
}

/** Reads "- **Label**: value" and "- Label: value" items of the Metadata list. */
export function readMetadata(root: Root, section: Section): MetadataItem[] {
  const list = metadataList(root, section);
  if (!list) return [];
  const items: MetadataItem[] = [];
  for (const item of list.children) {
    const paragraph = item.children[0];
    if (paragraph?.type !== 'paragraph') continue;
    const parsed = splitLabel(paragraph.children);
    if (parsed) items.push({ ...parsed, item, paragraph });
  }
  return items;
}

function splitLabel(
  children: PhrasingContent[],
): { label: string; value: string; labelNodes: number } | undefined {
  const [first, ...rest] = children;
  if (!first) return undefined;
  if (first.type === 'strong') {
    // "**Label**: value" or "**Label:** value"
    const label = plainText(first).replace(/:\s*$/, '');
    const value = rest
      .map((node) => plainText(node))
      .join('')
      .replace(/^\s*:?\s*/, '');
    return { label: normalizeTitle(label), value: value.trim(), labelNodes: 1 };
  }
  if (first.type === 'text') {
    const colon = first.value.indexOf(':');
    if (colon <= 0 || colon > 40) return undefined;
    const value = first.value.slice(colon + 1) + rest.map((node) => plainText(node)).join('');
    return {
      label: normalizeTitle(first.value.slice(0, colon)),
      value: value.trim(),
      labelNodes: 0,
    };
  }
  return undefined;
}

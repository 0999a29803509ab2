import type { Paragraph, Root, RootContent } from 'mdast';
import { CONFIRM } from './confirm.ts';
import type { PostmortemDrafts } from './facts.ts';
import { setItemValue } from './fill-metadata.ts';
import { safeText } from './fill-nodes.ts';
import { readMetadata } from './metadata.ts';
import { findSections, plainText, type Section } from './parse-document.ts';
import type { SectionKey } from './sections.ts';

// Impact list items that ask who was affected: the impact text answers them.
const AFFECTED_LABELS = [
  'customers affected',
  'users affected',
  'customer impact',
  'who was affected',
];

/**
 * Puts what the incident said into the prose sections, each paragraph marked `CONFIRM:` so
 * people check it (the linter warns until the mark is gone). A draft takes the place of the
 * scribe's earlier draft, or else of the section's first prompt; a section people have
 * written in is left alone, and so is one the template lacks. Returns the sections drafted.
 */
export function fillDrafts(root: Root, drafts: PostmortemDrafts | undefined): string[] {
  if (!drafts) return [];
  const filled: string[] = [];
  const put = (key: SectionKey, lines: readonly string[], place = placeParagraphs) => {
    const section = sectionOf(root, key);
    if (section && lines.length > 0 && place(root, section, lines)) filled.push(section.title);
  };
  put('summary', drafts.summary ? [drafts.summary] : []);
  put('impact', drafts.impact ? [drafts.impact] : [], placeImpact);
  put('root-cause', drafts.rootCause ?? []);
  put('detection', drafts.detection ? [drafts.detection] : []);
  return filled;
}

function sectionOf(root: Root, key: SectionKey): Section | undefined {
  return findSections(root)
    .filter((s) => s.key === key)
    .sort((a, b) => a.heading.depth - b.heading.depth)[0];
}

function draftParagraph(line: string): Paragraph {
  return { type: 'paragraph', children: [safeText(`${CONFIRM} ${line}`, 1000)] };
}

/** The section's own content, up to its first subsection. */
function ownRange(root: Root, section: Section): { from: number; to: number } {
  let to = section.index + 1;
  while (to < section.end && root.children[to]?.type !== 'heading') to++;
  return { from: section.index + 1, to };
}

function startsWith(node: RootContent | undefined, prefix: string): boolean {
  return node?.type === 'paragraph' && plainText(node).trimStart().startsWith(prefix);
}

function placeParagraphs(root: Root, section: Section, lines: readonly string[]): boolean {
  const { from, to } = ownRange(root, section);
  const nodes = lines.map(draftParagraph);
  const own: number[] = [];
  for (let i = from; i < to; i++) if (startsWith(root.children[i], CONFIRM)) own.push(i);
  if (own.length > 0) {
    // Refilling: the scribe's unconfirmed draft is replaced, in the same place.
    for (const i of own.reverse()) root.children.splice(i, 1);
    root.children.splice(own.at(-1) as number, 0, ...nodes);
    return true;
  }
  for (let i = from; i < to; i++) {
    if (startsWith(root.children[i], 'TODO:')) {
      root.children.splice(i, 1, ...nodes);
      return true;
    }
  }
  const empty = root.children.slice(from, to).every((node) => node.type === 'html');
  if (!empty) return false;
  root.children.splice(to, 0, ...nodes);
  return true;
}

function placeImpact(root: Root, section: Section, lines: readonly string[]): boolean {
  const item = readMetadata(root, section).find((candidate) =>
    AFFECTED_LABELS.includes(candidate.label),
  );
  if (!item) return placeParagraphs(root, section, lines);
  if (!item.value.startsWith('TODO:') && !item.value.startsWith(CONFIRM)) return false;
  setItemValue(item, [safeText(`${CONFIRM} ${lines.join(' ')}`, 1000)]);
  return true;
}

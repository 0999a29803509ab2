import type { AlignType, List, PhrasingContent, Root, RootContent, Table, Text } from 'mdast';
import { fileInline } from '../text/safe-text.ts';
import { findSections, type Section } from './parse-document.ts';
import type { SectionKey } from './sections.ts';
import { sectionTitle } from './sections.ts';

/**
 * Builders for the nodes the scribe writes into the post-mortem file. User text only ever
 * becomes a text node, folded to one line and capped; the serializer escapes the rest
 * (|, <, *), so no value can break a table or open HTML. Logins stay plain (`@carol`):
 * mentions in a repository file notify nobody.
 */

const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}(?:\[bot\])?$/;
const TEAM = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/[A-Za-z0-9][\w.-]{0,99}$/;

/** User text as one safe text node. */
export function safeText(value: string, max = 300): Text {
  return { type: 'text', value: fileInline(value, max) };
}

/** A login or team shown as "@name"; anything else as plain text. */
export function personText(name: string): Text {
  const bare = name.trim().replace(/^@\u200d?/, '');
  if (bare.length <= 140 && (LOGIN.test(bare) || TEAM.test(bare))) {
    return { type: 'text', value: `@${bare}` };
  }
  return safeText(name, 60);
}

/** A GFM table from a header and rows of phrasing content. */
export function tableOf(
  headers: readonly string[],
  align: readonly AlignType[] | null | undefined,
  rows: readonly (readonly PhrasingContent[])[][],
): Table {
  const row = (cells: readonly (readonly PhrasingContent[])[]) => ({
    type: 'tableRow' as const,
    children: headers.map((_, i) => ({
      type: 'tableCell' as const,
      children: [...(cells[i] ?? [])],
    })),
  });
  return {
    type: 'table',
    align: headers.map((_, i) => align?.[i] ?? null),
    children: [row(headers.map((h) => [{ type: 'text', value: h }])), ...rows.map(row)],
  };
}

/** A bulleted list, one safe line per item. */
export function listOf(lines: readonly string[]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: lines.map((line) => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: [safeText(line)] }],
    })),
  };
}

/** The section with this key, appended at the end (and recorded) when the template lacks it. */
export function ensureSection(root: Root, key: SectionKey, appended: string[]): Section {
  const existing = findSections(root)
    .filter((s) => s.key === key)
    .sort((a, b) => a.heading.depth - b.heading.depth)[0];
  if (existing) return existing;
  const title = sectionTitle(key);
  root.children.push({ type: 'heading', depth: 2, children: [{ type: 'text', value: title }] });
  appended.push(title);
  return findSections(root).at(-1) as Section;
}

/**
 * Puts generated nodes in a section: in place of its first node of `type` when it has one,
 * else after its own content (before any subsection).
 */
export function placeInSection(
  root: Root,
  section: Section,
  type: RootContent['type'],
  nodes: RootContent[],
): void {
  for (let i = section.index + 1; i < section.end; i++) {
    if (root.children[i]?.type === type) {
      root.children.splice(i, 1, ...nodes);
      return;
    }
  }
  let at = section.index + 1;
  while (at < section.end && root.children[at]?.type !== 'heading') at++;
  root.children.splice(at, 0, ...nodes);
}

/** The first node of `type` in a section, if any. */
export function firstInSection<T extends RootContent['type']>(
  root: Root,
  section: Section,
  type: T,
): Extract<RootContent, { type: T }> | undefined {
  for (let i = section.index + 1; i < section.end; i++) {
    const node = root.children[i];
    if (node?.type === type) return node as Extract<RootContent, { type: T }>;
  }
  return undefined;
}

/** A prompt for a section the scribe appended but had nothing to fill with. */
export function promptParagraph(question: string): RootContent {
  return { type: 'paragraph', children: [{ type: 'text', value: `TODO: ${question}` }] };
}

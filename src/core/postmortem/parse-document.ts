import type { Heading, Nodes, Root, RootContent, Yaml } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findUnparsable } from './check-parsable.ts';
import { type SectionKey, sectionKeyOf } from './sections.ts';

/** Post-mortems larger than this are refused before parsing: 1 MB of UTF-8. */
export const MAX_POSTMORTEM_BYTES = 1024 * 1024;

/** A heading and the nodes under it, up to the next heading of the same or a higher level. */
export interface Section {
  heading: Heading;
  title: string;
  key: SectionKey | undefined;
  /** Index of the heading in `root.children`; content runs from `index + 1` to `end`. */
  index: number;
  end: number;
}

/** A post-mortem parsed once and shared by every rule. */
export interface PostmortemDocument {
  root: Root;
  yaml: Yaml | undefined;
  sections: Section[];
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** Parses Markdown with GFM tables and YAML front matter into mdast. */
export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}

/**
 * A post-mortem's text with its one parse, or why it was not parsed. Read once per file and
 * handed to every reader (linter, action items, check report): parsing is the costly step.
 */
export type ReadPostmortem =
  | { text: string; ok: true; doc: PostmortemDocument }
  | {
      text: string;
      ok: false;
      rule: 'file-size' | 'too-complex';
      line: number | undefined;
      message: string;
    };

/** Guards the size and shape of the text, then parses it; never throws on hostile text. */
export function readPostmortem(text: string): ReadPostmortem {
  if (utf8Length(text, MAX_POSTMORTEM_BYTES) > MAX_POSTMORTEM_BYTES) {
    return { text, ok: false, rule: 'file-size', line: undefined, message: OVERSIZE_MESSAGE };
  }
  const unparsable = findUnparsable(text);
  if (unparsable) return { text, ok: false, rule: 'too-complex', ...unparsable };
  try {
    return { text, ok: true, doc: parseDocument(text) };
  } catch (error) {
    // The guard should make this unreachable; a reader must still answer, not crash.
    if (!(error instanceof RangeError)) throw error;
    const message = `the file could not be checked: ${error.message}`;
    return { text, ok: false, rule: 'too-complex', line: undefined, message };
  }
}

/** The text as read once, whether the caller passed the text or its reading. */
export function asRead(input: string | ReadPostmortem): ReadPostmortem {
  return typeof input === 'string' ? readPostmortem(input) : input;
}

/** Parses a post-mortem and finds its sections. */
export function parseDocument(text: string): PostmortemDocument {
  const root = parseMarkdown(text);
  const first = root.children[0];
  return {
    root,
    yaml: first?.type === 'yaml' ? first : undefined,
    sections: findSections(root),
  };
}

/** Every heading as a section, in document order. */
export function findSections(root: Root): Section[] {
  const sections: Section[] = [];
  const open: Section[] = [];
  root.children.forEach((node, index) => {
    if (node.type !== 'heading') return;
    // A heading closes every open section at its level or deeper.
    while (open.length > 0 && (open.at(-1) as Section).heading.depth >= node.depth) {
      (open.pop() as Section).end = index;
    }
    const title = plainText(node);
    const section: Section = { heading: node, title, key: sectionKeyOf(title), index, end: -1 };
    sections.push(section);
    open.push(section);
  });
  for (const section of open) section.end = root.children.length;
  return sections;
}

/** The first section with this key, preferring the shallowest heading. */
export function findSection(doc: PostmortemDocument, key: SectionKey): Section | undefined {
  let best: Section | undefined;
  for (const section of doc.sections) {
    if (section.key === key && (!best || section.heading.depth < best.heading.depth)) {
      best = section;
    }
  }
  return best;
}

/** The content nodes of a section (without its heading). */
export function sectionContent(root: Root, section: Section): RootContent[] {
  return root.children.slice(section.index + 1, section.end);
}

/** Text a reader sees: text, code and link labels; HTML is left out, breaks become spaces. */
export function plainText(node: Nodes): string {
  const parts: string[] = [];
  const walk = (current: Nodes) => {
    if (current.type === 'text' || current.type === 'inlineCode') parts.push(current.value);
    else if (current.type === 'break') parts.push(' ');
    else if ('children' in current) for (const child of current.children) walk(child);
  };
  walk(node);
  return parts.join('');
}

/** UTF-8 size of a string, counted without allocating; stops early once past `cap`. */
export function utf8Length(text: string, cap = Number.POSITIVE_INFINITY): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= cap; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The one message for a file over the size cap, shared by the linter and the CLI. */
export const OVERSIZE_MESSAGE =
  'the file is larger than 1 MB (1048576 bytes), the limit for a post-mortem, so it was not checked; move logs and dumps to linked files';

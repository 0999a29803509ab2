import { findActionItemsTable } from './action-items.ts';
import { type BoldLabel, findBoldLabels } from './bold-labels.ts';
import { type LintMessage, message, startOf } from './lint-message.ts';
import {
  findSection,
  type PostmortemDocument,
  parseMarkdown,
  plainText,
  readPostmortem,
  type Section,
  sectionContent,
} from './parse-document.ts';
import { findPrompts } from './prompts.ts';
import { normalizeTitle, REFERENCE_SECTIONS, sectionKeyOf } from './sections.ts';

/** The titles of the reference sections, required unless a template says otherwise. */
export const DEFAULT_REQUIRED_SECTIONS: readonly string[] = REFERENCE_SECTIONS.map((s) => s.title);

/**
 * The sections a template asks for: its level-2 headings (all headings but the first
 * when it has none), so a repository's own template also sets what the linter requires.
 */
export function sectionsOf(templateText: string): string[] {
  const headings = parseMarkdown(templateText).children.flatMap((node) =>
    node.type === 'heading' ? [{ depth: node.depth, title: plainText(node).trim() }] : [],
  );
  const second = headings.filter((h) => h.depth === 2);
  return (second.length > 0 ? second : headings.slice(1)).map((h) => h.title);
}

/** Every required section is present and holds something besides HTML comments. */
export function lintRequiredSections(
  doc: PostmortemDocument,
  required: readonly string[],
): LintMessage[] {
  const out: LintMessage[] = [];
  let labels: BoldLabel[] | undefined;
  for (const title of required) {
    const section = lookUp(doc, title);
    if (!section) {
      // A section written as a bold label (`**Summary:** ...`, the SRE book's style) counts.
      labels ??= findBoldLabels(doc.root);
      const label = labelFor(labels, title);
      if (label && !labelIsEmpty(doc, label)) continue;
      if (label) {
        out.push(
          message(
            'error',
            'required-sections',
            `the "${label.label}" section is empty`,
            startOf(label.node),
          ),
        );
        continue;
      }
      out.push(
        message('error', 'required-sections', `the "${title}" section is missing`, undefined),
      );
    } else if (isEmpty(doc, section)) {
      out.push(
        message(
          'error',
          'required-sections',
          `the "${section.title}" section is empty`,
          startOf(section.heading),
        ),
      );
    }
  }
  return out;
}

/** Every prompt left from the template is an error until someone answers it. */
export function lintPrompts(doc: PostmortemDocument, source: string): LintMessage[] {
  return findPrompts(doc.root, source).map((prompt) =>
    message('error', 'prompts', `still to write: ${prompt.text}`, prompt),
  );
}

function labelFor(labels: readonly BoldLabel[], title: string): BoldLabel | undefined {
  const key = sectionKeyOf(title);
  const wanted = normalizeTitle(title);
  return labels.find((l) =>
    key ? sectionKeyOf(l.label) === key : normalizeTitle(l.label) === wanted,
  );
}

/** Empty when nothing follows the label, on its line or below it before the next label. */
function labelIsEmpty(doc: PostmortemDocument, label: BoldLabel): boolean {
  if (label.value !== '') return false;
  const next = doc.root.children[label.index + 1];
  if (!next || next.type === 'heading' || next.type === 'html') return true;
  const [first] = next.type === 'paragraph' ? next.children : [];
  return first?.type === 'strong';
}

function lookUp(doc: PostmortemDocument, title: string): Section | undefined {
  const key = sectionKeyOf(title);
  if (key) return findSection(doc, key);
  const wanted = normalizeTitle(title);
  return doc.sections.find((section) => normalizeTitle(section.title) === wanted);
}

function isEmpty(doc: PostmortemDocument, section: Section): boolean {
  return sectionContent(doc.root, section).every((node) => node.type === 'html');
}

/**
 * What a repository's template decides for the linter: its sections are the required ones,
 * and an Action Items table without a due column means items need no due date.
 */
export function templateRules(templateText: string): {
  requiredSections: string[];
  requireDue: boolean;
} {
  const read = readPostmortem(templateText);
  const table = read.ok ? findActionItemsTable(read.doc) : undefined;
  return {
    requiredSections: sectionsOf(templateText),
    requireDue: !table || table.columns.due >= 0,
  };
}

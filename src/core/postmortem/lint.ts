import { lintDrafts } from './confirm.ts';
import { incidentDay } from './front-matter.ts';
import { lintActionItems } from './lint-action-items.ts';
import { lintFrontMatter } from './lint-front-matter.ts';
import { lintBlameless } from './lint-language.ts';
import { type LintMessage, type LintOptions, message } from './lint-message.ts';
import { DEFAULT_REQUIRED_SECTIONS, lintPrompts, lintRequiredSections } from './lint-sections.ts';
import { lintTables } from './lint-tables.ts';
import { lintTimeline } from './lint-timeline.ts';
import { asRead, type PostmortemDocument, type ReadPostmortem } from './parse-document.ts';

export type { KnownOwners, LintMessage, LintOptions, LintRule } from './lint-message.ts';
export { DEFAULT_REQUIRED_SECTIONS, sectionsOf } from './lint-sections.ts';

/**
 * Checks a post-mortem: front matter, required sections, prompts left, timeline order,
 * action items, table hygiene and blameless language. Pure: the caller reads the file,
 * the configuration and (optionally) who has access. Messages come sorted by position.
 */
export function lintPostmortem(
  input: string | ReadPostmortem,
  options: LintOptions,
): LintMessage[] {
  const read = asRead(input);
  if (!read.ok) {
    const at = read.line === undefined ? undefined : { line: read.line, column: 1 };
    return [message('error', read.rule, read.message, at)];
  }
  try {
    return lintParsed(read.text, read.doc, options);
  } catch (error) {
    // The guard should make this unreachable; a check must still answer, not crash.
    if (!(error instanceof RangeError)) throw error;
    return [
      message('error', 'too-complex', `the file could not be checked: ${error.message}`, undefined),
    ];
  }
}

function lintParsed(text: string, doc: PostmortemDocument, options: LintOptions): LintMessage[] {
  const day = incidentDay(doc);
  const actionItems = lintActionItems(doc, day, options.knownOwners, options.requireDue ?? true);
  const messages = [
    ...lintFrontMatter(doc, options.config),
    ...lintRequiredSections(doc, options.requiredSections ?? DEFAULT_REQUIRED_SECTIONS),
    ...lintPrompts(doc, text),
    ...lintDrafts(doc.root, text),
    ...lintTimeline(doc, day),
    ...actionItems.messages,
    ...lintTables(doc.root, text),
    ...lintBlameless(doc.root, text, options.config.postmortem.blamelessTerms),
  ];
  // Stable sort: rules keep their order among messages at the same place.
  return messages.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** True when any message is an error: the check fails, the CLI exits 1. */
export function hasErrors(messages: readonly LintMessage[]): boolean {
  return messages.some((m) => m.severity === 'error');
}

/** `file:line:col severity rule message`, the form editors and CI logs link. */
export function formatLintMessage(file: string, m: LintMessage): string {
  return `${file}:${m.line}:${m.column} ${m.severity} ${m.rule} ${m.message}`;
}

import type { Config } from '../config/config.ts';

/** Every rule the post-mortem linter applies; docs/postmortems.md describes each. */
export type LintRule =
  | 'file-size'
  | 'too-complex'
  | 'front-matter'
  | 'severity'
  | 'times-ordered'
  | 'required-sections'
  | 'prompts'
  | 'drafts'
  | 'timeline-chronological'
  | 'action-items-table'
  | 'action-item-id'
  | 'action-item-description'
  | 'action-item-owner'
  | 'action-item-due'
  | 'blameless-language'
  | 'table-ragged'
  | 'cell-html'
  | 'cell-mention';

/** One finding, placed at a 1-based line and column of the file. */
export interface LintMessage {
  line: number;
  column: number;
  severity: 'error' | 'warning';
  rule: LintRule;
  message: string;
}

/** Who may own an action item: "@login" or "@org/team", compared case-insensitively. */
export type KnownOwners = ReadonlySet<string> | ((owner: string) => boolean);

export interface LintOptions {
  config: Config;
  /** Section titles that must be present; default the reference sections (see sectionsOf). */
  requiredSections?: readonly string[];
  /** False when the repository's template has an Action Items table without a due column. */
  requireDue?: boolean;
  /** When given, owners outside it are errors: the caller knows who has access. */
  knownOwners?: KnownOwners;
}

/** Builds a message; a missing position becomes the start of the file. */
export function message(
  severity: LintMessage['severity'],
  rule: LintRule,
  text: string,
  at: { line: number; column: number } | undefined,
): LintMessage {
  return { line: at?.line ?? 1, column: at?.column ?? 1, severity, rule, message: text };
}

/** The start of a node, or the start of the file. */
export function startOf(node: { position?: { start: { line: number; column: number } } }): {
  line: number;
  column: number;
} {
  return node.position
    ? { line: node.position.start.line, column: node.position.start.column }
    : { line: 1, column: 1 };
}

/** Where a table cell's content starts (its opening pipe when the cell is empty). */
export function cellStart(cell: {
  position?: { start: { line: number; column: number } };
  children?: { position?: { start: { line: number; column: number } } }[];
}): { line: number; column: number } {
  const first = cell.children?.[0];
  return first?.position ? startOf(first) : startOf(cell);
}

import type { Nodes, Root } from 'mdast';
import { type LintMessage, message } from './lint-message.ts';
import { placeInText } from './positions.ts';

/**
 * Blameless language: each configured term, found as whole words in any case, is a
 * warning. Code and HTML are skipped, so quoted logs do not count.
 */
export function lintBlameless(root: Root, source: string, terms: readonly string[]): LintMessage[] {
  const wanted = [...new Set(terms.map((term) => term.toLowerCase().trim()))].filter(
    (term) => term !== '',
  );
  if (wanted.length === 0) return [];
  const out: LintMessage[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'text') {
      const lower = node.value.toLowerCase();
      for (const term of wanted) {
        for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length)) {
          if (!isWholeWord(lower, at, term.length)) continue;
          out.push(
            message(
              'warning',
              'blameless-language',
              `"${node.value.slice(at, at + term.length)}" assigns blame; describe what the system or the process allowed instead`,
              placeInText(node, at, source),
            ),
          );
        }
      }
    } else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return out;
}

function isWholeWord(text: string, at: number, length: number): boolean {
  return !isLetter(text.charCodeAt(at - 1)) && !isLetter(text.charCodeAt(at + length));
}

function isLetter(code: number): boolean {
  // NaN (before the start or past the end) is not a letter; "_" joins words (careless_mode).
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95 || code > 127;
}

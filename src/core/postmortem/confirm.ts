import type { Nodes, Root } from 'mdast';
import { type LintMessage, message } from './lint-message.ts';
import { placeInText } from './positions.ts';

/**
 * Marks what the scribe drafted from the incident (the Summary from its record, the Root
 * Cause people stated): true as far as the issue knows, for people to confirm. The linter
 * warns while one is left; unlike a `TODO:`, it does not fail the check.
 */
export const CONFIRM = 'CONFIRM:';

/** A warning at every `CONFIRM:` that starts a text (code and HTML comments are not text). */
export function lintDrafts(root: Root, source: string): LintMessage[] {
  const out: LintMessage[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'text') {
      // Only where it starts the text or a line: "CONFIRM:" quoted mid-sentence is not a mark.
      for (
        let at = node.value.indexOf(CONFIRM);
        at >= 0;
        at = node.value.indexOf(CONFIRM, at + 1)
      ) {
        if (startsLine(node.value, at)) {
          out.push(
            message(
              'warning',
              'drafts',
              `the scribe drafted this from the incident: check it, then delete "${CONFIRM}"`,
              placeInText(node, at, source),
            ),
          );
        }
      }
    } else if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(root);
  return out;
}

// Looks back at most a few characters (a label's ": "), so the scan stays linear.
function startsLine(value: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && at - i <= 4 && (value[i] === ' ' || value[i] === ':' || value[i] === '\t')) i--;
  return i < 0 || value[i] === '\n';
}

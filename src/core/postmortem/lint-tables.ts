import type { Nodes, Root, Table, TableCell } from 'mdast';
import { type LintMessage, message, startOf } from './lint-message.ts';
import { plainText } from './parse-document.ts';
import { placeInText } from './positions.ts';
import { COLUMN_NAMES, headerKey } from './table.ts';

// Columns that name people (Owner, Who, By...) are where @logins belong.
const PERSON_COLUMNS = new Set<string>([...COLUMN_NAMES.owner, ...COLUMN_NAMES.actor]);

/**
 * Table hygiene for every table: rows as wide as the header, no HTML in cells, and no
 * @mentions outside the columns that name people, because the scribe copies cells into
 * issues and comments as plain text.
 */
export function lintTables(root: Root, source: string): LintMessage[] {
  const out: LintMessage[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'table') lintTable(node, source, out);
    else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return out;
}

// The helpers append to `out`: spreading a large array into push() overflows the stack.
function lintTable(table: Table, source: string, out: LintMessage[]): void {
  const [head, ...body] = table.children;
  const width = head?.children.length ?? 0;
  const people = new Set(
    (head?.children ?? []).flatMap((cell, index) =>
      PERSON_COLUMNS.has(headerKey(plainText(cell))) ? [index] : [],
    ),
  );
  for (const row of body) {
    const cells = row.children.length;
    if (cells > width) {
      out.push(
        message(
          'error',
          'table-ragged',
          `this row has ${cellCount(cells)} but the header has ${width}; GitHub drops the extra cells (write a | inside a cell as \\|)`,
          startOf(row.children[width] ?? row),
        ),
      );
    } else if (cells < width) {
      out.push(
        message(
          'warning',
          'table-ragged',
          `this row has ${cellCount(cells)} but the header has ${width}; the missing ones read as empty`,
          startOf(row),
        ),
      );
    }
    row.children.forEach((cell, index) => {
      htmlIn(cell, out);
      if (!people.has(index)) mentionsIn(cell, source, out);
    });
  }
}

function cellCount(n: number): string {
  return n === 1 ? '1 cell' : `${n} cells`;
}

function htmlIn(cell: TableCell, out: LintMessage[]): void {
  const visit = (node: Nodes) => {
    if (node.type === 'html') {
      const tag = node.value.length > 30 ? `${node.value.slice(0, 29)}…` : node.value;
      out.push(
        message(
          'warning',
          'cell-html',
          `HTML in a table cell (${tag}); cells are copied as plain text, so it is dropped`,
          startOf(node),
        ),
      );
    } else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(cell);
}

function mentionsIn(cell: TableCell, source: string, out: LintMessage[]): void {
  const visit = (node: Nodes) => {
    if (node.type === 'text') {
      for (const at of mentionOffsets(node.value)) {
        const name = node.value.slice(at, at + 40).split(/[^@\w/-]/)[0];
        out.push(
          message(
            'warning',
            'cell-mention',
            `${name} in a table cell would notify them when the scribe copies the cell into an issue; name people without @ outside the Owner and Who columns`,
            placeInText(node, at, source),
          ),
        );
      }
    } else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(cell);
}

/** Offsets of "@name" where GitHub would see a mention (not inside an e-mail address). */
export function mentionOffsets(text: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    const next = text.charCodeAt(at + 1);
    const before = at > 0 ? text.charCodeAt(at - 1) : 32;
    if (isAlnum(next) && !isAlnum(before) && before !== 95 && before !== 46) found.push(at);
  }
  return found;
}

function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

import type { Nodes } from 'mdast';
import { findActionItemsTable, readActionItemRows } from '../postmortem/action-items.ts';
import { findUnparsable } from '../postmortem/check-parsable.ts';
import { incidentDay, readFrontMatter } from '../postmortem/front-matter.ts';
import { readMetadata } from '../postmortem/metadata.ts';
import {
  findSection,
  MAX_POSTMORTEM_BYTES,
  OVERSIZE_MESSAGE,
  parseDocument,
  utf8Length,
} from '../postmortem/parse-document.ts';
import type { WantedItem } from './item-types.ts';

export type PostmortemItems =
  | { ok: true; incidentIssue: number | undefined; items: WantedItem[] }
  | { ok: false; message: string };

const OWNER = /^@?([A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\/[A-Za-z0-9][A-Za-z0-9_.-]{0,99})?)$/;
const MAX_REFS = 10;

/**
 * The action items of a post-mortem, read with the same parser as `scribe action-items`, and
 * the incident issue it names (front matter `issue:`, else the Metadata "Incident Issue"), in
 * this repository only. A row names its filed item by `#12` or a link to the issue in any cell.
 */
export function itemsFromPostmortem(
  text: string,
  repo: { owner: string; repo: string },
): PostmortemItems {
  if (utf8Length(text, MAX_POSTMORTEM_BYTES) > MAX_POSTMORTEM_BYTES) {
    return { ok: false, message: OVERSIZE_MESSAGE };
  }
  const unparsable = findUnparsable(text);
  if (unparsable) return { ok: false, message: `line ${unparsable.line}: ${unparsable.message}` };
  const doc = parseDocument(text);
  const issueUrl = issueLink(doc, repo);
  const table = findActionItemsTable(doc);
  if (!table) return { ok: true, incidentIssue: issueUrl, items: [] };
  const items = readActionItemRows(table, incidentDay(doc)).flatMap((row): WantedItem[] => {
    if (row.description.trim() === '') return [];
    const owner = row.owner ? OWNER.exec(row.owner.trim())?.[1] : undefined;
    return [
      {
        item: row.id.trim() === '' ? String(row.line) : row.id.trim(),
        description: row.description,
        owner: owner ? `@${owner}` : null,
        due: row.due,
        refs: refsIn(row.row.cells, repo),
      },
    ];
  });
  return { ok: true, incidentIssue: issueUrl, items };
}

function issueLink(
  doc: ReturnType<typeof parseDocument>,
  repo: { owner: string; repo: string },
): number | undefined {
  if (doc.yaml) {
    const front = readFrontMatter(doc.yaml);
    const value = front.ok ? front.data.issue : undefined;
    const number = typeof value === 'string' ? issueNumberOf(value, repo) : undefined;
    if (number !== undefined) return number;
  }
  const metadata = findSection(doc, 'metadata');
  if (!metadata) return undefined;
  const item = readMetadata(doc.root, metadata).find((m) => m.label === 'incident issue');
  return item ? issueNumberOf(item.value.replace(/^<|>$/g, ''), repo) : undefined;
}

/** The number of an issue URL in this repository, or of "#12". */
export function issueNumberOf(
  text: string,
  repo: { owner: string; repo: string },
): number | undefined {
  const trimmed = text.trim();
  const short = /^#(\d{1,9})$/.exec(trimmed);
  if (short) return Number(short[1]);
  const prefix = `https://github.com/${repo.owner}/${repo.repo}/issues/`.toLowerCase();
  if (!trimmed.toLowerCase().startsWith(prefix)) return undefined;
  const rest = /^(\d{1,9})(?:[#?].*)?$/.exec(trimmed.slice(prefix.length));
  return rest ? Number(rest[1]) : undefined;
}

/** Issue numbers a row's cells name: links to this repository's issues, and `#12` in text. */
function refsIn(cells: readonly Nodes[], repo: { owner: string; repo: string }): number[] {
  const refs = new Set<number>();
  const visit = (node: Nodes) => {
    if (refs.size >= MAX_REFS) return;
    if (node.type === 'link') {
      const n = issueNumberOf(node.url, repo);
      if (n !== undefined) refs.add(n);
    }
    if (node.type === 'text' || node.type === 'inlineCode') {
      for (const match of node.value.matchAll(/(?:^|[^\w&/])#(\d{1,9})\b/g)) {
        refs.add(Number(match[1]));
        if (refs.size >= MAX_REFS) return;
      }
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes);
  };
  for (const cell of cells) visit(cell);
  return [...refs];
}

import {
  type ActionItemRow,
  type ActionItemsTable,
  findActionItemsTable,
  readActionItemRows,
} from './action-items.ts';
import { cellStart, type KnownOwners, type LintMessage, message, startOf } from './lint-message.ts';
import { findSection, type PostmortemDocument } from './parse-document.ts';
import { COLUMN_NAMES } from './table.ts';

// Bounded repetition over disjoint alternatives: linear on any input (capped at 140 chars).
const LOGIN = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const TEAM = /^@[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}\/[A-Za-z0-9][\w.-]{0,99}$/;

const COLUMN_LABEL = {
  description: 'Description',
  owner: 'Owner',
  due: 'Due Date',
} as const;

/** Every action item has an ID of its own, a description, an owner and a due date. */
export function lintActionItems(
  doc: PostmortemDocument,
  day: string | undefined,
  knownOwners: KnownOwners | undefined,
  requireDue = true,
): { messages: LintMessage[]; found: ActionItemsTable | undefined } {
  const found = findActionItemsTable(doc);
  const section = findSection(doc, 'action-items');
  if (!found) {
    const messages = section
      ? [
          message(
            'error',
            'action-items-table',
            'the Action Items section has no table; write one with ID, Description, Owner and Due Date columns',
            startOf(section.heading),
          ),
        ]
      : [];
    return { messages, found };
  }
  const out: LintMessage[] = [];
  const header = startOf(found.table.node);
  for (const role of ['description', 'owner', 'due'] as const) {
    if (found.columns[role] >= 0 || (role === 'due' && !requireDue)) continue;
    const names = COLUMN_NAMES[role].map(titleCase).join(', ');
    out.push(
      message(
        'error',
        'action-items-table',
        `the Action Items table has no ${COLUMN_LABEL[role]} column (any of these headers works: ${names})`,
        header,
      ),
    );
  }
  const rows = readActionItemRows(found, day);
  if (rows.length === 0) {
    out.push(
      message(
        'warning',
        'action-items-table',
        'there are no action items; add what would stop this from happening again',
        header,
      ),
    );
  }
  const seen = new Map<string, number>();
  for (const item of rows) {
    out.push(...lintId(found, item, seen));
    if (found.columns.description >= 0 && item.description === '') {
      out.push(
        message(
          'error',
          'action-item-description',
          'this action item has no description',
          at(found, item, 'description'),
        ),
      );
    }
    if (found.columns.owner >= 0) out.push(...lintOwner(found, item, knownOwners));
    if (found.columns.due >= 0) out.push(...lintDue(found, item, day));
  }
  return { messages: out, found };
}

function lintId(
  found: ActionItemsTable,
  item: ActionItemRow,
  seen: Map<string, number>,
): LintMessage[] {
  if (found.columns.id < 0) return [];
  if (item.id === '') {
    return [
      message('error', 'action-item-id', 'this action item has no ID', at(found, item, 'id')),
    ];
  }
  const earlier = seen.get(item.id);
  if (earlier !== undefined) {
    return [
      message(
        'error',
        'action-item-id',
        `ID ${item.id} is also used on line ${earlier}; each action item becomes one issue, found by its ID`,
        at(found, item, 'id'),
      ),
    ];
  }
  seen.set(item.id, item.line);
  return [];
}

function lintOwner(
  found: ActionItemsTable,
  item: ActionItemRow,
  knownOwners: KnownOwners | undefined,
): LintMessage[] {
  const place = at(found, item, 'owner');
  const owner = item.owner;
  if (owner === null) {
    return [message('error', 'action-item-owner', 'this action item has no owner', place)];
  }
  const shown = owner.length > 40 ? `${owner.slice(0, 39)}…` : owner;
  if (owner.split('@').length > 2) {
    return [
      message(
        'error',
        'action-item-owner',
        `one owner per action item, not "${shown}"; split the item or pick who drives it`,
        place,
      ),
    ];
  }
  if (owner.length > 140 || !(LOGIN.test(owner) || TEAM.test(owner))) {
    // "jennifer", as older post-mortems write owners: say exactly what to write instead.
    const bare = owner.length <= 140 && (LOGIN.test(`@${owner}`) || TEAM.test(`@${owner}`));
    return [
      message(
        'error',
        'action-item-owner',
        bare
          ? `the owner "${shown}" is not a GitHub @login or @org/team; write @${owner}`
          : `the owner "${shown}" is not a GitHub @login or @org/team`,
        place,
      ),
    ];
  }
  if (knownOwners && !isKnown(knownOwners, owner)) {
    return [
      message(
        'error',
        'action-item-owner',
        `${owner} cannot be assigned: not a collaborator with access to this repository, or not a team of its organisation`,
        place,
      ),
    ];
  }
  return [];
}

function lintDue(
  found: ActionItemsTable,
  item: ActionItemRow,
  day: string | undefined,
): LintMessage[] {
  const place = at(found, item, 'due');
  if (!item.dueResult.ok) {
    const reason = item.dueText === '' ? 'this action item has no due date' : item.dueResult.reason;
    return [message('error', 'action-item-due', reason, place)];
  }
  if (day !== undefined && item.dueResult.date < day) {
    return [
      message(
        'error',
        'action-item-due',
        `due ${item.dueResult.date} is before the incident (${day})`,
        place,
      ),
    ];
  }
  return [];
}

function isKnown(known: KnownOwners, owner: string): boolean {
  if (typeof known === 'function') return known(owner);
  const wanted = owner.toLowerCase();
  for (const entry of known) if (entry.toLowerCase() === wanted) return true;
  return false;
}

function at(found: ActionItemsTable, item: ActionItemRow, role: keyof ActionItemsTable['columns']) {
  const index = found.columns[role];
  const cell = item.row.cells[index];
  return cell ? cellStart(cell) : startOf(item.row.node);
}

function titleCase(name: string): string {
  return name.replace(/\b[a-z]/g, (letter) => letter.toUpperCase());
}

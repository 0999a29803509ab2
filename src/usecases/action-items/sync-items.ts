import { itemClaimRef, sameItemId } from '../../core/action-items/item-identity.ts';
import { ACTION_ITEM_MARKER, readActionItemMarker } from '../../core/action-items/item-marker.ts';
import type {
  FiledItem,
  ItemIncident,
  ItemSource,
  WantedItem,
} from '../../core/action-items/item-types.ts';
import { type ItemPlan, planItemSync } from '../../core/action-items/plan-item-sync.ts';
import {
  renderItemBlock,
  renderItemTitle,
  replaceItemBlock,
} from '../../core/action-items/render-item.ts';
import { renderItemChanged, renderItemRemoved } from '../../core/action-items/render-item-notes.ts';
import type { Config } from '../../core/config/config.ts';
import { readMarker, renderMarker } from '../../core/markdown/marker.ts';
import { capBody } from '../../core/text/cap-body.ts';
import type { GitHubPort, IssueField, IssueSummary } from '../../github/port.ts';
import { openIssueOnce } from '../shared/open-issue-once.ts';
import { findDueField, writeDueField } from './due-field-writes.ts';
import { type ItemClaims, itemClaims } from './item-claims.ts';
import { findOpenedItem, linkOrphans } from './link-orphans.ts';

/** The label an item gets when nobody who can be assigned owns it. */
export const NEEDS_OWNER_LABEL = 'needs-owner';

/** GitHub allows 100 sub-issues per parent, closed ones included. */
export const MAX_ITEMS = 100;

export interface SyncRequest {
  incident: ItemIncident;
  wanted: WantedItem[];
  source: ItemSource;
  /** Which filed items this source speaks for, so one it no longer lists was removed from it. */
  speaksFor: (item: FiledItem) => boolean;
  self: string;
  defaultBranch: string;
  /** The event's time: a claim older than the bound by it is a dead run's (item-claims.ts). */
  now: Date;
}

export type ItemOutcome = 'created' | 'updated' | 'unchanged' | 'removed' | 'claimed elsewhere';

export interface ItemResult {
  item: string;
  description: string;
  number: number | undefined;
  url: string | undefined;
  outcome: ItemOutcome;
}

export type SyncResult =
  | { ok: true; items: ItemResult[] }
  | { ok: false; needed: number; max: number };

/**
 * Files and updates an incident's action items so they match a source: each item one issue,
 * a sub-issue of the incident, labelled and assigned, never twice. 1. Read the incident's
 * sub-issues (the scribe's own, by marker). 2. Compare. 3. Claim, open and link each new item;
 * update what the source changed (and say so on the item); note what the source dropped.
 * 4. Items another run claimed: find them, or take over a claim its run left to die.
 */
export async function syncItems(
  port: GitHubPort,
  config: Config,
  request: SyncRequest,
): Promise<SyncResult> {
  const { incident, self } = request;
  // 1. What is filed already: the incident's sub-issues the scribe opened, read by marker.
  const filed = (await port.listSubIssues(incident.number)).flatMap((issue) =>
    filedItem(issue, self, incident),
  );
  const plans = planItemSync(request.wanted, filed, (item) =>
    item.marker.removed !== true ? request.speaksFor(item) : false,
  );

  // 2. Over GitHub's limit of sub-issues: refuse the whole source rather than file half of it.
  const creating = plans.filter((p) => p.kind === 'create').length;
  const max = Math.min(config.actionItems.max, MAX_ITEMS);
  if (filed.length + creating > max) {
    return { ok: false, needed: filed.length + creating, max };
  }

  // 3. Write what differs: at most 100 items, each a bounded number of writes (claim, open,
  //    link; or edit, assign, label, comment), so the event's budget grows by exactly that,
  //    plus the one claim commit all of this event's claims point at.
  const creates = plans.flatMap((p) => (p.kind === 'create' ? [p.wanted] : []));
  const updating = plans.filter((p) => p.kind === 'update' || p.kind === 'removed').length;
  port.allowWrites(creating * 3 + (creating > 0 ? 1 : 0) + updating * 5);
  const claims = itemClaims(port, {
    incident: incident.id,
    items: creates.map((w) => w.item),
    defaultBranch: request.defaultBranch,
    now: request.now,
  });
  // The organisation's due field, looked up only when a date is to be written.
  let field: Promise<IssueField | undefined> | undefined;
  const dueField = () => {
    field ??= findDueField(port, config);
    return field;
  };
  const results: ItemResult[] = [];
  for (const plan of plans) {
    if (plan.kind === 'create') {
      results.push(await create(port, config, request, plan.wanted, claims, dueField));
    } else if (plan.kind === 'removed') {
      results.push(await remove(port, request, plan.filed));
    } else {
      results.push(await update(port, config, request, plan, dueField));
    }
  }
  // 4. Items another delivery claimed: read again once; whoever finishes last sees them all.
  if (results.some((r) => r.outcome === 'claimed elsewhere')) {
    const now = (await port.listSubIssues(incident.number)).flatMap((issue) =>
      filedItem(issue, self, incident),
    );
    for (const r of results) {
      if (r.outcome !== 'claimed elsewhere') continue;
      const found = now.find((f) => sameItemId(f.marker.item, r.item));
      if (found) Object.assign(r, { number: found.number, url: found.htmlUrl, outcome: 'created' });
    }
    await linkOrphans(port, config, request, results);
    // Still no issue: the claim is a live run's, or a dead one's once it is older than the
    // bound; then this run takes it over (one run wins) and files the item.
    for (const [i, r] of results.entries()) {
      const wanted = creates.find((w) => w.item === r.item);
      if (r.outcome !== 'claimed elsewhere' || !wanted) continue;
      const claim = itemClaimRef(incident.id, r.item);
      if (!(await claims.takeOverStale(claim))) continue;
      port.allowWrites(2); // open and link, as for any item filed
      results[i] = await fileClaimed(port, config, request, wanted, claim, dueField);
    }
  }
  return { ok: true, items: results };
}

function filedItem(issue: IssueSummary, self: string, incident: ItemIncident): FiledItem[] {
  // A marker is trusted only on an issue the scribe opened itself.
  if (issue.author !== self) return [];
  const marker = readActionItemMarker(readMarker(issue.body, ACTION_ITEM_MARKER));
  if (!marker || marker.parent !== incident.number) return [];
  return [{ ...issue, marker }];
}

async function create(
  port: GitHubPort,
  config: Config,
  request: SyncRequest,
  wanted: WantedItem,
  claims: ItemClaims,
  dueField: () => Promise<IssueField | undefined>,
): Promise<ItemResult> {
  // Only one delivery may file an item: the claim is a ref GitHub creates once.
  const claim = itemClaimRef(request.incident.id, wanted.item);
  if (!(await claims.claim(claim))) return result(wanted, undefined, 'claimed elsewhere');
  return fileClaimed(port, config, request, wanted, claim, dueField);
}

/** Opens and links the issue of an item this run holds the claim on. */
async function fileClaimed(
  port: GitHubPort,
  config: Config,
  request: SyncRequest,
  wanted: WantedItem,
  claim: string,
  dueField: () => Promise<IssueField | undefined>,
): Promise<ItemResult> {
  const { incident } = request;
  const assignee = await assignableOwner(port, wanted.owner);
  const title = renderItemTitle(wanted.description);
  const body = renderItemBlock(wanted, incident, wanted.source ?? request.source, {
    assignable: assignee !== undefined || isTeam(wanted.owner),
    title,
  });
  const needsOwner = assignee === undefined && !isTeam(wanted.owner);
  // The due date goes into the organisation's date field too, where it has one; GitHub drops
  // it silently where the feature is off, and the field is then read back as empty.
  const field = wanted.due ? await dueField() : undefined;
  const issue = await openIssueOnce(
    port,
    {
      title,
      body,
      labels: [config.labels.actionItem, ...(needsOwner ? [NEEDS_OWNER_LABEL] : [])],
      assignees: assignee ? [assignee] : [],
      ...(field && wanted.due ? { fieldValues: [{ fieldId: field.id, value: wanted.due }] } : {}),
      ...(config.issueTypes.actionItem ? { type: config.issueTypes.actionItem } : {}),
    },
    () => findOpenedItem(port, config, request, wanted.item),
    () => port.releaseClaim(claim),
  );
  // Opened but not linked if this fails: the next delivery finds it by its marker (step 4).
  await port.addSubIssue(incident.number, issue.id);
  return result(wanted, issue, 'created');
}

async function update(
  port: GitHubPort,
  config: Config,
  request: SyncRequest,
  plan: Extract<ItemPlan, { kind: 'update' | 'unchanged' }>,
  dueField: () => Promise<IssueField | undefined>,
): Promise<ItemResult> {
  const { filed, wanted } = plan;
  const changes = plan.kind === 'update' ? plan.changes : [];
  const back = filed.marker.removed === true;
  const assignee = await (changes.some((c) => c.startsWith('owner')) || back
    ? assignableOwner(port, wanted.owner)
    : Promise.resolve(undefined));
  const ownerChanged = changes.some((c) => c.startsWith('owner'));
  // The title is the scribe's while it is the one the scribe wrote; a person's title stays.
  const title = renderItemTitle(wanted.description);
  const titleIsOurs = filed.marker.title === undefined || filed.title === filed.marker.title;
  const source = keptSource(filed.body) ?? wanted.source ?? request.source;
  const assignable = ownerChanged
    ? assignee !== undefined || isTeam(wanted.owner)
    : !filed.labels.includes(NEEDS_OWNER_LABEL) || isTeam(wanted.owner);
  const block = renderItemBlock(wanted, request.incident, source, {
    assignable,
    title: titleIsOurs ? title : (filed.marker.title ?? title),
  });
  const body = replaceItemBlock(filed.body, block);
  const edits: { title?: string; body?: string } = {};
  if (body !== undefined && body !== filed.body) edits.body = body;
  if (titleIsOurs && filed.title !== title) edits.title = title;
  if (Object.keys(edits).length === 0 && !back) return result(wanted, filed, 'unchanged');
  if (Object.keys(edits).length > 0) await port.updateIssue(filed.number, edits);
  if (ownerChanged && assignee && !filed.assignees.some((a) => same(a, assignee))) {
    await port.addAssignees(filed.number, [assignee]);
  }
  if (ownerChanged) {
    const needsOwner = assignee === undefined && !isTeam(wanted.owner);
    const has = filed.labels.includes(NEEDS_OWNER_LABEL);
    if (needsOwner && !has) await port.addLabels(filed.number, [NEEDS_OWNER_LABEL]);
    if (!needsOwner && has) await port.removeLabel(filed.number, NEEDS_OWNER_LABEL);
  }
  // A due date the source changed is a new decision: it replaces what the field holds, a
  // person's edit there included. An unchanged one leaves the field as people set it.
  if ((filed.marker.due ?? null) !== wanted.due) {
    await writeDueField(port, config, filed, wanted.due, dueField);
  }
  if (changes.length > 0 || back) {
    await noteOnce(
      port,
      filed.number,
      renderItemChanged(
        wanted.source ?? request.source,
        back ? ['back in the source', ...changes] : changes,
      ),
    );
  }
  return result(wanted, filed, changes.length > 0 || back ? 'updated' : 'unchanged');
}

async function remove(
  port: GitHubPort,
  request: SyncRequest,
  filed: FiledItem,
): Promise<ItemResult> {
  // Never a silent close: the item stays as people left it, with the marker noting the removal.
  const marker = renderMarker(ACTION_ITEM_MARKER, { ...filed.marker, removed: true });
  const start = filed.body.indexOf('<!-- incident-scribe:action-item ');
  const end = start < 0 ? -1 : filed.body.indexOf(' -->', start);
  if (start >= 0 && end >= 0) {
    const body = filed.body.slice(0, start) + marker + filed.body.slice(end + 4);
    await port.updateIssue(filed.number, { body });
  }
  await noteOnce(port, filed.number, renderItemRemoved(request.source));
  return {
    item: filed.marker.item,
    description: filed.title,
    number: filed.number,
    url: filed.htmlUrl,
    outcome: 'removed',
  };
}

/** The "From:" line of an item's block: where it was first raised stays its origin. */
function keptSource(body: string): ItemSource | undefined {
  const line = body.split('\n').find((l) => l.startsWith('- From: '));
  if (!line) return undefined;
  const link = /\]\(([^)\s]+)\)$/.exec(line);
  if (!link) return undefined;
  const url = link[1] as string;
  if (line.includes('the post-mortem [')) {
    const path = /\[(.*)\]\(/.exec(line)?.[1]?.replace(/\\(.)/g, '$1') ?? '';
    return { kind: 'postmortem', path, url };
  }
  return { kind: 'command', url };
}

/** The owner's login when GitHub would accept them as an assignee (they have access). */
async function assignableOwner(
  port: GitHubPort,
  owner: string | null,
): Promise<string | undefined> {
  if (!owner || isTeam(owner)) return undefined;
  const login = owner.replace(/^@/, '');
  return (await port.permissionOf(login)) === 'none' ? undefined : login;
}

function isTeam(owner: string | null): boolean {
  return owner?.includes('/') === true;
}

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

function result(
  wanted: WantedItem,
  issue: { number: number; htmlUrl: string } | undefined,
  outcome: ItemOutcome,
): ItemResult {
  return {
    item: wanted.item,
    description: wanted.description,
    number: issue?.number,
    url: issue?.htmlUrl,
    outcome,
  };
}

/**
 * Posts a note on an item once. Two deliveries of one event at once both see the change and
 * both post the same note; each then reads the item's comments and deletes every copy of the
 * note but the oldest (a copy already deleted by the other is no error), so one stays. A
 * change happens once, so the read is paid only when there is something to say.
 */
async function noteOnce(port: GitHubPort, issue: number, body: string): Promise<void> {
  await port.createIssueComment(issue, body);
  const self = await port.selfLogin();
  const text = capBody(body);
  const copies = (await port.listIssueComments(issue)).filter(
    (c) => c.user.login === self && c.body === text,
  );
  for (const copy of copies.slice(1)) await port.deleteIssueComment(copy.id);
}

import type { ItemIncident } from '../../core/action-items/item-types.ts';
import { itemsFromPostmortem } from '../../core/action-items/items-from-postmortem.ts';
import { ITEM_LIMIT_MARKER, renderItemLimit } from '../../core/action-items/render-action-reply.ts';
import {
  BACK_LINK_MARKER,
  type BackLinkItem,
  renderBackLink,
} from '../../core/action-items/render-back-link.ts';
import type { Config } from '../../core/config/config.ts';
import { incidentId } from '../../core/incident/incident-id.ts';
import type { IssueSnapshot } from '../../core/incident/issue.ts';
import type { GitHubPort } from '../../github/port.ts';
import { postmortemFiles } from '../postmortem/check-postmortem.ts';
import { ensureOwnComment, findOwnComments } from '../shared/own-comment.ts';
import { showItemsInStatus } from './show-items-in-status.ts';
import { syncItems } from './sync-items.ts';

/** More post-mortem files than this in one merge are not all read: a post-mortem is one file. */
const MAX_FILES = 5;

/**
 * A merged post-mortem's Action Items table becomes the incident's items: 1. read each changed
 * post-mortem file on the default branch; 2. find the incident it names (an incident issue of
 * this repository); 3. sync its rows as items; 4. list them in one comment on the pull request.
 */
export async function syncMergedPostmortem(
  port: GitHubPort,
  config: Config,
  input: { pull?: number; paths: string[]; defaultBranch: string; today: string; now: Date },
): Promise<string> {
  const outcomes: string[] = [];
  const paths = postmortemFiles(config, input.paths).slice(0, MAX_FILES);
  if (paths.length === 0) return 'ignored: no post-mortem';
  const self = await port.selfLogin();
  for (const path of paths) {
    // 1. The file as merged.
    const text = await port.readFile(path, { ref: input.defaultBranch });
    if (text === undefined) continue;
    outcomes.push(
      (await syncPostmortemItems(port, config, { ...input, path, text, self })).outcome,
    );
  }
  return `action items: ${outcomes.join('; ') || 'none'}`;
}

/**
 * One post-mortem's Action Items table as its incident's items (steps 2 to 4 above): for a
 * merged file, and for `scribe action-items --file` on the post-mortems a team already has.
 * `filed` is false when the file files nothing (no incident named, not an incident, over
 * the limit).
 */
export async function syncPostmortemItems(
  port: GitHubPort,
  config: Config,
  input: {
    path: string;
    text: string;
    self: string;
    pull?: number;
    defaultBranch: string;
    today: string;
    now: Date;
  },
): Promise<{ outcome: string; filed: boolean }> {
  const { path, self } = input;
  const read = itemsFromPostmortem(input.text, port.repo);
  if (!read.ok || read.incidentIssue === undefined) {
    return {
      outcome: `${path}: ${read.ok ? 'names no incident issue' : read.message}`,
      filed: false,
    };
  }
  // 2. The incident: a post-mortem can only file items under an incident of this repository.
  const issue = await readIncident(port, read.incidentIssue);
  if (!issue || !isIncident(config, issue)) {
    return { outcome: `${path}: #${read.incidentIssue} is not an incident`, filed: false };
  }
  const incident = incidentOf(config, issue);
  const url = `https://github.com/${port.repo.owner}/${port.repo.repo}/blob/${encodeURIComponent(input.defaultBranch)}/${path.split('/').map(encodeURIComponent).join('/')}`;

  // 3. The items.
  const synced = await syncItems(port, config, {
    incident,
    wanted: read.items,
    source: { kind: 'postmortem', path, url },
    speaksFor: () => true,
    self,
    defaultBranch: input.defaultBranch,
    now: input.now,
  });

  // 4. The list in the incident's status comment, and one comment on the pull request.
  if (synced.ok) {
    await showItemsInStatus(port, incident.number, input.today, config.actionItems.dueField);
  }
  const counted = synced.ok ? summarize(synced.items.map((i) => i.outcome)) : 'over the limit';
  if (input.pull === undefined) {
    return { outcome: `${path}: ${synced.ok ? counted : `refused, ${counted}`}`, filed: synced.ok };
  }
  const own = (await port.listIssueComments(input.pull)).filter((c) => c.user.login === self);
  if (!synced.ok) {
    await ensureOwnComment(
      port,
      input.pull,
      ITEM_LIMIT_MARKER,
      renderItemLimit(incident.id, synced.needed, synced.max),
      { comments: own, self },
    );
    return { outcome: `${path}: refused, over the limit`, filed: false };
  }
  // A concurrent delivery is filing some of them this moment: it writes the list.
  if (synced.items.some((i) => i.outcome === 'claimed elsewhere')) {
    return { outcome: `${path}: filed by another delivery`, filed: true };
  }
  const listed = synced.items.flatMap((i): BackLinkItem[] =>
    i.number && i.url && i.outcome !== 'claimed elsewhere'
      ? [{ number: i.number, url: i.url, description: i.description, outcome: i.outcome }]
      : [],
  );
  // A sync that changed nothing (a redelivered merge) leaves the list saying what the
  // sync that did the work did, rather than "unchanged" for items it has just filed.
  const changedNothing = synced.items.every((i) => i.outcome === 'unchanged');
  if (!changedNothing || findOwnComments(own, self, BACK_LINK_MARKER).length === 0) {
    await ensureOwnComment(
      port,
      input.pull,
      BACK_LINK_MARKER,
      renderBackLink(incident.id, listed),
      {
        comments: own,
        self,
      },
    );
  }
  return { outcome: `${path}: ${counted}`, filed: true };
}

async function readIncident(port: GitHubPort, number: number): Promise<IssueSnapshot | undefined> {
  try {
    return await port.getIssue(number);
  } catch {
    return undefined;
  }
}

function isIncident(config: Config, issue: IssueSnapshot): boolean {
  const labels = issue.labels.map((l) => l.toLowerCase());
  return labels.includes(config.labels.incident.toLowerCase());
}

/** The incident as items name it: its id, number, link and severity. */
export function incidentOf(config: Config, issue: IssueSnapshot): ItemIncident {
  const labels = issue.labels.map((l) => l.toLowerCase());
  const severity = config.severities.find((s) => labels.includes(s.label.toLowerCase()));
  return {
    id: incidentId(config.incidentIdFormat, issue),
    number: issue.number,
    url: issue.htmlUrl,
    severity: severity ? { id: severity.id, title: severity.title } : undefined,
  };
}

function summarize(outcomes: string[]): string {
  if (outcomes.length === 0) return 'no items';
  const counts = new Map<string, number>();
  for (const o of outcomes) counts.set(o, (counts.get(o) ?? 0) + 1);
  return [...counts].map(([o, n]) => `${n} ${o}`).join(', ');
}

import { createHash } from 'node:crypto';
import { ACTION_ITEM_MARKER, readActionItemMarker } from '../../core/action-items/item-marker.ts';
import type { Config } from '../../core/config/config.ts';
import { incidentId } from '../../core/incident/incident-id.ts';
import type { IssueEvent, IssueSnapshot } from '../../core/incident/issue.ts';
import { readMarker, readReplyMarker } from '../../core/markdown/marker.ts';
import type { ActionItemFact } from '../../core/postmortem/facts.ts';
import { factsFromTimeline } from '../../core/postmortem/facts-from-timeline.ts';
import { fillTemplate } from '../../core/postmortem/fill-template.ts';
import { lintPostmortem } from '../../core/postmortem/lint.ts';
import { postmortemLocation } from '../../core/postmortem/location.ts';
import { readPostmortem } from '../../core/postmortem/parse-document.ts';
import {
  type PostmortemNotice,
  readDraftMemory,
  renderNewEvents,
  renderPostmortemAnswer,
  renderPostmortemNotice,
} from '../../core/postmortem/render-notice.ts';
import { renderPullBody } from '../../core/postmortem/render-pull-body.ts';
import { safeInline } from '../../core/text/safe-text.ts';
import type { Timeline } from '../../core/timeline/timeline-types.ts';
import type { GitHubPort, IssueComment, PullSummary } from '../../github/port.ts';
import type { IncidentRecord } from '../incident/refresh-incident.ts';
import {
  ensureOwnComment,
  findOwnComments,
  keepOldestReplies,
  ownCommentsIn,
} from '../shared/own-comment.ts';
import { independently, type WriteFailures } from '../shared/write-failures.ts';
import { checkPostmortemFiles } from './check-postmortem.ts';
import { reviewersOf } from './reviewers-of.ts';
import { writeDraft } from './write-draft.ts';

export interface OpenPostmortemInput {
  issue: IssueSnapshot;
  defaultBranch: string;
  builtInTemplate: () => Promise<string>;
  /** The `/postmortem` comment that asked, and who wrote it, when one did. */
  askedIn?: { comment: number; by: string } | undefined;
  /** What the incident refresh of this same event read and rebuilt: no need to read it again. */
  record: IncidentRecord;
  /** Where the check run and the notices record a failure and let the others run. */
  failures?: WriteFailures | undefined;
}

const NOTICE_MARKER = 'postmortem-link';
const NEWS_MARKER = 'postmortem-news';
const ANSWER_MARKER = 'postmortem-answer';

/**
 * Drafts the incident's post-mortem as a pull request, or finds the one it drafted before.
 * Same branch and pull request every time; it refreshes the draft only while the branch holds
 * nothing but its own commits, and never touches a merged one.
 */
export async function openPostmortem(
  port: GitHubPort,
  config: Config,
  input: OpenPostmortemInput,
): Promise<string> {
  const { issue } = input;
  // 1. What the scribe knows of the incident: the refresh of this event just rebuilt it.
  const { events, self, people, timeline } = input.record;
  const comments = ownCommentsIn(events, self);
  const canAct = (login: string) => people[login.toLowerCase()] === 'act';
  const id = incidentId(config.incidentIdFormat, issue);
  const where = postmortemLocation(config.postmortem.folder, {
    id,
    title: issue.title,
    start: timeline.moments.start,
  });
  const notice = (state: PostmortemNotice) =>
    independently(input.failures, 'post-mortem notice', () =>
      ensureOwnComment(port, issue.number, NOTICE_MARKER, renderPostmortemNotice(state), {
        comments,
        self,
      }),
    );

  // 2. A merged post-mortem is history: point at it, change nothing. One closed unmerged
  //    was closed by people: the scribe does not bring it back on its own.
  const existing = await port.findPull(where.branch);
  if (existing && existing.state === 'closed') {
    const kind = existing.merged ? 'merged' : 'closed';
    await notice({ kind, id, url: existing.htmlUrl, number: existing.number });
    if (input.askedIn)
      await answer(port, issue.number, comments, self, id, input.askedIn, existing);
    return `post-mortem already ${existing.merged ? 'merged' : 'closed'}`;
  }

  // 3. Draft it from the template, and check the draft with the linter.
  const templatePath = config.postmortem.template;
  const template = templatePath ? await port.readFile(templatePath) : await input.builtInTemplate();
  if (template === undefined) {
    const message = `the template ${templatePath} does not exist on the default branch`;
    await notice({ kind: 'error', id, message });
    return 'refused: template missing';
  }
  const actionItems = await filedItems(port, issue.number, self, timeline);
  const facts = factsFromTimeline(timeline, issue, config, { id, self, actionItems });
  const filled = fillTemplate(template, facts);
  if (!filled.ok) {
    await notice({ kind: 'error', id, message: filled.error });
    return 'refused: template broken';
  }
  const draftRead = readPostmortem(filled.markdown);
  const selfCheck = lintPostmortem(draftRead, { config })
    .filter((m) => m.severity === 'error' && m.rule !== 'prompts' && m.rule !== 'required-sections')
    .map((m) => `line ${m.line}: ${m.message}`);

  // An open draft whose branch is as the scribe left it, holding this very draft, with its
  // check run: nothing to do (a redelivered close costs the timeline and the pull request).
  const digest = createHash('sha256').update(filled.markdown).digest('hex');
  const memory = findOwnComments(comments, self, NOTICE_MARKER, readDraftMemory)[0]?.data;
  // The notice already links the open draft, so a `/postmortem` here needs no answer.
  if (existing && memory?.head === existing.headSha && memory.draft === digest) {
    return 'post-mortem found';
  }

  // 4. The branch and its one file: written while only the scribe has pushed to it.
  const draft = await writeDraft(port, config, {
    branch: where.branch,
    path: where.path,
    stem: where.stem,
    markdown: filled.markdown,
    message: `Draft post-mortem of ${id}`,
    defaultBranch: input.defaultBranch,
    self,
    pull: existing,
  });

  // 5. The pull request, its label and reviewers.
  const pull =
    existing ??
    (await openPull(port, config, {
      title: `Post-mortem: ${id} ${safeInline(issue.title, 200)}`,
      body: renderPullBody({
        id,
        title: issue.title,
        issueUrl: issue.htmlUrl,
        issueNumber: issue.number,
        path: draft.path,
        appendedSections: filled.appendedSections,
        filled: filled.filled,
        drafted: filled.drafted,
        selfCheck,
      }),
      head: where.branch,
      base: input.defaultBranch,
      reviewers: await reviewersOf(port, config, timeline, canAct, self),
    }));

  // 6. The check on the scribe's own commit (GitHub does not tell the app about its pushes);
  //    people's pushes are checked when their pull_request event arrives.
  const headSha = draft.headSha ?? (draft.takenOver ? undefined : pull.headSha);
  let checked = false;
  if (headSha) {
    await independently(input.failures, 'post-mortem check run', async () => {
      await checkPostmortemFiles(port, config, {
        headSha,
        files: [{ path: draft.path, read: draftRead }],
        ...(templatePath ? { template } : {}),
        freshCommit: draft.fresh && headSha === draft.headSha,
      });
      checked = true;
    });
  }

  // 7. Tell the incident where its post-mortem is; once people have taken the draft over, tell
  //    the pull request what happened on the incident since the scribe last wrote it.
  await notice({
    kind: 'draft',
    id,
    url: pull.htmlUrl,
    number: pull.number,
    path: draft.path,
    ...(checked && headSha ? { memory: { head: headSha, draft: digest } } : {}),
  });
  if (draft.takenOver) {
    const since = draft.draftedAt ?? pull.createdAt;
    const news = timeline.entries.filter((e) => recordedAt(e, events) > Date.parse(since));
    if (news.length > 0) {
      const own = (await port.listIssueComments(pull.number)).filter((c) => c.user.login === self);
      await ensureOwnComment(port, pull.number, NEWS_MARKER, renderNewEvents(id, news), {
        comments: own,
        self,
      });
    }
  }
  if (!existing) return 'post-mortem opened';
  return draft.takenOver ? 'post-mortem left to people' : 'post-mortem found';
}

/** Answers a `/postmortem` comment once (a redelivery finds the answer) with the link. */
async function answer(
  port: GitHubPort,
  issue: number,
  comments: IssueComment[],
  self: string,
  id: string,
  asked: { comment: number; by: string },
  pull: PullSummary,
): Promise<void> {
  const answered = findOwnComments(comments, self, ANSWER_MARKER, readReplyMarker).some(
    (c) => c.data.comment === asked.comment,
  );
  if (answered) return;
  await port.createIssueComment(
    issue,
    renderPostmortemAnswer({
      id,
      comment: asked.comment,
      asker: asked.by,
      url: pull.htmlUrl,
      number: pull.number,
      merged: pull.merged,
    }),
  );
  await keepOldestReplies(port, issue, self, [ANSWER_MARKER]);
}

/** Opens the pull request, or finds the one a concurrent delivery opened a moment earlier. */
async function openPull(
  port: GitHubPort,
  config: Config,
  p: { title: string; body: string; head: string; base: string; reviewers: string[] },
): Promise<PullSummary> {
  let pull: PullSummary;
  try {
    pull = await port.createPull({ title: p.title, body: p.body, head: p.head, base: p.base });
  } catch (error) {
    const other = await port.findPull(p.head);
    if (!other) throw error;
    return other;
  }
  await port.addLabels(pull.number, [config.labels.postmortem]);
  // GitHub refuses a review request to the pull request's author.
  await port.requestReviewers(
    pull.number,
    p.reviewers.filter((login) => login.toLowerCase() !== pull.author.toLowerCase()),
  );
  return pull;
}

/**
 * The items filed during the incident (by `/action`), for the draft's table with their links.
 * Read only when the timeline has any: an incident without them costs no request.
 */
async function filedItems(
  port: GitHubPort,
  issue: number,
  self: string,
  timeline: Timeline,
): Promise<ActionItemFact[]> {
  if (!timeline.entries.some((e) => e.kind === 'action')) return [];
  return (await port.listSubIssues(issue)).flatMap((item): ActionItemFact[] => {
    if (item.author !== self) return [];
    const marker = readActionItemMarker(readMarker(item.body, ACTION_ITEM_MARKER));
    if (!marker || marker.parent !== issue || marker.removed) return [];
    return [
      {
        id: marker.item,
        description: marker.title ?? item.title,
        owner: marker.owner ?? null,
        due: marker.due ?? null,
        issue: { number: item.number, url: item.htmlUrl },
      },
    ];
  });
}

/** When an entry reached the issue: its comment's last edit for a command, else its time. */
function recordedAt(entry: Timeline['entries'][number], events: IssueEvent[]): number {
  const source = events.find((e) => e.kind === 'commented' && e.id === entry.commentId);
  return Date.parse(source?.kind === 'commented' ? source.updatedAt : entry.at);
}

import type { Config } from '../../core/config/config.ts';
import { incidentId } from '../../core/incident/incident-id.ts';
import type { IssueSnapshot } from '../../core/incident/issue.ts';
import { factsFromTimeline } from '../../core/postmortem/facts-from-timeline.ts';
import { fillTemplate } from '../../core/postmortem/fill-template.ts';
import { lintPostmortem } from '../../core/postmortem/lint.ts';
import { postmortemLocation } from '../../core/postmortem/location.ts';
import { renderNewEvents, renderPostmortemNotice } from '../../core/postmortem/render-notice.ts';
import { renderPullBody } from '../../core/postmortem/render-pull-body.ts';
import { STATUS_MARKER, type StatusMarker } from '../../core/status/render-status-comment.ts';
import { buildTimeline } from '../../core/timeline/build-timeline.ts';
import type { GitHubPort, IssueComment } from '../../github/port.ts';
import { ensureOwnComment, findOwnComments } from '../shared/own-comment.ts';
import { checkPostmortemFiles } from './check-postmortem.ts';

export interface OpenPostmortemInput {
  issue: IssueSnapshot;
  defaultBranch: string;
  builtInTemplate: () => Promise<string>;
}

const NOTICE_MARKER = 'postmortem-link';

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
  // 1. Rebuild what the scribe knows of the incident, from GitHub alone.
  const self = await port.selfLogin();
  const events = await port.listIssueTimeline(issue.number);
  const comments: IssueComment[] = events.flatMap((e) =>
    e.kind === 'commented' && e.actor.login === self
      ? [
          {
            id: e.id,
            body: e.body,
            user: e.actor,
            createdAt: e.at,
            updatedAt: e.updatedAt,
            htmlUrl: e.htmlUrl,
          },
        ]
      : [],
  );
  const people =
    (findOwnComments(comments, self, STATUS_MARKER)[0]?.data as StatusMarker | undefined)?.people ??
    {};
  const canAct = (login: string) => people[login.toLowerCase()] === 'act';
  const timeline = buildTimeline(issue, events, config, self, {
    canAct,
    hasAccess: (l) => people[l.toLowerCase()] !== 'none',
  });
  const id = incidentId(config.incidentIdFormat, issue);
  const where = postmortemLocation(config.postmortem.folder, {
    id,
    title: issue.title,
    start: timeline.moments.start,
  });
  const notice = (state: Parameters<typeof renderPostmortemNotice>[0]) =>
    ensureOwnComment(port, issue.number, NOTICE_MARKER, renderPostmortemNotice(state), {
      comments,
      self,
    });

  // 2. A merged post-mortem is history: point at it, change nothing.
  const existing = await port.findPull(where.branch);
  if (existing?.merged) {
    await notice({ kind: 'merged', id, url: existing.htmlUrl, number: existing.number });
    return 'post-mortem already merged';
  }

  // 3. Draft it from the template, and check the draft with the linter.
  const templatePath = config.postmortem.template;
  const template = templatePath ? await port.readFile(templatePath) : await input.builtInTemplate();
  if (template === undefined) {
    await notice({
      kind: 'error',
      id,
      message: `the template ${templatePath} does not exist on the default branch`,
    });
    return 'refused: template missing';
  }
  const facts = factsFromTimeline(timeline, issue, config, { id, self });
  const filled = fillTemplate(template, facts);
  if (!filled.ok) {
    await notice({ kind: 'error', id, message: filled.error });
    return 'refused: template broken';
  }
  const selfCheck = lintPostmortem(filled.markdown, { config })
    .filter((m) => m.severity === 'error' && m.rule !== 'prompts' && m.rule !== 'required-sections')
    .map((m) => `line ${m.line}: ${m.message}`);

  // 4. The branch and its one file: written while only the scribe has pushed to it.
  const base = await port.branchSha(input.defaultBranch);
  if (!base) throw new Error(`the default branch ${input.defaultBranch} does not exist`);
  const message = `Draft post-mortem of ${id}`;
  let humanEdits = false;
  if (!existing && (await port.createBranch(where.branch, base))) {
    await port.writeFile(where.branch, where.path, filled.markdown, message);
  } else {
    const authors = await port.commitAuthorsSince(where.branch, base);
    humanEdits = authors.some((login) => login !== self);
    if (
      !humanEdits &&
      (await port.readFile(where.path, { ref: where.branch })) !== filled.markdown
    ) {
      await port.writeFile(
        where.branch,
        where.path,
        filled.markdown,
        message,
        await port.fileSha(where.path, where.branch),
      );
    }
  }

  // 5. The pull request, its label and reviewers, then the check on its head.
  const pull =
    existing ??
    (await port.createPull({
      title: `Post-mortem: ${id} ${issue.title}`.slice(0, 250),
      body: renderPullBody({
        id,
        title: issue.title,
        issueUrl: issue.htmlUrl,
        issueNumber: issue.number,
        path: where.path,
        appendedSections: filled.appendedSections,
        selfCheck,
      }),
      head: where.branch,
      base: input.defaultBranch,
    }));
  if (!existing) {
    await port.addLabels(pull.number, [config.labels.postmortem]);
    const reviewers = [timeline.state.roles.commander, ...timeline.entries.map((e) => e.actor)]
      .filter(
        (login): login is string =>
          login !== undefined && canAct(login) && login !== pull.author && login !== self,
      )
      .filter(
        (login, i, all) => all.findIndex((l) => l.toLowerCase() === login.toLowerCase()) === i,
      );
    await port.requestReviewers(pull.number, reviewers);
  }
  const head = await port.branchSha(where.branch);
  if (head) await checkPostmortemFiles(port, config, head, [where.path], where.branch);

  // 6. Tell the incident where its post-mortem is; once people have taken the draft over, tell
  //    the pull request what happened on the incident since it was opened, instead of pushing.
  await notice({ kind: 'draft', id, url: pull.htmlUrl, number: pull.number, path: where.path });
  if (humanEdits && existing) {
    const since = timeline.entries.filter((e) => Date.parse(e.at) > Date.parse(existing.createdAt));
    const own = (await port.listIssueComments(pull.number)).filter((c) => c.user.login === self);
    await ensureOwnComment(port, pull.number, 'postmortem-news', renderNewEvents(id, since), {
      comments: own,
      self,
    });
  }
  return existing ? 'post-mortem found' : 'post-mortem opened';
}

import type { CommentRecord, TimelineRecord } from '../model.ts';
import { associationOf, commentJson, issueJson, labelJson, userJson } from '../serialize.ts';
import type { World } from '../world.ts';

/** One REST timeline item in the shape `GET /issues/{n}/timeline` returns it. */
export function timelineJson(world: World, item: TimelineRecord | CommentRecord): unknown {
  if (!('event' in item)) {
    return {
      ...commentJson(world, item),
      event: 'commented',
      actor: userJson(world, item.user),
      author_association: associationOf(world, item.user),
    };
  }
  if (item.event === 'cross-referenced') {
    const source = item.source === undefined ? undefined : world.issues.get(item.source);
    return {
      event: 'cross-referenced',
      actor: userJson(world, item.actor),
      created_at: item.createdAt,
      updated_at: item.createdAt,
      source: { type: 'issue', ...(source ? { issue: issueJson(world, source) } : {}) },
    };
  }
  const common = {
    id: item.id,
    node_id: Buffer.from(`IssueEvent:${item.id}`).toString('base64'),
    url: `${world.apiUrl}/repos/${world.owner}/${world.repo}/issues/events/${item.id}`,
    actor: userJson(world, item.actor),
    event: item.event,
    commit_id: item.commitId ?? null,
    commit_url: item.commitId
      ? `${world.apiUrl}/repos/${world.owner}/${world.repo}/commits/${item.commitId}`
      : null,
    created_at: item.createdAt,
    performed_via_github_app: null,
  };
  switch (item.event) {
    case 'labeled':
    case 'unlabeled': {
      const label = world.findLabel(item.label ?? '');
      return {
        ...common,
        label: { name: item.label ?? '', color: label ? labelJson(world, label).color : 'ededed' },
      };
    }
    case 'assigned':
    case 'unassigned':
      return {
        ...common,
        assignee: userJson(world, item.assignee ?? ''),
        assigner: userJson(world, item.actor),
      };
    case 'renamed':
      return { ...common, rename: item.rename };
    case 'closed':
    case 'reopened':
      return { ...common, state_reason: item.stateReason ?? null };
    case 'review_requested':
      return {
        ...common,
        review_requester: userJson(world, item.actor),
        requested_reviewer: userJson(world, item.reviewer ?? ''),
      };
    default:
      return common;
  }
}

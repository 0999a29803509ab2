import type { Config } from '../../core/config/config.ts';
import type { GitHubPort } from '../../github/port.ts';
import { refreshIncident } from '../incident/refresh-incident.ts';
import { escalateIncident } from './escalate-incident.ts';

/**
 * The escalation sweep: every open incident is refreshed (its status comment shows what is
 * overdue as of now) and escalated where due. A repository with no open incident costs one
 * read. One incident failing does not stop the others.
 */
export async function escalationSweep(
  port: GitHubPort,
  config: Config,
  now: Date,
): Promise<{ outcome: string; escalated: number }> {
  // 1. The open incidents, by label.
  const open = await port.listIssuesByLabel(config.labels.incident, { state: 'open' });
  let escalated = 0;
  const failed: string[] = [];
  for (const issue of open) {
    try {
      escalated += await sweepIncident(port, config, issue, now);
    } catch (error) {
      failed.push(`#${issue.number}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const outcome = `${open.length} open incident${open.length === 1 ? '' : 's'}; ${escalated} escalation comment${escalated === 1 ? '' : 's'}${failed.length > 0 ? `; failed ${failed.join('; ')}` : ''}`;
  if (failed.length > 0 && failed.length === open.length) throw new Error(outcome);
  return { outcome, escalated };
}

/**
 * 2. One incident: refresh, escalate what is due, and refresh again when a comment was posted
 * so the status comment shows who was escalated to. Also run on every event the app receives.
 */
export async function sweepIncident(
  port: GitHubPort,
  config: Config,
  issue: Parameters<typeof refreshIncident>[2]['issue'],
  now: Date,
): Promise<number> {
  const { record } = await refreshIncident(port, config, { issue, now });
  if (!record) return 0;
  const posted = await escalateIncident(port, config, { issue, record, now, flagUpdates: true });
  if (posted > 0) await refreshIncident(port, config, { issue, now });
  return posted;
}

import type { Config } from '../core/config/config.ts';
import type { GitHubPort } from '../github/port.ts';
import { escalationSweep } from './escalation/escalation-sweep.ts';
import { weeklyReport } from './report/weekly-report.ts';

/** What a scheduled job says when it is done: for logs, the Action's outputs and summary. */
export interface JobResult {
  outcome: string;
  /** The Action's step outputs. */
  outputs: Record<string, string>;
  /** Markdown for the Action's job summary. */
  summary?: string;
}

/** A job run against one repository. */
export type ScheduledJob = (port: GitHubPort, config: Config, now: Date) => Promise<JobResult>;

/**
 * The jobs an external scheduler runs (an Action's `schedule`, the CLI, `scribe schedule` for
 * the App): no timers in the server, so N replicas never send N reports. Add a job here and
 * every entry can run it.
 */
export const SCHEDULED_JOBS = {
  'weekly-report': async (port, config, now) => {
    const report = await weeklyReport(port, config, now);
    return {
      outcome: report.outcome,
      outputs: {
        'overdue-count': String(report.overdueCount),
        'report-url': report.reportUrl ?? '',
      },
      ...(report.markdown === undefined ? {} : { summary: report.markdown }),
    };
  },
  'escalation-sweep': async (port, config, now) => {
    const sweep = await escalationSweep(port, config, now);
    return { outcome: sweep.outcome, outputs: { escalated: String(sweep.escalated) } };
  },
} satisfies Record<string, ScheduledJob>;

export type JobName = keyof typeof SCHEDULED_JOBS;

export const JOB_NAMES = Object.keys(SCHEDULED_JOBS) as JobName[];

export function isJobName(name: unknown): name is JobName {
  return typeof name === 'string' && Object.hasOwn(SCHEDULED_JOBS, name);
}

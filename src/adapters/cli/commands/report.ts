import { repoJobCommand } from './repo-job.ts';

/** `scribe report --repo o/n`: this week's action-items report, once. */
export const reportCommand = repoJobCommand('report', 'weekly-report');

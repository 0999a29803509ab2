import { repoJobCommand } from './repo-job.ts';

/** `scribe report --repo o/n`: this week's action-items report, once. */
export const reportCommand = repoJobCommand(
  'report',
  'weekly-report',
  "Write (or update) this week's action-items report of one repository, and its reminders",
);

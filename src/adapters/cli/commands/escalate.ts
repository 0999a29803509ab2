import { repoJobCommand } from './repo-job.ts';

/** `scribe escalate --repo o/n`: the escalation sweep, once. */
export const escalateCommand = repoJobCommand('escalate', 'escalation-sweep');

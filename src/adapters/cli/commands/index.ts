import type { CliCommand } from '../command.ts';

/** A command as `scribe --help` lists it; its code is loaded only when it runs. */
export interface CommandEntry {
  summary: string;
  load(): Promise<CliCommand>;
}

/**
 * Every `scribe` command, by name. Add a command by adding its file and one entry here. Each
 * is imported on demand (a chunk of its own in dist/), so `scribe --help` loads none of them
 * and `scribe lint` does not load the GitHub client.
 */
export const commands: Record<string, CommandEntry> = {
  'action-items': {
    summary: "List a post-mortem's action items (owner, due date), or file them as issues (--file)",
    load: async () => (await import('./action-items.ts')).actionItemsCommand,
  },
  alert: {
    summary:
      'Open or update incidents from an alert payload on stdin (Alertmanager, Grafana, generic)',
    load: async () => (await import('./alert.ts')).alertCommand,
  },
  config: {
    summary: 'Check .github/incident-scribe.yml and print the settings it resolves to',
    load: async () => (await import('./config.ts')).configCommand,
  },
  escalate: {
    summary: 'Escalate the unacknowledged incidents of one repository, once per level',
    load: async () => (await import('./escalate.ts')).escalateCommand,
  },
  lint: {
    summary:
      'Check post-mortems for missing sections, prompts left and action items without owner or date',
    load: async () => (await import('./lint.ts')).lintCommand,
  },
  report: {
    summary:
      "Write (or update) this week's action-items report of one repository, and its reminders",
    load: async () => (await import('./report.ts')).reportCommand,
  },
  'redeliver-failed': {
    summary: "Ask GitHub to redeliver the App's failed webhook deliveries of the last hours",
    load: async () => (await import('./redeliver-failed.ts')).redeliverFailedCommand,
  },
  sandbox: {
    summary: 'Play an incident scenario against an embedded GitHub emulator, with the real app',
    load: async () => (await import('./sandbox.ts')).sandboxCommand,
  },
  schedule: {
    summary:
      'Run a scheduled job (weekly-report, escalation-sweep, redeliver-failed) for the whole App',
    load: async () => (await import('./schedule.ts')).scheduleCommand,
  },
};

import { neutralizeMentions } from '../text/safe-text.ts';
import { parseDuration } from './duration.ts';
import { DEFAULT_SEVERITIES, type ParsedConfig, type Permission } from './schema.ts';

/** One severity level, resolved: targets in minutes, rank 1 = most severe. */
export interface Severity {
  id: string;
  rank: number;
  label: string;
  title: string;
  meaning: string;
  response: string;
  targetResolutionMinutes: number;
  updateEveryMinutes: number;
  communication: string;
}

export interface EscalationLevel {
  level: string;
  who: string;
  afterMinutes: number | undefined;
}

/** The validated configuration every use case receives. */
export interface Config {
  severities: Severity[];
  acknowledgeTargetMinutes: number;
  escalation: EscalationLevel[];
  incidentIdFormat: string;
  timezone: string;
  labels: { incident: string; postmortem: string; actionItem: string };
  postmortem: {
    folder: string;
    template: string | null;
    requiredFor: string[];
    blamelessTerms: string[];
  };
  report: {
    weekday: string;
    escalateUnacknowledgedAfterMinutes: number;
    label: string;
    whenEmpty: 'post' | 'skip';
    reminders: boolean;
    remindNextLevelAfterMinutes: number;
    mentionEscalation: boolean;
  };
  /** `dueField`: the date issue field an item's due date is written to; null: none. */
  actionItems: { dueField: string | null; max: number };
  /** The organisation's issue types the scribe sets; null: none (GitHub ignores unknown names). */
  issueTypes: { incident: string | null; actionItem: string | null };
  commands: { permission: Permission };
  /** Bots whose commands count (lower case); every other bot's comments are ignored. */
  bots: { allowedCommandsFrom: string[] };
  alerts: AlertsConfig;
}

/** How alerts from monitoring become incidents (docs/alerts.md). */
export interface AlertsConfig {
  tokenSha256: string | null;
  severityLabel: string;
  /** Alert severity values (lower case) to severity ids, defaults included. */
  severityMap: Record<string, string>;
  defaultSeverity: string;
  labels: string[];
  recurrenceWindowMinutes: number;
}

/** sev1 stays a human decision unless the configuration maps a value to it. */
export const DEFAULT_ALERT_SEVERITIES: Record<string, string> = {
  critical: 'sev2',
  page: 'sev2',
  warning: 'sev3',
  info: 'sev4',
};

/** Turns the schema's output into the shape the core works with. */
export function resolveConfig(parsed: ParsedConfig): Config {
  const ids = new Set([...Object.keys(DEFAULT_SEVERITIES), ...Object.keys(parsed.severities)]);
  const severities = [...ids]
    .map((id) => {
      const base = DEFAULT_SEVERITIES[id] ?? {};
      const merged = { ...base, ...parsed.severities[id] };
      return {
        id,
        rank: Number(id.slice(3)),
        label: merged.label ?? id,
        // Texts only shown to people: written without pings, wherever they are rendered.
        title: neutralizeMentions(merged.title ?? id.toUpperCase()),
        meaning: neutralizeMentions(merged.meaning ?? ''),
        response: neutralizeMentions(merged.response ?? ''),
        targetResolutionMinutes: minutes(merged.target_resolution ?? '1w'),
        updateEveryMinutes: minutes(merged.update_every ?? '1d'),
        communication: neutralizeMentions(merged.communication ?? ''),
      };
    })
    .sort((a, b) => a.rank - b.rank);
  return {
    severities,
    acknowledgeTargetMinutes: minutes(parsed.acknowledge_target),
    escalation: parsed.escalation.map((level) => ({
      level: level.level.toUpperCase(),
      who: level.who,
      afterMinutes: level.after === undefined ? undefined : minutes(level.after),
    })),
    incidentIdFormat: parsed.incident_id,
    timezone: parsed.timezone,
    labels: {
      incident: parsed.labels.incident,
      postmortem: parsed.labels.postmortem,
      actionItem: parsed.labels.action_item,
    },
    postmortem: {
      folder: parsed.postmortem.folder.replace(/\/+$/, ''),
      template: parsed.postmortem.template,
      // Severity ids are lower case (sev1); the file may say SEV1.
      requiredFor: parsed.postmortem.required_for.map((id) => id.toLowerCase()),
      blamelessTerms: parsed.postmortem.blameless_terms,
    },
    report: {
      weekday: parsed.report.weekday,
      escalateUnacknowledgedAfterMinutes: minutes(parsed.report.escalate_unacknowledged_after),
      label: parsed.report.label,
      whenEmpty: parsed.report.when_empty,
      reminders: parsed.report.reminders,
      remindNextLevelAfterMinutes: minutes(parsed.report.remind_next_level_after),
      mentionEscalation: parsed.report.mention_escalation,
    },
    actionItems: { dueField: parsed.action_items.due_field, max: parsed.action_items.max },
    issueTypes: {
      incident: parsed.issue_types.incident,
      actionItem: parsed.issue_types.action_item,
    },
    commands: { permission: parsed.commands.permission },
    bots: { allowedCommandsFrom: parsed.bots.allowed_commands_from.map((l) => l.toLowerCase()) },
    alerts: {
      tokenSha256: parsed.alerts.token_sha256?.toLowerCase() ?? null,
      severityLabel: parsed.alerts.severity_label,
      severityMap: Object.fromEntries(
        Object.entries({ ...DEFAULT_ALERT_SEVERITIES, ...parsed.alerts.severities }).map(
          ([value, id]) => [value.toLowerCase(), id.toLowerCase()],
        ),
      ),
      defaultSeverity: parsed.alerts.default_severity.toLowerCase(),
      labels: parsed.alerts.labels,
      recurrenceWindowMinutes: minutes(parsed.alerts.recurrence_window),
    },
  };
}

function minutes(text: string): number {
  // The schema has already refused anything parseDuration cannot read.
  return parseDuration(text) ?? 0;
}

/** The severity a label names, if any. */
export function severityByLabel(config: Config, label: string): Severity | undefined {
  const wanted = label.toLowerCase();
  return config.severities.find((s) => s.label.toLowerCase() === wanted);
}

/** The severity with this id (sev1) or label, if any. */
export function findSeverity(config: Config, idOrLabel: string): Severity | undefined {
  const wanted = idOrLabel.toLowerCase();
  return config.severities.find((s) => s.id === wanted || s.label.toLowerCase() === wanted);
}

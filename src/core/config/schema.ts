import * as z from 'zod';
import { DURATION_PATTERN } from './duration.ts';

/**
 * The one source of truth for `.github/incident-scribe.yml`: it validates the file,
 * fills defaults from the reference process, and generates schema/ for editors.
 */

const duration = z
  .string()
  .regex(DURATION_PATTERN, 'expected a duration such as 15m, 4h, 1d or 1w')
  .describe('A duration: a number and a unit (m, h, d, w), e.g. "15m" or "4h".');

export const PERMISSIONS = ['read', 'triage', 'write', 'maintain', 'admin'] as const;
export type Permission = (typeof PERMISSIONS)[number];

const severityFields = {
  label: z.string().min(1).max(50).describe('The issue label that declares this severity.'),
  title: z.string().min(1).max(40).describe('Short name, e.g. Critical.'),
  meaning: z.string().max(300).describe('What this severity means, shown in the status comment.'),
  response: z.string().max(200).describe('The expected response.'),
  target_resolution: duration.describe('Target time from start to resolution.'),
  update_every: duration.describe('How often a status update is due while the incident is open.'),
  communication: z.string().max(200).describe('Who is told, and where.'),
};

const severityInput = z.strictObject(severityFields).partial();

export type SeverityFields = { [K in keyof typeof severityFields]: string };

export const DEFAULT_SEVERITIES: Record<string, SeverityFields> = {
  sev1: {
    label: 'sev1',
    title: 'Critical',
    meaning: 'Complete outage: all customers affected, revenue impact, data loss possible.',
    response: 'Immediate, all hands on deck',
    target_resolution: '1h',
    update_every: '30m',
    communication: 'Executive and customer alerts',
  },
  sev2: {
    label: 'sev2',
    title: 'High',
    meaning: 'A major feature is unavailable or critical functionality is impaired.',
    response: 'Urgent, senior engineers',
    target_resolution: '4h',
    update_every: '1h',
    communication: 'Status page update',
  },
  sev3: {
    label: 'sev3',
    title: 'Medium',
    meaning: 'Moderate impact on secondary features; a workaround exists.',
    response: 'During business hours',
    target_resolution: '24h',
    update_every: '4h',
    communication: 'Team notification',
  },
  sev4: {
    label: 'sev4',
    title: 'Low',
    meaning: 'Minor or cosmetic issue; can wait for the next business day.',
    response: 'Schedule for the next sprint',
    target_resolution: '1w',
    update_every: '1d',
    communication: 'Ticket tracking only',
  },
};

const escalationLevel = z.strictObject({
  // Written l2 or L2 alike; resolveConfig upper-cases it.
  level: z.string().regex(/^[Ll][1-4]$/, 'expected L1, L2, L3 or L4'),
  who: z
    .string()
    .min(1)
    .max(200)
    .describe('Who is called at this level: a role, @user or @org/team.'),
  after: duration.optional().describe('Escalate to this level when unacknowledged this long.'),
});

const timeZone = z
  .string()
  .refine(isTimeZone, { message: 'expected an IANA time zone such as UTC or Europe/Berlin' });

/** An organisation's issue type by name; GitHub ignores a name the organisation does not have. */
const issueTypeName = z
  .string()
  .trim()
  .min(1, 'name an issue type of the organisation, such as Task (or null for none)')
  .max(100)
  .nullable();

export const configSchema = z
  .strictObject({
    severities: z
      .record(z.string().regex(/^sev[1-9]$/, 'severity keys are sev1 to sev9'), severityInput)
      .default({})
      .describe('Severity levels, most severe first. Keys sev1..sev4 override the defaults.'),
    acknowledge_target: duration.default('15m').describe('Target time to acknowledge.'),
    escalation: z
      .array(escalationLevel)
      .max(9)
      .default([])
      .describe('The escalation path, L1 first.'),
    incident_id: z
      .string()
      .regex(/\{number(:\d)?\}/, 'the incident id format needs {number} or {number:N}')
      // The id goes into titles, headings and branch names: plain characters only.
      .regex(/^[\w{}:.#/ -]+$/, 'use letters, digits, spaces and - _ . # / : only')
      .max(40)
      .default('INC-{year}-{number:3}')
      .describe(
        'Incident id from the issue: {year} of creation, {number} zero-padded to N digits.',
      ),
    timezone: timeZone.default('UTC').describe('Times are shown in UTC and, if set, this zone.'),
    labels: z
      .strictObject({
        incident: z.string().min(1).max(50).default('incident'),
        postmortem: z.string().min(1).max(50).default('postmortem'),
        action_item: z.string().min(1).max(50).default('action-item'),
      })
      // prefault: an absent block is parsed as {}, so the defaults above are the only ones.
      .prefault({}),
    postmortem: z
      .strictObject({
        folder: z
          .string()
          .regex(
            // Relative, no "..", and not the repository root: the folder is all the scribe
            // may write, and every Markdown file in it is linted as a post-mortem.
            /^(?!\/)(?!\.?\/?$)(?!.*(^|\/)\.\.(\/|$))[\w./-]+$/,
            'expected a folder inside the repository, such as docs/postmortems (not ".", not ..)',
          )
          .default('docs/postmortems'),
        template: z
          .string()
          .nullable()
          .default(null)
          .describe('Path of a template in the repository; null uses the built-in one.'),
        required_for: z.array(z.string()).default(['sev1', 'sev2']),
        blameless_terms: z
          .array(z.string().min(2).max(60))
          .default([
            'human error',
            'fault of',
            'should have known',
            'careless',
            'negligent',
            'blame',
          ]),
      })
      .prefault({}),
    report: z
      .strictObject({
        weekday: z
          .enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])
          .default('monday'),
        escalate_unacknowledged_after: duration.default('15m'),
        label: z
          .string()
          .min(1)
          .max(50)
          .default('action-items-report')
          .describe('The label of the weekly report issues.'),
        when_empty: z
          .enum(['post', 'skip'])
          .default('post')
          .describe('With no action items at all: post a short report, or none.'),
        reminders: z
          .boolean()
          .default(true)
          .describe('Remind the owner of each overdue item, at most once a week.'),
        remind_next_level_after: duration
          .default('7d')
          .describe('Overdue this long, a reminder also names the next escalation level.'),
        mention_escalation: z
          .boolean()
          .default(false)
          .describe('Escalation comments and reminders ping the level they name.'),
      })
      .prefault({}),
    action_items: z
      .strictObject({
        due_field: z
          .string()
          .trim()
          .min(1, 'name a date issue field, such as Target date (or null for none)')
          .max(100)
          .nullable()
          .default('Target date')
          .describe(
            "The organisation's date issue field that holds an item's due date; null: none.",
          ),
        max: z
          .number()
          .int()
          .min(1)
          .max(100, "at most 100: GitHub's limit of sub-issues per issue")
          .default(100)
          .describe('The most action items one incident may have; more are refused.'),
      })
      .prefault({}),
    issue_types: z
      .strictObject({
        incident: issueTypeName
          .default(null)
          .describe(
            "The organisation's issue type set on an issue when it is declared an incident (such as Incident); null: none.",
          ),
        action_item: issueTypeName
          .default('Task')
          .describe("The organisation's issue type of action-item issues; null: none."),
      })
      .prefault({}),
    commands: z
      .strictObject({
        permission: z
          .enum(PERMISSIONS)
          .default('write')
          .describe('Minimum permission for commands that change state.'),
      })
      .prefault({}),
    alerts: z
      .strictObject({
        token_sha256: z
          .string()
          .regex(/^[0-9a-f]{64}$/i, 'expected the SHA-256 of the token, 64 hex digits')
          .nullable()
          .default(null)
          .describe('SHA-256 (hex) of the bearer token that may post alerts to this repository.'),
        severity_label: z
          .string()
          .min(1)
          .max(100)
          .default('severity')
          .describe("The alert label whose value picks the incident's severity."),
        severities: z
          .record(
            z.string().min(1).max(100),
            z.string().regex(/^sev[1-9]$/i, 'expected a severity id such as sev2'),
          )
          .default({})
          .describe('Alert severity values to severity ids; added to the defaults.'),
        default_severity: z
          .string()
          .regex(/^sev[1-9]$/i, 'expected a severity id such as sev3')
          .default('sev3')
          .describe('The severity of an alert whose severity label is missing or unknown.'),
        labels: z
          .array(z.string().min(1).max(100))
          .max(10)
          .default([])
          .describe('Alert labels copied to the issue as `name:value` labels (e.g. service).'),
        recurrence_window: duration
          .default('7d')
          .describe('An alert firing this soon after its incident closed is a recurrence.'),
      })
      .prefault({}),
    bots: z
      .strictObject({
        allowed_commands_from: z
          .array(
            z.string().regex(/^[\w.-]+\[bot\]$/, 'expected a bot login such as deploy-bot[bot]'),
          )
          .max(20)
          .default([])
          .describe(
            'Bots whose slash commands count, with the commands permission; others are ignored.',
          ),
      })
      .prefault({}),
  })
  .superRefine((config, ctx) => {
    for (const [key, value] of Object.entries(config.severities)) {
      if (key in DEFAULT_SEVERITIES) continue;
      for (const field of ['label', 'title', 'target_resolution'] as const) {
        if (value[field] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['severities', key, field],
            message: `a new severity needs ${field}`,
          });
        }
      }
    }
    for (const issue of contradictions(config)) ctx.addIssue({ code: 'custom', ...issue });
    // An alert must land on a severity that exists.
    const ids = new Set([...Object.keys(DEFAULT_SEVERITIES), ...Object.keys(config.severities)]);
    const known = (id: string) => ids.has(id.toLowerCase());
    for (const [value, id] of Object.entries(config.alerts.severities)) {
      if (!known(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['alerts', 'severities', value],
          message: `"${id}" is not a severity (expected one of ${[...ids].sort().join(', ')})`,
        });
      }
    }
    if (!known(config.alerts.default_severity)) {
      ctx.addIssue({
        code: 'custom',
        path: ['alerts', 'default_severity'],
        message: `"${config.alerts.default_severity}" is not a severity (expected one of ${[...ids].sort().join(', ')})`,
      });
    }
  });

/**
 * What the file says against itself, each placed at a key the file wrote. GitHub's labels are
 * case-insensitive, so labels are compared that way: `P1` and `p1` are the same label.
 */
function contradictions(config: {
  severities: Record<string, { label?: string | undefined }>;
  labels: { incident: string; postmortem: string; action_item: string };
  postmortem: { required_for: string[] };
  escalation: { level: string }[];
  report: { label: string };
}): { path: (string | number)[]; message: string }[] {
  const found: { path: (string | number)[]; message: string }[] = [];
  const ids = [...new Set([...Object.keys(DEFAULT_SEVERITIES), ...Object.keys(config.severities)])];
  const written = (id: string) => config.severities[id]?.label !== undefined;
  const labelOf = (id: string) =>
    config.severities[id]?.label ?? DEFAULT_SEVERITIES[id]?.label ?? id;
  const incident = config.labels.incident.toLowerCase();
  const owner = new Map<string, string>();
  for (const id of ids.sort()) {
    const label = labelOf(id).toLowerCase();
    if (label === incident) {
      found.push({
        path: written(id) ? ['severities', id, 'label'] : ['labels', 'incident'],
        message: `the ${id} label "${labelOf(id)}" is also the incident label: give each its own label`,
      });
    }
    const other = owner.get(label);
    if (other !== undefined) {
      found.push({
        path: written(id) ? ['severities', id, 'label'] : ['severities', other, 'label'],
        message: `${other} ("${labelOf(other)}") and ${id} ("${labelOf(id)}") share a label (GitHub ignores case in labels): give each severity its own`,
      });
    } else {
      owner.set(label, id);
    }
  }
  // The scribe's other labels each mean one thing too: a post-mortem labelled "sev1" would
  // become an incident, an action item labelled "incident" would get a status comment.
  const others: [string[], string][] = [
    [['labels', 'postmortem'], config.labels.postmortem],
    [['labels', 'action_item'], config.labels.action_item],
    [['report', 'label'], config.report.label],
  ];
  const taken = new Map<string, string>([[incident, 'the incident label']]);
  for (const id of ids) taken.set(labelOf(id).toLowerCase(), `the ${id} label`);
  for (const [path, label] of others) {
    const clash = taken.get(label.toLowerCase());
    if (clash) {
      found.push({
        path,
        message: `"${label}" is already ${clash} (GitHub ignores case in labels): give it its own`,
      });
    } else taken.set(label.toLowerCase(), `the ${path.join('.')} label`);
  }
  const levels = new Map<string, number>();
  config.escalation.forEach(({ level }, index) => {
    const upper = level.toUpperCase();
    const first = levels.get(upper);
    if (first !== undefined) {
      found.push({
        path: ['escalation', index, 'level'],
        message: `${upper} is already escalation level ${first + 1}: give each level once`,
      });
    } else levels.set(upper, index);
  });
  config.postmortem.required_for.forEach((wanted, index) => {
    if (!ids.includes(wanted.toLowerCase())) {
      found.push({
        path: ['postmortem', 'required_for', index],
        message: `"${wanted}" is not a severity (expected one of ${ids.sort().join(', ')})`,
      });
    }
  });
  return found;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export type ConfigInput = z.input<typeof configSchema>;
export type ParsedConfig = z.output<typeof configSchema>;

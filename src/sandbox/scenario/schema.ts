import * as z from 'zod';

/** The actions a step can take; exactly one per step. */
export const STEP_ACTIONS = [
  'open_issue',
  'label',
  'unlabel',
  'assign',
  'unassign',
  'comment',
  'edit_issue',
  'edit_comment',
  'delete_comment',
  'close',
  'reopen',
  'commit_file',
  'open_pr',
  'merge_pr',
  'close_pr',
  'run',
  'dispatch',
  'advance',
  'redeliver',
  'set_role',
  'set_issue_fields',
  'set_issue_types',
  'set_field',
  'alert',
] as const;

/** The token an `alert` step sends unless it names one: its SHA-256 goes in the file. */
export const SANDBOX_ALERT_TOKEN = 'sandbox-alert-token';

const role = z.enum(['admin', 'maintain', 'write', 'triage', 'read']);
const names = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const target = z.union([z.literal('latest'), z.number().int().positive()]);
const time = z.union([z.string(), z.date()]);

const step = z.strictObject({
  at: time.optional().describe('HH:MM on the start date, or a full ISO time'),
  as: z.string().min(1).optional().describe('who acts (default: the first user)'),
  issue: z.number().int().positive().optional().describe('default: the last opened issue'),
  open_issue: z
    .strictObject({
      title: z.string().min(1),
      body: z.string().optional(),
      labels: z.array(z.string()).optional(),
      assignees: z.array(z.string()).optional(),
    })
    .optional(),
  label: names.optional(),
  unlabel: names.optional(),
  assign: names.optional(),
  unassign: names.optional(),
  comment: z.string().optional(),
  edit_issue: z
    .strictObject({ title: z.string().optional(), body: z.string().optional() })
    .optional(),
  // A comment by id, as the user's last, or as the one an earlier `comment` step wrote (`step`,
  // counted from 1): ids shift when a racing delivery writes comments of its own.
  edit_comment: z
    .strictObject({
      id: z.union([z.literal('last'), z.number().int()]).optional(),
      step: z.number().int().positive().optional(),
      body: z.string(),
    })
    .optional(),
  delete_comment: z
    .union([
      z.literal('last'),
      z.number().int(),
      z.strictObject({ id: z.union([z.literal('last'), z.number().int()]) }),
      z.strictObject({ step: z.number().int().positive() }),
    ])
    .optional(),
  close: z
    .union([
      z.null(),
      z.boolean(),
      z.strictObject({ reason: z.enum(['completed', 'not_planned']).optional() }),
    ])
    .optional(),
  // `{}` too, as `close` takes: reopening has no options, but the same shape should work.
  reopen: z.union([z.null(), z.boolean(), z.strictObject({})]).optional(),
  commit_file: z
    .strictObject({
      branch: z.string().min(1).optional(),
      path: z.string().min(1),
      content: z.string(),
      message: z.string().optional(),
    })
    .optional(),
  open_pr: z
    .strictObject({
      title: z.string().min(1),
      head: z.string().min(1),
      base: z.string().optional(),
      body: z.string().optional(),
    })
    .optional(),
  merge_pr: target.optional(),
  close_pr: target.optional(),
  run: z
    .enum(['weekly-report', 'escalation-sweep'])
    .optional()
    .describe('the scheduler fires a job (a `schedule` event)'),
  dispatch: z
    .enum(['weekly-report', 'escalation-sweep'])
    .optional()
    .describe('someone runs the workflow by hand with this job (`workflow_dispatch`)'),
  advance: z
    .string()
    .regex(/^\d+\s*(s|m|min|h|d)$/, 'a duration such as 30m, 2h or 1d')
    .optional(),
  set_role: z
    .record(z.string().min(1), z.union([role, z.literal('none')]))
    .optional()
    .describe('an admin changes collaborators\' roles ("none" removes access); no webhook'),
  set_issue_types: z
    .array(z.string().trim().min(1).max(100))
    .max(25)
    .optional()
    .describe("the organisation's issue types, replacing the ones it had"),
  set_issue_fields: z
    .strictObject({
      enabled: z.boolean().describe('the feature is on for the organisation'),
      fields: z
        .array(
          z.strictObject({
            name: z.string().min(1),
            type: z.enum(['text', 'date', 'single_select', 'multi_select', 'number']),
            options: z.array(z.string().min(1)).optional(),
          }),
        )
        .optional()
        .describe("the organisation's fields (default: GitHub's four)"),
    })
    .optional()
    .describe("an admin sets the organisation's issue fields; no webhook"),
  set_field: z
    .record(z.string().min(1), z.union([z.string(), z.number(), z.null()]))
    .optional()
    .describe('a person sets (null: clears) field values on the issue; no webhook'),
  alert: z
    .strictObject({
      source: z.string().min(1).describe('alertmanager, grafana or generic'),
      payload: z
        .union([z.record(z.string(), z.unknown()), z.array(z.unknown()).min(1), z.string()])
        .describe('the JSON body; a list sends several payloads at once; a string as it is'),
      token: z.string().optional().describe(`default: ${SANDBOX_ALERT_TOKEN}`),
      repo: z.string().optional().describe('default: the scenario repository'),
      repeat: z.number().int().min(1).max(100).optional().describe('send it this many times'),
      every: z
        .string()
        .regex(/^\d+\s*(s|m|min|h|d)$/, 'a duration such as 2m')
        .optional()
        .describe('the clock moves this much between repeats'),
    })
    .optional()
    .describe('a monitoring system posts alerts to the app (repository_dispatch in Action mode)'),
  redeliver: z
    .union([
      z.literal('last'),
      z.string().regex(/^[a-z_]+(\.[a-z_]+)?$/, 'last, or an event such as issues.closed'),
    ])
    .optional(),
});
// "Exactly one action" is checked by parseScenario on the raw step, beside every other problem
// of the step: a refinement here would only run once all of the step's fields were valid.

const issueExpectation = z.strictObject({
  issue: target,
  state: z.enum(['open', 'closed']).optional(),
  state_reason: z.string().nullable().optional(),
  title: z.string().optional(),
  labels: z.array(z.string()).optional().describe('the exact label set'),
  has_labels: z.array(z.string()).optional(),
  lacks_labels: z.array(z.string()).optional(),
  assignees: z.array(z.string()).optional(),
  parent: z.number().int().positive().nullable().optional().describe('the parent issue, or null'),
  sub_issues: z.array(z.number().int().positive()).optional().describe('its sub-issues, in order'),
  type: z.string().nullable().optional().describe('the name of its issue type (null: none)'),
  fields: z
    .record(z.string(), z.union([z.string(), z.number(), z.null()]))
    .optional()
    .describe('these issue-field values (null: not set)'),
  comments: z.number().int().nonnegative().optional().describe('number of comments'),
  bot_comments: z.number().int().nonnegative().optional().describe('comments by the app'),
  comment_contains: names.optional().describe('some comment contains each text'),
  body_contains: names.optional(),
});

const pullExpectation = z.strictObject({
  pull: target,
  state: z.enum(['open', 'closed']).optional(),
  merged: z.boolean().optional(),
  title: z.string().optional(),
  files: z.array(z.string()).optional().describe('paths changed at head'),
  labels: z.array(z.string()).optional(),
  requested_reviewers: z.array(z.string()).optional(),
  comments: z.number().int().nonnegative().optional().describe('number of comments'),
  comment_contains: names.optional().describe('some comment contains each text'),
  check_runs: z
    .array(z.strictObject({ name: z.string(), conclusion: z.string().nullable().optional() }))
    .optional(),
});

const countExpectation = z.strictObject({
  min: z.number().int().nonnegative().optional(),
  max: z.number().int().nonnegative().optional(),
  equals: z.number().int().nonnegative().optional(),
});

const otherExpectation = z.strictObject({
  issues: countExpectation.optional().describe('number of issues (not pull requests)'),
  pulls: countExpectation.optional(),
  requests: countExpectation
    .extend({ operation: z.string().optional(), status: z.number().int().optional() })
    .optional()
    .describe('API requests the app made'),
  deliveries: countExpectation
    .extend({ event: z.string().optional(), status: z.number().int().optional() })
    .optional(),
  branch: z.string().optional(),
  has_files: z.array(z.string()).optional(),
  file_contains: z.record(z.string(), z.string()).optional(),
});

export const expectation = z.union([issueExpectation, pullExpectation, otherExpectation]);

export const scenarioSchema = z.strictObject({
  repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, 'owner/name'),
  start: time,
  mode: z.enum(['app', 'action']).default('app'),
  users: z.record(z.string(), role).default({}),
  teams: z.record(z.string(), z.array(z.string())).default({}),
  files: z.record(z.string(), z.string()).default({}),
  deliveries: z
    .strictObject({
      duplicate: z.union([z.boolean(), z.literal('new-ids')]).default(false),
      concurrent: z.boolean().default(false),
      redeliver_failed: z.boolean().default(false),
    })
    .default({ duplicate: false, concurrent: false, redeliver_failed: false }),
  faults: z
    .strictObject({
      rate: z.number().min(0).max(1).default(0),
      seed: z.number().int().default(1),
      kinds: z
        .array(
          z.union([
            z.literal(500),
            z.literal(502),
            z.literal(503),
            z.literal('secondary-rate-limit'),
            z.literal('secondary-rate-limit-no-retry-after'),
            z.literal('connection-reset'),
          ]),
        )
        .default([500, 502, 'secondary-rate-limit']),
      fail: z
        .array(
          z.strictObject({
            operation: z.string().min(1).describe('an operationId, such as issues/create'),
            times: z.number().int().positive(),
            kind: z
              .union([
                z.literal(500),
                z.literal(502),
                z.literal(503),
                z.literal('connection-reset'),
              ])
              .optional(),
            after: z
              .boolean()
              .optional()
              .describe('GitHub carries the request out; only its answer is lost'),
          }),
        )
        .default([])
        .describe('the first `times` requests to an operation fail (default 500)'),
    })
    .default({ rate: 0, seed: 1, kinds: [500, 502, 'secondary-rate-limit'], fail: [] }),
  steps: z.array(step).min(1),
  expect: z.array(expectation).default([]),
});

export type ScenarioInput = z.infer<typeof scenarioSchema>;
export type Step = z.infer<typeof step>;
export type Expectation = z.infer<typeof expectation>;

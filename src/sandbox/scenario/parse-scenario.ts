import { load } from 'js-yaml';
import { keyLocator } from '../../core/config/locate-key.ts';
import {
  type Expectation,
  type ScenarioInput,
  STEP_ACTIONS,
  type Step,
  scenarioSchema,
} from './schema.ts';

/** A step with its time resolved and the line it stands on. */
export interface TimedStep {
  step: Step;
  time: Date;
  line: number | undefined;
  index: number;
}

/** A scenario ready to play: validated, with absolute times. */
export interface Scenario extends Omit<ScenarioInput, 'steps' | 'expect' | 'start'> {
  file: string;
  start: Date;
  steps: TimedStep[];
  expect: { expectation: Expectation; line: number | undefined; index: number }[];
}

/** One thing wrong with a scenario file, placed at its line. */
export interface ScenarioProblem {
  file: string;
  line: number | undefined;
  column: number | undefined;
  message: string;
}

export type ParseResult =
  | { ok: true; scenario: Scenario }
  | { ok: false; problems: ScenarioProblem[] };

/** Parses and validates scenario YAML; every problem names the file, line and key. */
export function parseScenario(text: string, file: string): ParseResult {
  let raw: unknown;
  try {
    raw = load(text, { filename: file, maxAliases: 0 });
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    return {
      ok: false,
      problems: [
        {
          file,
          line: mark ? mark.line + 1 : undefined,
          column: mark ? mark.column + 1 : undefined,
          message: `not valid YAML: ${(error as { reason?: string }).reason ?? String(error)}`,
        },
      ],
    };
  }
  const where = keyLocator(text);
  const problem = (path: (string | number)[], message: string): ScenarioProblem => {
    const at = where(path);
    const key = path.length > 0 ? `${pathName(path)}: ` : '';
    return { file, line: at?.line, column: at?.column, message: `${key}${message}` };
  };
  // Every problem at once: the schema's, and the steps' own (times, people, one action),
  // which are read from the raw steps so a bad field elsewhere in a step hides none of them.
  const parsed = scenarioSchema.safeParse(raw);
  const problems: ScenarioProblem[] = parsed.success
    ? []
    : parsed.error.issues.flatMap((issue) => {
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
        return keys.map((unknown) => {
          const path = [...issue.path, ...(unknown === undefined ? [] : [unknown])] as (
            | string
            | number
          )[];
          const message =
            unknown === undefined ? issue.message.replace(/^Invalid input: /, '') : 'unknown key';
          return problem(path, message);
        });
      });
  const record = isRecord(raw) ? raw : {};
  const start = new Date(
    typeof record.start === 'string' || record.start instanceof Date ? record.start : Number.NaN,
  );
  if (record.start !== undefined && Number.isNaN(start.getTime()) && parsed.success) {
    problems.push(problem(['start'], 'not a time: use 2024-01-15T09:58:00Z'));
  }
  const rawSteps = Array.isArray(record.steps) ? record.steps : [];
  const people = new Set(isRecord(record.users) ? Object.keys(record.users) : []);
  const times: Date[] = [];
  let previous = Number.isNaN(start.getTime()) ? undefined : start;
  rawSteps.forEach((step: unknown, index) => {
    if (!isRecord(step)) return;
    const actions = STEP_ACTIONS.filter((a) => a in step);
    if (actions.length !== 1) {
      problems.push(
        problem(
          ['steps', index],
          actions.length === 0
            ? `no action: a step takes exactly one of ${STEP_ACTIONS.join(', ')}`
            : `${actions.join(' and ')} in one step: a step takes exactly one action`,
        ),
      );
    }
    let time = previous && new Date(previous.getTime() + 60_000);
    if (step.at !== undefined && previous) {
      const at =
        typeof step.at === 'string' || step.at instanceof Date
          ? resolveAt(step.at, start)
          : undefined;
      if (!at) {
        problems.push(
          problem(['steps', index, 'at'], 'use HH:MM (on the start date) or a full ISO time'),
        );
      } else if (at < previous) {
        problems.push(
          problem(
            ['steps', index, 'at'],
            `${iso(at)} is earlier than the previous step (${iso(previous)})`,
          ),
        );
      } else time = at;
    }
    // `as: scribe` acts as the app itself (to set up what the scribe would have written).
    if (typeof step.as === 'string' && step.as !== 'scribe' && !people.has(step.as)) {
      problems.push(
        problem(
          ['steps', index, 'as'],
          `"${step.as}" is not one of users: ${[...people].join(', ')}`,
        ),
      );
    }
    if (time) times[index] = time;
    previous = time;
  });
  if (problems.length > 0 || !parsed.success) {
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    return { ok: false, problems };
  }
  const input = parsed.data;
  const steps: TimedStep[] = input.steps.map((step, index) => ({
    step,
    time: times[index] as Date,
    line: where(['steps', index])?.line,
    index,
  }));
  return {
    ok: true,
    scenario: {
      ...input,
      file,
      start,
      steps,
      expect: input.expect.map((expectation, index) => ({
        expectation,
        line: where(['expect', index])?.line,
        index,
      })),
    },
  };
}

/** "step 2 at", "expect 3 issue": counted from 1, as the run counts them. */
function pathName(path: readonly (string | number)[]): string {
  const [head, index, ...rest] = path;
  const named =
    (head === 'steps' || head === 'expect') && typeof index === 'number'
      ? [`${head === 'steps' ? 'step' : 'expect'} ${index + 1}`, ...rest]
      : path;
  const [first, ...more] = named;
  return more.length === 0 ? String(first) : `${first} ${more.join('.')}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function resolveAt(at: string | Date, start: Date): Date | undefined {
  if (at instanceof Date) return at;
  const hm = /^(\d{1,2}):(\d{2})$/.exec(at.trim());
  if (hm) {
    const [h, m] = [Number(hm[1]), Number(hm[2])];
    if (h > 23 || m > 59) return undefined;
    const day = new Date(start);
    day.setUTCHours(h, m, 0, 0);
    return day;
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(at)) return undefined;
  const full = new Date(at);
  return Number.isNaN(full.getTime()) ? undefined : full;
}

function iso(date: Date): string {
  return date.toISOString().replace('.000Z', 'Z');
}

/** `file:line:col message`, as editors and people read it. */
export function formatScenarioProblem(p: ScenarioProblem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}:${p.column ?? 1}`;
  return `${where} ${p.message}`;
}

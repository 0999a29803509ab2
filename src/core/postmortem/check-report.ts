import { neutralizeMentions } from '../text/safe-text.ts';
import type { LintMessage } from './lint-message.ts';

/** One check run: its conclusion and what it says, with annotations at file and line. */
export interface CheckRunReport {
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  annotations: {
    path: string;
    line: number;
    level: 'failure' | 'warning' | 'notice';
    message: string;
    title: string;
  }[];
}

export const CHECK_NAME = 'post-mortem';

/** Turns the linter's findings on each file into the `post-mortem` check run. */
export function checkReport(
  headSha: string,
  files: { path: string; messages: LintMessage[] }[],
): CheckRunReport {
  const all = files.flatMap((f) => f.messages.map((m) => ({ path: f.path, ...m })));
  const errors = all.filter((m) => m.severity === 'error').length;
  const warnings = all.length - errors;
  const title =
    errors > 0
      ? `${count(errors, 'problem')} to fix${warnings ? `, ${count(warnings, 'warning')}` : ''}`
      : warnings > 0
        ? `Ready to review, ${count(warnings, 'warning')}`
        : 'Ready to review';
  const lines = all
    .slice(0, 100)
    .map(
      (m) =>
        `- \`${m.path}:${m.line}\` ${m.severity === 'error' ? '**error**' : 'warning'} ${neutralizeMentions(m.message)} (${m.rule})`,
    );
  const summary =
    all.length === 0
      ? `Checked ${count(files.length, 'post-mortem')}: every required section is written and every action item has an owner and a due date.`
      : [
          `Checked ${count(files.length, 'post-mortem')}.`,
          '',
          ...lines,
          all.length > 100 ? `- … and ${all.length - 100} more` : '',
        ]
          .join('\n')
          .trimEnd();
  return {
    name: CHECK_NAME,
    headSha,
    conclusion: errors > 0 ? 'failure' : 'success',
    title,
    summary,
    annotations: all.map((m) => ({
      path: m.path,
      line: m.line,
      level: m.severity === 'error' ? 'failure' : 'warning',
      message: neutralizeMentions(m.message),
      title: m.rule,
    })),
  };
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

import { neutralizeMentions } from '../text/safe-text.ts';
import type { LintMessage } from './lint-message.ts';
import { asRead, type ReadPostmortem } from './parse-document.ts';

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

/** One checked file: the linter's findings and the sections they fall in. */
export interface CheckedFile {
  path: string;
  messages: LintMessage[];
  /** Titles of the sections that still hold prompts or nothing, in document order. */
  toWrite: string[];
}

export const CHECK_NAME = 'post-mortem';
const MAX_LINES = 100;

/** Turns the linter's findings on each file into the `post-mortem` check run. */
export function checkReport(headSha: string, files: CheckedFile[]): CheckRunReport {
  const all = files.flatMap((f) => f.messages.map((m) => ({ path: f.path, ...m })));
  const errors = all.filter((m) => m.severity === 'error').length;
  const warnings = all.length - errors;
  const title =
    errors > 0
      ? `${count(errors, 'problem')} to fix${warnings ? `, ${count(warnings, 'warning')}` : ''}`
      : warnings > 0
        ? `Ready to review, ${count(warnings, 'warning')}`
        : 'Ready to review';
  const toWrite = files
    .filter((f) => f.toWrite.length > 0)
    .map((f) => `Still to write in ${codeSpan(f.path)}: ${f.toWrite.map(plain).join(', ')}.`);
  const lines = all
    .slice(0, MAX_LINES)
    .map(
      (m) =>
        `- ${codeSpan(`${m.path}:${m.line}`)} ${m.severity === 'error' ? '**error**' : 'warning'} ${plain(m.message)} (${m.rule})`,
    );
  const summary =
    all.length === 0
      ? `Checked ${count(files.length, 'post-mortem')}: every required section is written and every action item has an owner and a due date.`
      : [
          `Checked ${count(files.length, 'post-mortem')}.`,
          '',
          ...(toWrite.length > 0 ? [...toWrite, ''] : []),
          ...lines,
          all.length > MAX_LINES ? `- … and ${all.length - MAX_LINES} more` : '',
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

/**
 * The sections people still have to write: those holding a prompt or flagged empty, named by
 * their level-2 heading (the section a sub-heading belongs to), each once, in document order.
 */
export function sectionsToWrite(
  input: string | ReadPostmortem,
  messages: readonly LintMessage[],
): string[] {
  const unwritten = messages.filter((m) => m.rule === 'prompts' || m.rule === 'required-sections');
  if (unwritten.length === 0) return [];
  const read = asRead(input);
  if (!read.ok) return [];
  const headings = read.doc.sections
    .filter((s) => s.heading.depth >= 2)
    .map((s) => ({
      title: s.title.trim(),
      depth: s.heading.depth,
      line: s.heading.position?.start.line ?? 0,
    }));
  const titles: string[] = [];
  for (const m of unwritten) {
    // An empty section is flagged at its heading; a missing one (no heading) is listed as such.
    if (m.rule === 'required-sections' && !headings.some((h) => h.line === m.line)) continue;
    const before = headings.filter((h) => h.line <= m.line);
    const section = before.filter((h) => h.depth === 2).at(-1) ?? before.at(-1);
    if (section && !titles.includes(section.title)) titles.push(section.title);
  }
  return titles;
}

/** User text in the summary, which GitHub renders as Markdown: no mention, no HTML. */
function plain(text: string): string {
  return neutralizeMentions(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * A Markdown code span that holds any text, backticks included: the fence is one backtick
 * longer than the longest run inside, so a file name cannot close it early and leak HTML or
 * mentions into the summary.
 */
export function codeSpan(text: string): string {
  let longest = 0;
  let run = 0;
  for (const char of text) {
    run = char === '`' ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\n/g, ' ')}${pad}${fence}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

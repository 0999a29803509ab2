import { appendFile } from 'node:fs/promises';
import type { JobResult } from '../../usecases/scheduled-jobs.ts';

/**
 * A scheduled job's step outputs ($GITHUB_OUTPUT) and job summary ($GITHUB_STEP_SUMMARY).
 * The summary renders HTML and escapes none of it, so every "<" becomes "&lt;": nothing a
 * user wrote (an item's title) can open a tag there. Scribe markers are left out.
 */
export async function writeJobOutputs(
  env: Record<string, string | undefined>,
  result: JobResult,
): Promise<void> {
  if (env.GITHUB_OUTPUT) {
    const lines = Object.entries(result.outputs).map(([key, value]) => {
      // The heredoc form with a delimiter no value contains.
      const delimiter = `scribe_${Math.random().toString(36).slice(2)}`;
      return `${key}<<${delimiter}\n${value}\n${delimiter}\n`;
    });
    await appendFile(env.GITHUB_OUTPUT, lines.join(''));
  }
  if (env.GITHUB_STEP_SUMMARY && result.summary) {
    await appendFile(env.GITHUB_STEP_SUMMARY, summaryMarkdown(result.summary));
  }
}

// GitHub drops a step summary over 1 MiB; the report is capped far below, this is a last guard.
const MAX_SUMMARY = 1_000_000;

/** The job summary: the report without its hidden markers, with HTML neutralised. */
export function summaryMarkdown(markdown: string): string {
  const text = markdown
    .replace(/<!-- incident-scribe:[^\n]*? -->\n*/g, '')
    .replace(/\\?</g, '&lt;');
  return text.length > MAX_SUMMARY ? `${text.slice(0, MAX_SUMMARY)}\n\n…\n` : text;
}

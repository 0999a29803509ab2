import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  formatLintMessage,
  hasErrors,
  type LintMessage,
  lintPostmortem,
} from '../../../core/postmortem/lint.ts';
import { templateRules } from '../../../core/postmortem/lint-sections.ts';
import { OVERSIZE_MESSAGE } from '../../../core/postmortem/parse-document.ts';
import type { CliCommand, CliIo } from '../command.ts';
import { loadCliConfig, readPostmortemFile } from '../read-postmortem.ts';

const USAGE = `Usage: scribe lint FILE... [--format text|json] [--config PATH]

Checks post-mortems: front matter, required sections, prompts left (TODO:), timeline
order, action items (description, owner, due date) and blameless language.
Prints "file:line:col severity rule message", or a JSON array with --format json.
Reads .github/incident-scribe.yml from the working directory when it exists; its
postmortem.template (if set) decides which sections are required.
Exit 0 when clean or only warnings, 1 on errors, 2 on bad usage or unreadable input.`;

/** `scribe lint FILE...`: the post-mortem linter, for people and for CI. */
export const lintCommand: CliCommand = {
  usage: USAGE,
  async run(args, io) {
    const parsed = parseArgs(args);
    if (typeof parsed === 'string') {
      io.stderr(`scribe lint: ${parsed}\n\n${USAGE}\n`);
      return 2;
    }
    const config = await loadCliConfig(io, 'lint', parsed.config);
    if (!config) return 2;
    let rules: ReturnType<typeof templateRules> | undefined;
    if (config.postmortem.template) {
      try {
        rules = templateRules(await readFile(resolve(io.cwd, config.postmortem.template), 'utf8'));
      } catch (error) {
        io.stderr(
          `scribe lint: cannot read the template ${config.postmortem.template} named by postmortem.template: ${(error as Error).message}\n`,
        );
        return 2;
      }
    }
    const results: { file: string; messages: LintMessage[] }[] = [];
    let unreadable = false;
    for (const file of parsed.files) {
      const read = await readPostmortemFile(io, file);
      if (read.ok) {
        results.push({ file, messages: lintPostmortem(read.text, { config, ...rules }) });
      } else if (read.oversize) {
        const tooBig: LintMessage = {
          line: 1,
          column: 1,
          severity: 'error',
          rule: 'file-size',
          message: OVERSIZE_MESSAGE,
        };
        results.push({ file, messages: [tooBig] });
      } else {
        io.stderr(`scribe lint: ${file} ${read.reason}\n`);
        unreadable = true;
      }
    }
    // Only files that were read are counted: "0 files" after "does not exist" says nothing.
    if (results.length > 0 || parsed.format === 'json') report(io, results, parsed.format);
    if (unreadable) return 2;
    return results.some((r) => hasErrors(r.messages)) ? 1 : 0;
  },
};

function report(
  io: CliIo,
  results: { file: string; messages: LintMessage[] }[],
  format: 'text' | 'json',
): void {
  if (format === 'json') {
    const all = results.flatMap(({ file, messages }) => messages.map((m) => ({ file, ...m })));
    io.stdout(`${JSON.stringify(all, null, 2)}\n`);
    return;
  }
  for (const { file, messages } of results) {
    for (const m of messages) io.stdout(`${formatLintMessage(file, m)}\n`);
  }
  const all = results.flatMap((r) => r.messages);
  const errors = all.filter((m) => m.severity === 'error').length;
  io.stderr(`${errors} error(s), ${all.length - errors} warning(s) in ${results.length} file(s)\n`);
}

function parseArgs(
  args: string[],
): { files: string[]; format: 'text' | 'json'; config?: string } | string {
  const files: string[] = [];
  let format: 'text' | 'json' = 'text';
  let config: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    const [flag, inline] = arg.startsWith('--') ? splitFlag(arg) : [arg, undefined];
    if (flag === '--format') {
      const value = inline ?? args[++i];
      if (value !== 'text' && value !== 'json')
        return `--format takes text or json, not ${value ?? 'nothing'}`;
      format = value;
    } else if (flag === '--config') {
      config = inline ?? args[++i];
      if (!config) return '--config needs a path';
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option ${arg}`;
    else files.push(arg);
  }
  return files.length === 0 ? 'name at least one file' : { files, format, config };
}

function splitFlag(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

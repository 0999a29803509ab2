import { load } from 'js-yaml';
import { type Config, resolveConfig } from './config.ts';
import { keyLocator } from './locate-key.ts';
import { configSchema } from './schema.ts';

export const CONFIG_PATH = '.github/incident-scribe.yml';

/** One problem with the configuration, placed as exactly as the source allows. */
export interface ConfigProblem {
  file: string;
  line: number | undefined;
  column: number | undefined;
  key: string;
  message: string;
}

export type ConfigResult = { ok: true; config: Config } | { ok: false; problems: ConfigProblem[] };

/** Where the raw configuration came from, so problems can name file, line and column. */
export interface ConfigSource {
  file: string;
  text: string | undefined;
}

/** Validates an already-parsed configuration object (as Probot's context.config returns it). */
export function validateConfig(
  raw: unknown,
  source: ConfigSource = { file: CONFIG_PATH, text: undefined },
): ConfigResult {
  const input = stripExtends(raw ?? {});
  const parsed = configSchema.safeParse(input, { reportInput: true });
  if (parsed.success) return { ok: true, config: resolveConfig(parsed.data) };
  // One pass over the text places every problem: a file with thousands of them stays fast.
  const locate = source.text === undefined ? undefined : keyLocator(source.text);
  const problems = parsed.error.issues.flatMap((issue) => {
    // Unknown keys come as one issue listing them all; report each where it stands.
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    return keys.map((unknownKey) => {
      const path = unknownKey === undefined ? issue.path : [...issue.path, unknownKey];
      const at = locate?.(path as (string | number)[]);
      return {
        file: source.file,
        line: at?.line,
        column: at?.column,
        key: path.join('.') || '(top level)',
        message:
          unknownKey === undefined
            ? describe(keyMessage(issue), issue.code, issue.input)
            : 'unknown key (check the spelling; see docs/configuration.md)',
      };
    });
  });
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { ok: false, problems };
}

/** Parses YAML text and validates it; YAML syntax errors become problems too. */
export function parseConfigText(text: string, file: string = CONFIG_PATH): ConfigResult {
  const document = parseYamlDocument(text, file);
  return document.ok
    ? validateConfig(document.value, { file, text })
    : { ok: false, problems: [document.problem] };
}

/** Parses one YAML document with js-yaml; a syntax error becomes a problem with its position. */
export function parseYamlDocument(
  text: string,
  file: string,
): { ok: true; value: unknown } | { ok: false; problem: ConfigProblem } {
  try {
    // No aliases: a hostile file cannot expand itself into a billion laughs.
    return {
      ok: true,
      value: text.trim() === '' ? {} : load(text, { filename: file, maxAliases: 0 }),
    };
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    return {
      ok: false,
      problem: {
        file,
        line: mark ? mark.line + 1 : undefined,
        column: mark ? mark.column + 1 : undefined,
        key: '(syntax)',
        message: `not valid YAML: ${reason}`,
      },
    };
  }
}

/** `file:line:col key: message`, the form editors and people both read. */
export function formatProblem(problem: ConfigProblem): string {
  const where =
    problem.line === undefined
      ? problem.file
      : `${problem.file}:${problem.line}:${problem.column ?? 1}`;
  return `${where} ${problem.key}: ${problem.message}`;
}

function stripExtends(raw: unknown): unknown {
  // `_extends` is consumed by the loader (Probot's config plugin); it is not ours to validate.
  if (raw && typeof raw === 'object' && !Array.isArray(raw) && '_extends' in raw) {
    const { _extends, ...rest } = raw as Record<string, unknown>;
    return rest;
  }
  return raw;
}

/** A record key's own message ("severity keys are sev1 to sev9"), not zod's "Invalid key". */
function keyMessage(issue: { code: string; message: string; issues?: { message: string }[] }) {
  return issue.code === 'invalid_key'
    ? (issue.issues?.[0]?.message ?? issue.message)
    : issue.message;
}

function describe(message: string, code: string, input: unknown): string {
  if (code === 'invalid_type' && input === undefined) return 'missing value';
  const text = message.replace(/^Invalid (input|option): /, '');
  // Show what was written, briefly, so the reader need not open the file to see it.
  const shown =
    typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean'
      ? JSON.stringify(input)
      : undefined;
  return shown === undefined || shown.length > 60 ? text : `${text}, got ${shown}`;
}

import type { Config } from '../../core/config/config.ts';
import {
  CONFIG_PATH,
  type ConfigProblem,
  parseYamlDocument,
  validateConfig,
} from '../../core/config/validate-config.ts';
import type { GitHubPort, RepoRef } from '../../github/port.ts';

export type ConfigLoad =
  | { ok: true; config: Config; sources: string[] }
  | { ok: false; problems: ConfigProblem[]; sources: string[] };

const MAX_EXTENDS = 5;

/**
 * Reads a file of another repository (the organisation's `.github`, an `_extends` base); the
 * app passes one that remembers answers per process, so 200 repositories share one read.
 */
export type SharedFileReader = (
  at: RepoRef & { path: string },
  read: () => Promise<string | undefined>,
) => Promise<string | undefined>;

/**
 * Loads .github/incident-scribe.yml the way Probot's context.config finds it (the repository's
 * default branch, else the owner's `.github` repository; `_extends` pulls in a base file,
 * merged deeply as context.config does, except that a list replaces the base's list rather
 * than adding to it), but parses with js-yaml from the raw text so every problem can name
 * its file, line and column. `sources` lists "owner/repo:path" of every file read, so a cache
 * can be dropped when one of them changes.
 */
export async function loadConfig(
  port: GitHubPort,
  shared: SharedFileReader = (_at, read) => read(),
): Promise<ConfigLoad> {
  const sources: string[] = [];
  const read = (at: RepoRef & { path: string }) => readAt(port, at, sources, shared);
  // 1. The repository's own file, else the organisation-wide default.
  let at: RepoRef & { path: string } = { ...port.repo, path: CONFIG_PATH };
  let text = await read(at);
  if (text === undefined && port.repo.repo !== '.github') {
    at = { owner: port.repo.owner, repo: '.github', path: CONFIG_PATH };
    text = await read(at);
  }
  if (text === undefined) return { ...validateConfig({}), sources } as ConfigLoad;

  // 2. Follow `_extends` to its bases; the file nearer the repository wins, key by key.
  const chain: { file: string; text: string; value: Record<string, unknown> }[] = [];
  for (let depth = 0; text !== undefined; depth++) {
    const file = displayName(at, port.repo);
    const document = parseYamlDocument(text, file);
    if (!document.ok) return { ok: false, problems: [document.problem], sources };
    const value = isRecord(document.value) ? document.value : {};
    chain.push({ file, text, value });
    const base = value._extends;
    if (base === undefined) break;
    const target = typeof base === 'string' ? parseExtends(base, at) : undefined;
    const reason = !target
      ? 'invalid'
      : depth + 1 >= MAX_EXTENDS || sources.includes(label(target))
        ? 'loop'
        : undefined;
    if (reason || !target)
      return {
        ok: false,
        problems: [extendsProblem(file, text, base, reason ?? 'invalid')],
        sources,
      };
    at = target;
    text = await read(at);
    if (text === undefined)
      return {
        ok: false,
        problems: [extendsProblem(file, chain.at(-1)?.text ?? '', base, 'missing')],
        sources,
      };
  }

  // 3. Validate the merged result, placing each problem in the file that set the key.
  const merged = chain.map((c) => c.value).reduceRight<Record<string, unknown>>(deepMerge, {});
  const result = validateConfig(merged, {
    file: chain[0]?.file ?? CONFIG_PATH,
    text: chain[0]?.text,
  });
  if (result.ok) return { ...result, sources };
  const problems = result.problems.map((problem) => {
    const path = problem.key.split('.');
    // The file nearest the repository that spells out the key set it.
    const owner = chain.find((c) => hasPath(c.value, path)) ?? chain[0];
    if (!owner || owner === chain[0]) return problem;
    const relocated = validateConfig(merged, { file: owner.file, text: owner.text });
    return relocated.ok
      ? problem
      : (relocated.problems.find((p) => p.key === problem.key) ?? problem);
  });
  return { ok: false, problems, sources };
}

/** `over` on top of `base`: mappings merge key by key, anything else (lists too) replaces. */
function deepMerge(
  base: Record<string, unknown>,
  over: Record<string, unknown>,
): Record<string, unknown> {
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const under = merged[key];
    merged[key] = isRecord(under) && isRecord(value) ? deepMerge(under, value) : value;
  }
  return merged;
}

function hasPath(value: unknown, path: string[]): boolean {
  let at = value;
  for (const key of path) {
    if (!isRecord(at) && !Array.isArray(at)) return false;
    if (!(key in at)) return false;
    at = (at as Record<string, unknown>)[key];
  }
  return true;
}

function readAt(
  port: GitHubPort,
  at: RepoRef & { path: string },
  sources: string[],
  shared: SharedFileReader,
): Promise<string | undefined> {
  sources.push(label(at));
  const sameRepo = at.owner === port.repo.owner && at.repo === port.repo.repo;
  if (sameRepo) return port.readFile(at.path);
  return shared(at, () => port.readFile(at.path, { from: { owner: at.owner, repo: at.repo } }));
}

/** `_extends: repo`, `owner/repo` or either with `:path/to/file.yml`. */
function parseExtends(value: string, from: RepoRef): (RepoRef & { path: string }) | undefined {
  const match = /^(?:([\w.-]+)\/)?([\w.-]+)(?::([\w./-]+\.ya?ml))?$/.exec(value.trim());
  if (!match || match[3]?.includes('..')) return undefined;
  return { owner: match[1] ?? from.owner, repo: match[2] as string, path: match[3] ?? CONFIG_PATH };
}

const EXTENDS_MESSAGES = {
  invalid: 'expected "repo", "owner/repo" or "owner/repo:path/file.yml"',
  loop: `_extends goes deeper than ${MAX_EXTENDS} files or loops back on itself`,
  missing: 'was not found or cannot be read',
};

function extendsProblem(
  file: string,
  text: string,
  value: unknown,
  reason: keyof typeof EXTENDS_MESSAGES,
): ConfigProblem {
  const line = text.split('\n').findIndex((l) => l.startsWith('_extends'));
  const message =
    reason === 'missing'
      ? `the base configuration "${String(value)}" ${EXTENDS_MESSAGES.missing}`
      : EXTENDS_MESSAGES[reason];
  return {
    file,
    line: line < 0 ? undefined : line + 1,
    column: line < 0 ? undefined : 1,
    key: '_extends',
    message,
  };
}

/** The repository's own file by its path; another repository's as owner/repo:path. */
function displayName(at: RepoRef & { path: string }, home: RepoRef): string {
  return at.owner === home.owner && at.repo === home.repo ? at.path : label(at);
}

function label(at: RepoRef & { path: string }): string {
  return `${at.owner}/${at.repo}:${at.path}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

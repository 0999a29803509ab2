import { createRequire as __scribeRequire } from 'node:module'; const require = __scribeRequire(import.meta.url);
import {
  CONFIG_PATH,
  parseYamlDocument,
  validateConfig
} from "./cli-chunk-4Y27CR7S.js";

// src/usecases/config/load-config.ts
var MAX_EXTENDS = 5;
async function loadConfig(port, shared = (_at, read) => read()) {
  const sources = [];
  const read = (at2) => readAt(port, at2, sources, shared);
  let at = { ...port.repo, path: CONFIG_PATH };
  let text = await read(at);
  if (text === void 0 && port.repo.repo !== ".github") {
    at = { owner: port.repo.owner, repo: ".github", path: CONFIG_PATH };
    text = await read(at);
  }
  if (text === void 0) return { ...validateConfig({}), sources };
  const chain = [];
  for (let depth = 0; text !== void 0; depth++) {
    const file = displayName(at, port.repo);
    const document = parseYamlDocument(text, file);
    if (!document.ok) return { ok: false, problems: [document.problem], sources };
    const value = isRecord(document.value) ? document.value : {};
    chain.push({ file, text, value });
    const base = value._extends;
    if (base === void 0) break;
    const target = typeof base === "string" ? parseExtends(base, at) : void 0;
    const reason = !target ? "invalid" : depth + 1 >= MAX_EXTENDS || sources.includes(label(target)) ? "loop" : void 0;
    if (reason || !target)
      return {
        ok: false,
        problems: [extendsProblem(file, text, base, reason ?? "invalid")],
        sources
      };
    at = target;
    text = await read(at);
    if (text === void 0)
      return {
        ok: false,
        problems: [extendsProblem(file, chain.at(-1)?.text ?? "", base, "missing")],
        sources
      };
  }
  const merged = chain.map((c) => c.value).reduceRight(deepMerge, {});
  const result = validateConfig(merged, {
    file: chain[0]?.file ?? CONFIG_PATH,
    text: chain[0]?.text
  });
  if (result.ok) return { ...result, sources };
  const problems = result.problems.map((problem) => {
    const path = problem.key.split(".");
    const owner = chain.find((c) => hasPath(c.value, path)) ?? chain[0];
    if (!owner || owner === chain[0]) return problem;
    const relocated = validateConfig(merged, { file: owner.file, text: owner.text });
    return relocated.ok ? problem : relocated.problems.find((p) => p.key === problem.key) ?? problem;
  });
  return { ok: false, problems, sources };
}
function deepMerge(base, over) {
  const merged = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const under = merged[key];
    merged[key] = isRecord(under) && isRecord(value) ? deepMerge(under, value) : value;
  }
  return merged;
}
function hasPath(value, path) {
  let at = value;
  for (const key of path) {
    if (!isRecord(at) && !Array.isArray(at)) return false;
    if (!(key in at)) return false;
    at = at[key];
  }
  return true;
}
function readAt(port, at, sources, shared) {
  sources.push(label(at));
  const sameRepo = at.owner === port.repo.owner && at.repo === port.repo.repo;
  if (sameRepo) return port.readFile(at.path);
  return shared(at, () => port.readFile(at.path, { from: { owner: at.owner, repo: at.repo } }));
}
function parseExtends(value, from) {
  const match = /^(?:([\w.-]+)\/)?([\w.-]+)(?::([\w./-]+\.ya?ml))?$/.exec(value.trim());
  if (!match || match[3]?.includes("..")) return void 0;
  return { owner: match[1] ?? from.owner, repo: match[2], path: match[3] ?? CONFIG_PATH };
}
var EXTENDS_MESSAGES = {
  invalid: 'expected "repo", "owner/repo" or "owner/repo:path/file.yml"',
  loop: `_extends goes deeper than ${MAX_EXTENDS} files or loops back on itself`,
  missing: "was not found or cannot be read"
};
function extendsProblem(file, text, value, reason) {
  const line = text.split("\n").findIndex((l) => l.startsWith("_extends"));
  const message = reason === "missing" ? `the base configuration "${String(value)}" ${EXTENDS_MESSAGES.missing}` : EXTENDS_MESSAGES[reason];
  return {
    file,
    line: line < 0 ? void 0 : line + 1,
    column: line < 0 ? void 0 : 1,
    key: "_extends",
    message
  };
}
function displayName(at, home) {
  return at.owner === home.owner && at.repo === home.repo ? at.path : label(at);
}
function label(at) {
  return `${at.owner}/${at.repo}:${at.path}`;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export {
  loadConfig
};

import { createRequire as __scribeRequire } from 'node:module'; const require = __scribeRequire(import.meta.url);
import {
  MAX_POSTMORTEM_BYTES
} from "./cli-chunk-NHBQGAPF.js";
import {
  CONFIG_PATH,
  formatProblem,
  parseConfigText
} from "./cli-chunk-4Y27CR7S.js";

// src/adapters/cli/read-postmortem.ts
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
async function readPostmortemFile(io, file) {
  const path = resolve(io.cwd, file);
  try {
    const info = await stat(path);
    if (!info.isFile()) return { ok: false, oversize: false, reason: "is not a file" };
    if (info.size > MAX_POSTMORTEM_BYTES) return { ok: false, oversize: true };
    return { ok: true, text: await readFile(path, "utf8") };
  } catch (error) {
    const code = error.code;
    return {
      ok: false,
      oversize: false,
      reason: code === "ENOENT" ? "does not exist" : `cannot be read: ${error.message}`
    };
  }
}
async function loadCliConfig(io, command, file) {
  const path = file ?? CONFIG_PATH;
  let text = "";
  try {
    text = await readFile(resolve(io.cwd, path), "utf8");
  } catch (error) {
    if (error.code !== "ENOENT" || file !== void 0) {
      io.stderr(`scribe ${command}: cannot read ${path}: ${error.message}
`);
      return void 0;
    }
  }
  const result = parseConfigText(text, path);
  if (result.ok) return result.config;
  for (const problem of result.problems) io.stderr(`${formatProblem(problem)}
`);
  io.stderr(
    `scribe ${command}: the configuration has ${result.problems.length} problem(s); run "scribe config" for details
`
  );
  return void 0;
}

export {
  readPostmortemFile,
  loadCliConfig
};

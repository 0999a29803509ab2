import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: Promise<string> | undefined;

/**
 * The post-mortem template shipped in templates/. It is found by walking up from this
 * module, so it works from src/ (tsx), from dist/index.js (the Action) and from node_modules.
 */
export function builtInPostmortemTemplate(): Promise<string> {
  cached ??= find(dirname(fileURLToPath(import.meta.url)), 5);
  return cached;
}

async function find(dir: string, levels: number): Promise<string> {
  try {
    return await readFile(join(dir, 'templates', 'postmortem.md'), 'utf8');
  } catch (error) {
    const parent = dirname(dir);
    if (levels === 0 || parent === dir)
      throw new Error(`templates/postmortem.md not found above ${dir}: ${String(error)}`);
    return find(parent, levels - 1);
  }
}

import type { GitHubPort } from '../../github/port.ts';
import { type ConfigLoad, loadConfig } from '../../usecases/config/load-config.ts';

/**
 * Keeps each repository's configuration between webhooks, so events on ordinary issues cost
 * no request at all once it is known, and the files shared between repositories (the
 * organisation's `.github`, `_extends` bases) are read once per process, not once per
 * repository. An entry is dropped when a push to a default branch touches any file it was
 * read from (its own file, the org's .github, an `_extends` base).
 */
export class ConfigCache {
  readonly #entries = new Map<string, Promise<ConfigLoad>>();
  readonly #settled = new Map<string, ConfigLoad>();
  /** Files of other repositories by "owner/repo:path"; undefined when absent. */
  readonly #shared = new Map<string, Promise<string | undefined>>();

  /** The repository's configuration: cached, or loaded once even under concurrent events. */
  load(port: GitHubPort): Promise<ConfigLoad> {
    return this.get(`${port.repo.owner}/${port.repo.repo}`, () =>
      loadConfig(port, (at, read) => this.#readShared(`${at.owner}/${at.repo}:${at.path}`, read)),
    );
  }

  /** The cached configuration of a repository, loading it once even under concurrent events. */
  get(repository: string, load: () => Promise<ConfigLoad>): Promise<ConfigLoad> {
    let entry = this.#entries.get(repository);
    if (!entry) {
      const loading = load();
      entry = loading;
      this.#entries.set(repository, loading);
      loading.then(
        (loaded) => {
          if (this.#entries.get(repository) === loading) this.#settled.set(repository, loaded);
        },
        // A failed read (GitHub down, say) is not an answer worth keeping.
        () => this.#entries.delete(repository),
      );
    }
    return entry;
  }

  /** The configuration already known for a repository, without reading anything. */
  peek(repository: string): ConfigLoad | undefined {
    return this.#settled.get(repository);
  }

  /** Drops every entry that read one of these files: "owner/repo:path". */
  async invalidate(changedFiles: string[]): Promise<number> {
    const changed = new Set(changedFiles);
    for (const file of changed) this.#shared.delete(file);
    let dropped = 0;
    for (const [repository, entry] of this.#entries) {
      const sources = await entry.then((e) => e.sources).catch(() => []);
      if (sources.some((s) => changed.has(s))) {
        this.#entries.delete(repository);
        this.#settled.delete(repository);
        dropped++;
      }
    }
    return dropped;
  }

  #readShared(file: string, read: () => Promise<string | undefined>) {
    let text = this.#shared.get(file);
    if (!text) {
      text = read();
      this.#shared.set(file, text);
      text.catch(() => this.#shared.delete(file));
    }
    return text;
  }
}

/** "owner/repo:path" for each file a push changed on the repository's default branch. */
export function filesChangedByPush(payload: {
  ref?: string;
  repository?: { full_name?: string; default_branch?: string };
  commits?: { added?: string[]; modified?: string[]; removed?: string[] }[];
}): string[] {
  const repo = payload.repository;
  if (!repo?.full_name || payload.ref !== `refs/heads/${repo.default_branch}`) return [];
  const paths = (payload.commits ?? []).flatMap((c) => [
    ...(c.added ?? []),
    ...(c.modified ?? []),
    ...(c.removed ?? []),
  ]);
  return [...new Set(paths)].map((path) => `${repo.full_name}:${path}`);
}

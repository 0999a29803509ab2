import type { ConfigLoad } from '../../usecases/config/load-config.ts';

/**
 * Keeps each repository's configuration between webhooks, so events on ordinary issues cost
 * no request at all once it is known. An entry is dropped when a push to a default branch
 * touches any file it was read from (its own file, the org's .github, an `_extends` base).
 */
export class ConfigCache {
  readonly #entries = new Map<string, Promise<ConfigLoad>>();

  /** The cached configuration of a repository, loading it once even under concurrent events. */
  get(repository: string, load: () => Promise<ConfigLoad>): Promise<ConfigLoad> {
    let entry = this.#entries.get(repository);
    if (!entry) {
      entry = load();
      this.#entries.set(repository, entry);
      // A failed read (GitHub down, say) is not an answer worth keeping.
      entry.catch(() => this.#entries.delete(repository));
    }
    return entry;
  }

  /** Drops every entry that read one of these files: "owner/repo:path". */
  async invalidate(changedFiles: string[]): Promise<number> {
    const changed = new Set(changedFiles);
    let dropped = 0;
    for (const [repository, entry] of this.#entries) {
      const sources = await entry.then((e) => e.sources).catch(() => []);
      if (sources.some((s) => changed.has(s))) {
        this.#entries.delete(repository);
        dropped++;
      }
    }
    return dropped;
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

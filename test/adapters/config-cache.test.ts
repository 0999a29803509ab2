import { describe, expect, it } from 'vitest';
import { ConfigCache } from '../../src/adapters/probot/config-cache.ts';
import type { GitHubPort, RepoRef } from '../../src/github/port.ts';

/** A port that only reads files, from a map of "owner/repo:path", counting each request. */
function filesPort(repo: RepoRef, files: Map<string, string>, requests: string[]): GitHubPort {
  return {
    repo,
    async readFile(path: string, { from }: { from?: RepoRef } = {}) {
      const key = `${(from ?? repo).owner}/${(from ?? repo).repo}:${path}`;
      requests.push(key);
      return files.get(key);
    },
  } as GitHubPort;
}

const repos = Array.from({ length: 200 }, (_, i) => ({ owner: 'acme', repo: `service-${i}` }));

describe('the configuration of 200 repositories in one process', () => {
  it('costs 201 requests when none has a file: the organisation fallback is read once', async () => {
    const cache = new ConfigCache();
    const requests: string[] = [];
    const loads = await Promise.all(
      repos.map((repo) => cache.load(filesPort(repo, new Map(), requests))),
    );
    expect(loads.every((l) => l.ok)).toBe(true);
    expect(requests.length).toBe(201);
    expect(requests.filter((r) => r === 'acme/.github:.github/incident-scribe.yml').length).toBe(1);

    // Known now: the next event of each costs nothing.
    await Promise.all(repos.map((repo) => cache.load(filesPort(repo, new Map(), requests))));
    expect(requests.length).toBe(201);
  });

  it('shares the organisation file, and reads it again once after a push changes it', async () => {
    const cache = new ConfigCache();
    const requests: string[] = [];
    const files = new Map([
      ['acme/.github:.github/incident-scribe.yml', 'labels:\n  incident: outage\n'],
    ]);
    for (const repo of repos.slice(0, 3)) {
      const loaded = await cache.load(filesPort(repo, files, requests));
      expect(loaded.ok && loaded.config.labels.incident).toBe('outage');
    }
    expect(requests.length).toBe(4);

    files.set('acme/.github:.github/incident-scribe.yml', 'labels:\n  incident: major\n');
    expect(await cache.invalidate(['acme/.github:.github/incident-scribe.yml'])).toBe(3);
    for (const repo of repos.slice(0, 3)) {
      const loaded = await cache.load(filesPort(repo, files, requests));
      expect(loaded.ok && loaded.config.labels.incident).toBe('major');
    }
    expect(requests.length).toBe(8);
  });
});

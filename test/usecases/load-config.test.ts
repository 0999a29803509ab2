import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/core/config/validate-config.ts';
import { loadConfig } from '../../src/usecases/config/load-config.ts';
import { memoryPort } from '../helpers/memory-port.ts';

const OWN = 'acme/shop:.github/incident-scribe.yml';
const ORG = 'acme/.github:.github/incident-scribe.yml';

describe('loading the configuration', () => {
  it('uses the defaults when neither the repository nor the organisation has a file', async () => {
    const { port, calls } = memoryPort();
    const loaded = await loadConfig(port);
    expect(loaded.ok && loaded.config.acknowledgeTargetMinutes).toBe(15);
    expect(calls).toEqual([`readFile ${OWN}`, `readFile ${ORG}`]);
    expect(loaded.sources).toEqual([OWN, ORG]);
  });

  it("falls back to the organisation's .github repository", async () => {
    const { port } = memoryPort({ files: { [ORG]: 'timezone: Europe/Berlin\n' } });
    const loaded = await loadConfig(port);
    expect(loaded.ok && loaded.config.timezone).toBe('Europe/Berlin');
  });

  it('follows _extends, and the repository file wins key by key', async () => {
    const { port } = memoryPort({
      files: {
        [OWN]: '_extends: .github\ntimezone: Asia/Tokyo\n',
        [ORG]: 'timezone: Europe/Berlin\nacknowledge_target: 10m\n',
      },
    });
    const loaded = await loadConfig(port);
    expect(loaded.ok && [loaded.config.timezone, loaded.config.acknowledgeTargetMinutes]).toEqual([
      'Asia/Tokyo',
      10,
    ]);
    expect(loaded.sources).toEqual([OWN, ORG]);
  });

  it('merges nested keys from both files, and a list in the repository replaces the base list', async () => {
    const { port } = memoryPort({
      files: {
        [OWN]:
          '_extends: .github\nseverities:\n  sev2:\n    target_resolution: 2h\npostmortem:\n  required_for: [sev1]\n',
        [ORG]:
          'severities:\n  sev2:\n    label: P2\npostmortem:\n  required_for: [sev1, sev2, sev3]\n  folder: docs/incidents\n',
      },
    });
    const loaded = await loadConfig(port);
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    expect(loaded.config.severities[1]).toMatchObject({
      label: 'P2',
      targetResolutionMinutes: 120,
    });
    expect(loaded.config.postmortem).toMatchObject({
      requiredFor: ['sev1'],
      folder: 'docs/incidents',
    });
  });

  it('places a problem in the base file that set the key', async () => {
    const { port } = memoryPort({
      files: {
        [OWN]: '_extends: acme/policies:base.yml\ntimezone: UTC\n',
        'acme/policies:base.yml': 'timezone: UTC\nack: 5m\n',
      },
    });
    const loaded = await loadConfig(port);
    expect(loaded.ok ? [] : loaded.problems.map(formatProblem)).toEqual([
      'acme/policies:base.yml:2:1 ack: unknown key (check the spelling; see docs/configuration.md)',
    ]);
  });

  it('refuses an _extends that loops back on itself, or points nowhere', async () => {
    const loop = memoryPort({
      files: {
        [OWN]: '_extends: acme/a\n',
        'acme/a:.github/incident-scribe.yml': '_extends: acme/shop\n',
      },
    });
    const looped = await loadConfig(loop.port);
    expect(looped.ok ? '' : looped.problems[0]?.message).toMatch(/loops back/);
    const missing = await loadConfig(
      memoryPort({ files: { [OWN]: '_extends: acme/gone\n' } }).port,
    );
    expect(missing.ok ? [] : missing.problems.map(formatProblem)).toEqual([
      '.github/incident-scribe.yml:1:1 _extends: the base configuration "acme/gone" was not found or cannot be read',
    ]);
  });
});

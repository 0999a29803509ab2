import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  formatMinutesLong,
  formatMinutesShort,
  parseDuration,
} from '../../src/core/config/duration.ts';
import { configJsonSchema } from '../../src/core/config/json-schema.ts';
import { locateKey } from '../../src/core/config/locate-key.ts';
import { formatProblem, parseConfigText } from '../../src/core/config/validate-config.ts';

describe('the default configuration', () => {
  const result = parseConfigText('');
  if (!result.ok) throw new Error('defaults must be valid');
  const { config } = result;

  it('has the reference severities and their resolution targets', () => {
    expect(config.severities.map((s) => [s.id, s.title, s.targetResolutionMinutes])).toEqual([
      ['sev1', 'Critical', 60],
      ['sev2', 'High', 240],
      ['sev3', 'Medium', 1440],
      ['sev4', 'Low', 10080],
    ]);
  });

  it('acknowledges within 15 minutes, needs write for commands, and has no escalation path', () => {
    expect(config.acknowledgeTargetMinutes).toBe(15);
    expect(config.commands.permission).toBe('write');
    expect(config.escalation).toEqual([]);
    expect(config.incidentIdFormat).toBe('INC-{year}-{number:3}');
    expect(config.timezone).toBe('UTC');
    expect(config.postmortem.folder).toBe('docs/postmortems');
  });
});

describe('a configuration that overrides part of a severity', () => {
  it('keeps the defaults of the fields it does not set', () => {
    const result = parseConfigText(
      'severities:\n  sev2:\n    target_resolution: 2h\n    label: P2\n',
    );
    expect(result.ok && result.config.severities[1]).toMatchObject({
      id: 'sev2',
      label: 'P2',
      title: 'High',
      targetResolutionMinutes: 120,
      updateEveryMinutes: 60,
    });
  });

  it('can add a severity when it gives a label, title and target', () => {
    const ok = parseConfigText(
      'severities:\n  sev5:\n    label: sev5\n    title: Trivial\n    target_resolution: 2w\n',
    );
    expect(ok.ok && ok.config.severities.map((s) => s.id)).toEqual([
      'sev1',
      'sev2',
      'sev3',
      'sev4',
      'sev5',
    ]);
    const missing = parseConfigText('severities:\n  sev5:\n    title: Trivial\n');
    expect(missing.ok ? [] : missing.problems.map(formatProblem)).toEqual([
      '.github/incident-scribe.yml:2:3 severities.sev5.label: a new severity needs label',
      '.github/incident-scribe.yml:2:3 severities.sev5.target_resolution: a new severity needs target_resolution',
    ]);
  });
});

describe('texts in the configuration', () => {
  it('never ping anyone where the scribe shows them, and an incident id cannot hold a mention', () => {
    const ok = parseConfigText(
      'severities:\n  sev1:\n    title: Crit @acme/sre\n    meaning: ping @alice\n',
    );
    expect(ok.ok && [ok.config.severities[0]?.title, ok.config.severities[0]?.meaning]).toEqual([
      'Crit @\u200dacme/sre',
      'ping @\u200dalice',
    ]);
    const id = parseConfigText('incident_id: "@carol-{number}"\n');
    expect(id.ok ? [] : id.problems.map((p) => p.key)).toEqual(['incident_id']);
  });
});

describe('an invalid configuration', () => {
  it('names file, line, column and key for each problem, unknown keys included', () => {
    const text = [
      'severities:',
      '  sev1:',
      '    target_resolution: soon',
      '    colour: red',
      'timezon: UTC',
      'escalation:',
      '  - level: L1',
      '    who: "@acme/oncall"',
      '  - level: X9',
      '    who: VP',
      'commands:',
      '  permission: god',
    ].join('\n');
    const result = parseConfigText(text);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      '.github/incident-scribe.yml:3:5 severities.sev1.target_resolution: expected a duration such as 15m, 4h, 1d or 1w, got "soon"',
      '.github/incident-scribe.yml:4:5 severities.sev1.colour: unknown key (check the spelling; see docs/configuration.md)',
      '.github/incident-scribe.yml:5:1 timezon: unknown key (check the spelling; see docs/configuration.md)',
      '.github/incident-scribe.yml:9:5 escalation.1.level: expected L1, L2, L3 or L4, got "X9"',
      '.github/incident-scribe.yml:12:3 commands.permission: expected one of "read"|"triage"|"write"|"maintain"|"admin", got "god"',
    ]);
  });

  it('reports YAML syntax errors with their position', () => {
    const result = parseConfigText('labels: [incident\n');
    expect(result.ok ? '' : formatProblem(result.problems[0] as never)).toMatch(
      /^\.github\/incident-scribe\.yml:2:1 \(syntax\): not valid YAML: /,
    );
  });

  it('refuses an unknown time zone and a folder that climbs out of the repository', () => {
    const result = parseConfigText('timezone: Mars/Olympus\npostmortem:\n  folder: ../../etc\n');
    expect(result.ok ? [] : result.problems.map((p) => p.key)).toEqual([
      'timezone',
      'postmortem.folder',
    ]);
  });

  it('refuses YAML aliases, so a small file cannot expand into a huge one', () => {
    const result = parseConfigText('a: &x [1]\nb: *x\n');
    expect(result.ok).toBe(false);
  });
});

describe('a configuration that contradicts itself', () => {
  const problems = (yaml: string) => {
    const result = parseConfigText(yaml);
    return result.ok ? [] : result.problems.map(formatProblem);
  };

  it('refuses a severity label that is also the incident label, where the file says it', () => {
    expect(problems('severities:\n  sev1:\n    label: Incident\n')).toEqual([
      '.github/incident-scribe.yml:3:5 severities.sev1.label: the sev1 label "Incident" is also the incident label: give each its own label',
    ]);
    expect(problems('labels:\n  incident: sev2\n')).toEqual([
      '.github/incident-scribe.yml:2:3 labels.incident: the sev2 label "sev2" is also the incident label: give each its own label',
    ]);
  });

  it('refuses two severities sharing a label, whatever its case', () => {
    const yaml =
      'severities:\n  sev5: { label: P1, title: Five, target_resolution: 1h }\n  sev6: { label: p1, title: Six, target_resolution: 1h }\n';
    expect(problems(yaml)).toEqual([
      '.github/incident-scribe.yml:3:11 severities.sev6.label: sev5 ("P1") and sev6 ("p1") share a label (GitHub ignores case in labels): give each severity its own',
    ]);
    expect(problems('severities:\n  sev2:\n    label: SEV1\n')).toHaveLength(1);
  });

  it('refuses severity ids outside sev1..sev9 and escalation levels outside L1..L4', () => {
    expect(problems('severities:\n  sev0: { label: zero }\n')).toEqual([
      '.github/incident-scribe.yml:2:3 severities.sev0: severity keys are sev1 to sev9, got "sev0"',
    ]);
    expect(problems('escalation:\n  - { level: L5, who: cto }\n')).toEqual([
      '.github/incident-scribe.yml:2:7 escalation.0.level: expected L1, L2, L3 or L4, got "L5"',
    ]);
  });

  it('reads severity ids in required_for whatever their case, and refuses one that names nothing', () => {
    const ok = parseConfigText('postmortem:\n  required_for: [SEV1, Sev3]\n');
    expect(ok.ok && ok.config.postmortem.requiredFor).toEqual(['sev1', 'sev3']);
    // Placed at the list that holds the item.
    expect(problems('postmortem:\n  required_for: [sev1, p1]\n')).toEqual([
      '.github/incident-scribe.yml:2:3 postmortem.required_for.1: "p1" is not a severity (expected one of sev1, sev2, sev3, sev4)',
    ]);
  });
});

describe('a configuration with many problems (issue 12)', () => {
  const problems = (yaml: string) => {
    const result = parseConfigText(yaml);
    return result.ok ? [] : result.problems.map(formatProblem);
  };

  it('reads escalation levels whatever their case, and refuses one level given twice', () => {
    const ok = parseConfigText(
      'escalation:\n  - { level: l1, who: "@acme/oncall" }\n  - { level: L2, who: cto }\n',
    );
    expect(ok.ok && ok.config.escalation.map((l) => l.level)).toEqual(['L1', 'L2']);
    expect(problems('escalation:\n  - { level: l1, who: a }\n  - { level: L1, who: b }\n')).toEqual(
      [
        '.github/incident-scribe.yml:3:7 escalation.1.level: L1 is already escalation level 1: give each level once',
      ],
    );
  });

  it("refuses the scribe's other labels when they are a severity's or the incident's", () => {
    expect(problems('labels:\n  postmortem: SEV1\n  action_item: Incident\n')).toEqual([
      '.github/incident-scribe.yml:2:3 labels.postmortem: "SEV1" is already the sev1 label (GitHub ignores case in labels): give it its own',
      '.github/incident-scribe.yml:3:3 labels.action_item: "Incident" is already the incident label (GitHub ignores case in labels): give it its own',
    ]);
  });

  it('reports every problem in one pass, in file order', () => {
    const yaml = [
      'severities:',
      '  sev2: { label: P1 }',
      '  sev3: { label: p1, target_resolution: soon }',
      'escalation:',
      '  - { level: L5, who: cto }',
      'postmortem:',
      '  required_for: [SEV1, sev7]',
      'bogus: 1',
      'timezone: Mars',
      '',
    ].join('\n');
    expect(problems(yaml)).toEqual([
      '.github/incident-scribe.yml:3:11 severities.sev3.label: sev2 ("P1") and sev3 ("p1") share a label (GitHub ignores case in labels): give each severity its own',
      '.github/incident-scribe.yml:3:22 severities.sev3.target_resolution: expected a duration such as 15m, 4h, 1d or 1w, got "soon"',
      '.github/incident-scribe.yml:5:7 escalation.0.level: expected L1, L2, L3 or L4, got "L5"',
      '.github/incident-scribe.yml:7:3 postmortem.required_for.1: "sev7" is not a severity (expected one of sev1, sev2, sev3, sev4)',
      '.github/incident-scribe.yml:8:1 bogus: unknown key (check the spelling; see docs/configuration.md)',
      '.github/incident-scribe.yml:9:1 timezone: expected an IANA time zone such as UTC or Europe/Berlin, got "Mars"',
    ]);
  });
});

describe('durations', () => {
  it('read the way people write them and print the way the reference does', () => {
    expect(
      ['15m', '4h', '24h', '1w', '30 minutes', '2 days', 'soon', '1h30m', ''].map(parseDuration),
    ).toEqual([15, 240, 1440, 10080, 30, 2880, undefined, undefined, undefined]);
    expect([5, 60, 105, 154, 1440, 10080].map(formatMinutesShort)).toEqual([
      '5 min',
      '1 h',
      '1 h 45 min',
      '2 h 34 min',
      '1 day',
      '1 week',
    ]);
    expect([5, 60, 105, 154, 1501].map(formatMinutesLong)).toEqual([
      '5 minutes',
      '1 hour',
      '1 hour 45 minutes',
      '2 hours 34 minutes',
      '1 day 1 hour 1 minute',
    ]);
  });
});

describe('locating a key in YAML', () => {
  it('finds nested keys and sequence items, and the nearest ancestor of a missing key', () => {
    const text = 'a:\n  b:\n    - x: 1\n    - y: 2\n';
    expect(locateKey(text, ['a', 'b', 1, 'y'])).toEqual({ line: 4, column: 7 });
    expect(locateKey(text, ['a', 'b', 0, 'missing'])).toEqual({ line: 3, column: 7 });
  });
});

describe('the JSON Schema in schema/', () => {
  it('matches the zod schema it is generated from (run `npm run schema` to refresh it)', () => {
    const committed = JSON.parse(readFileSync('schema/incident-scribe.schema.json', 'utf8'));
    expect(committed).toEqual(configJsonSchema());
  });
});

import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/adapters/cli/cli.ts';
import { createContractChecker } from '../../src/sandbox/contracts/contract-checker.ts';
import { Emulator } from '../../src/sandbox/emulator/emulator.ts';

async function run(args: string[], cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd,
    env: {},
  });
  return { code, out: out.join(''), err: err.join('') };
}

describe('scribe config', () => {
  it('accepts a repository without a configuration file (the defaults apply)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scribe-cli-'));
    const result = await run(['config'], dir);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toMatch(
      /^\.github\/incident-scribe\.yml: not found; the defaults apply\n\n/,
    );
  });

  it('prints the settings it resolves to, defaults included, as its help says', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scribe-cli-'));
    await mkdir(join(dir, '.github'));
    await writeFile(
      join(dir, '.github/incident-scribe.yml'),
      'escalation:\n  - { level: l1, who: "@acme/oncall", after: 15m }\npostmortem:\n  required_for: [SEV1]\n',
    );
    const result = await run(['config'], dir);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('.github/incident-scribe.yml: valid\n\n');
    expect(result.out).toContain(
      "escalation:\n  - level: L1\n    who: '@acme/oncall'\n    afterMinutes: 15\n",
    );
    expect(result.out).toContain('  requiredFor:\n    - sev1\n');
    expect(result.out).toContain('acknowledgeTargetMinutes: 15\n');
  });

  it('says it did not follow _extends, and whose settings it shows', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scribe-cli-'));
    await mkdir(join(dir, '.github'));
    await writeFile(
      join(dir, '.github/incident-scribe.yml'),
      '_extends: acme/.github\ntimezone: Europe/Berlin\n',
    );
    const result = await run(['config'], dir);
    expect(result.code).toBe(0);
    expect(result.err).toBe(
      'scribe config: .github/incident-scribe.yml extends "acme/.github", which was not read: the settings below are this file\'s own over the defaults; the app and the Action merge the base under them (`scribe config --repo OWNER/NAME` shows the merged settings).\n',
    );
    expect(result.out).toContain('timezone: Europe/Berlin\n');
  });

  it('lists every problem on stderr and exits 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scribe-cli-'));
    await mkdir(join(dir, '.github'));
    await writeFile(
      join(dir, '.github/incident-scribe.yml'),
      'timezone: Mars\nlabels:\n  incidnt: x\n',
    );
    expect(await run(['config'], dir)).toEqual({
      code: 2,
      out: '',
      err: [
        '.github/incident-scribe.yml:1:1 timezone: expected an IANA time zone such as UTC or Europe/Berlin, got "Mars"',
        '.github/incident-scribe.yml:3:3 labels.incidnt: unknown key (check the spelling; see docs/configuration.md)',
        '',
        '2 problem(s) in .github/incident-scribe.yml. Nothing was changed.',
        '',
      ].join('\n'),
    });
  });

  it('says which file it cannot read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'scribe-cli-'));
    expect(await run(['config', 'nope.yml'], dir)).toEqual({
      code: 2,
      out: '',
      err: 'scribe config: nope.yml does not exist\n',
    });
    expect((await run(['config', '.'], dir)).err).toBe(
      'scribe config: . is a folder, not a file\n',
    );
  });
});

describe('scribe', () => {
  it('names an unknown command and shows the usage', async () => {
    const result = await run(['frobnicate'], tmpdir());
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /^scribe: unknown command "frobnicate"\.\n\nUsage: scribe <command>/,
    );
  });
});

describe('scribe config --repo', () => {
  const BOT = 'github-actions[bot]';
  let emulator: Emulator;
  beforeAll(async () => {
    emulator = await Emulator.start({
      repo: 'acme/shop',
      start: '2024-02-06T09:00:00Z',
      mode: 'action',
      users: { alice: 'admin' },
      contracts: createContractChecker(),
    });
  });
  afterAll(() => emulator.close());

  const commit = (text: string) => {
    const path = '/repos/acme/shop/contents/.github/incident-scribe.yml';
    const existing = emulator.act('alice', 'GET', path);
    const sha = existing.status === 200 ? (existing.body as { sha: string }).sha : undefined;
    const put = emulator.act('alice', 'PUT', path, {
      message: 'config',
      content: Buffer.from(text).toString('base64'),
      ...(sha ? { sha } : {}),
    });
    expect(put.status).toBeLessThan(300);
  };
  const scribe = async (args: string[], token = emulator.actionToken('cli')) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(args, {
      stdout: (t) => out.push(t),
      stderr: (t) => err.push(t),
      cwd: tmpdir(),
      env: { GITHUB_TOKEN: token, GITHUB_API_URL: emulator.url, SCRIBE_LOGIN: BOT },
    });
    return { code, out: out.join(''), err: err.join('') };
  };

  it('prints the settings in force for the repository and the files it read', async () => {
    commit('timezone: Europe/Berlin\n');
    const run = await scribe(['config', '--repo', 'acme/shop']);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toMatch(
      /^acme\/shop: valid\. Read: acme\/shop:\.github\/incident-scribe\.yml\n\n/,
    );
    expect(run.out).toContain('timezone: Europe/Berlin\n');
  });

  it('follows _extends, and says where a base it cannot read was named', async () => {
    commit('_extends: acme/.github\ntimezone: Europe/Berlin\n');
    const run = await scribe(['config', '--repo=acme/shop']);
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toContain('.github/incident-scribe.yml:1:1 _extends:');
    expect(run.err).toContain(
      '1 problem(s) in the configuration of acme/shop. Read: acme/shop:.github/incident-scribe.yml, acme/.github:.github/incident-scribe.yml\n',
    );
  });

  it('refuses a FILE beside --repo, a bad name and a missing token, in one line each', async () => {
    expect((await scribe(['config', 'x.yml', '--repo', 'acme/shop'])).err).toBe(
      'scribe config: with --repo, x.yml is not an option (FILE is for a local file)\n',
    );
    expect((await scribe(['config', '--repo', 'shop'])).err).toBe(
      'scribe config: not OWNER/NAME: shop\n',
    );
    expect((await scribe(['config', '--repo', 'acme/shop'], '')).err).toBe(
      'scribe config: set GITHUB_TOKEN (or GH_TOKEN) to a token that can read the repository\n',
    );
  });
});

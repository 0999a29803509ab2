import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/adapters/cli/cli.ts';

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
    expect(await run(['config'], dir)).toEqual({
      code: 0,
      out: '.github/incident-scribe.yml: not found; the defaults apply\n',
      err: '',
    });
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
    const result = await run(['config', 'nope.yml'], dir);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^scribe config: cannot read nope\.yml: ENOENT/);
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

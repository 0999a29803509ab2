import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/adapters/cli/cli.ts';
import { parseActionItems } from '../../src/core/postmortem/action-items.ts';
import { FIXTURES, memoryIo } from './helpers.ts';

const DOCUMENTS = join(FIXTURES, 'documents');
const LINT = join(FIXTURES, 'lint');

function scratch(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'scribe-lint-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('scribe lint', () => {
  it('passes the reference post-mortem and the one with other header names', async () => {
    const io = memoryIo(DOCUMENTS);
    const code = await runCli(['lint', 'inc-2024-001.md', 'other-headers.md'], io);
    expect({ code, out: io.out, err: io.err }).toEqual({
      code: 0,
      out: '',
      err: '0 error(s), 0 warning(s) in 2 file(s)\n',
    });
  });

  it('prints file:line:col severity rule message and exits 1 on errors', async () => {
    const io = memoryIo(LINT);
    const code = await runCli(['lint', 'times-ordered/input.md', 'severity/input.md'], io);
    expect(code).toBe(1);
    // Without options.json the reference sections are required, so they are reported too.
    expect(io.out.split('\n').filter((line) => !line.includes('required-sections'))).toEqual([
      'times-ordered/input.md:7:1 error times-ordered detected comes before start',
      'times-ordered/input.md:11:1 error times-ordered closed comes before resolved',
      'severity/input.md:4:1 error severity severity "sev7" is not one the configuration defines (sev1, sev2, sev3, sev4)',
      '',
    ]);
    expect(io.err).toBe('25 error(s), 0 warning(s) in 2 file(s)\n');
  });

  it('exits 0 when there are only warnings', async () => {
    const dir = scratch({
      'pm.md':
        '---\nid: X-1\ntitle: t\nseverity: sev3\nstatus: draft\n---\n\n## Summary\n\nA careless edit.\n',
      '.github/incident-scribe.yml': 'postmortem:\n  template: docs/template.md\n',
      'docs/template.md': '# Post-mortem\n\n## Summary\n\nTODO: what happened\n',
    });
    const quiet = memoryIo(dir);
    expect(await runCli(['lint', 'pm.md'], quiet)).toBe(0);
    expect(quiet.out).toBe(
      'pm.md:10:3 warning blameless-language "careless" assigns blame; describe what the system or the process allowed instead\n',
    );
  });

  it('prints JSON with --format json', async () => {
    const io = memoryIo(LINT);
    const code = await runCli(['lint', '--format', 'json', 'front-matter-missing/input.md'], io);
    const messages = JSON.parse(io.out) as { rule: string }[];
    expect(code).toBe(1);
    expect(messages[0]).toEqual({
      file: 'front-matter-missing/input.md',
      line: 1,
      column: 1,
      severity: 'error',
      rule: 'front-matter',
      message:
        'no front matter: start the file with a YAML block between --- lines holding id, title, severity and status',
    });
    expect(messages.map((m) => m.rule)).toEqual([
      'front-matter',
      ...Array(10).fill('required-sections'),
    ]);
  });

  it('reads the configuration in the working directory: custom blameless terms and template', async () => {
    const dir = scratch({
      '.github/incident-scribe.yml':
        'postmortem:\n  template: .github/postmortem.md\n  blameless_terms: ["dropped the ball"]\n',
      '.github/postmortem.md': '# Post-mortem\n\n## What happened\n\n## Follow-ups\n',
      'pm.md':
        '---\nid: X-1\ntitle: t\nseverity: sev2\nstatus: draft\n---\n\n## What happened\n\nOps dropped the ball, a careless slip.\n',
    });
    const io = memoryIo(dir);
    expect(await runCli(['lint', 'pm.md'], io)).toBe(1);
    expect(io.out).toBe(
      [
        'pm.md:1:1 error required-sections the "Follow-ups" section is missing',
        'pm.md:10:5 warning blameless-language "dropped the ball" assigns blame; describe what the system or the process allowed instead',
        '',
      ].join('\n'),
    );
  });

  it('exits 2 with a clear message when the configuration is broken', async () => {
    const dir = scratch({ '.github/incident-scribe.yml': 'postmortem: [\n', 'pm.md': '# x\n' });
    const io = memoryIo(dir);
    expect(await runCli(['lint', 'pm.md'], io)).toBe(2);
    expect(io.err).toMatch(/^\.github\/incident-scribe\.yml:\d+:\d+ \(syntax\): not valid YAML/);
    expect(io.out).toBe('');
  });

  it('exits 2 when a file cannot be read, after linting the others', async () => {
    const io = memoryIo(DOCUMENTS);
    const code = await runCli(['lint', 'missing.md', 'inc-2024-001.md'], io);
    expect(code).toBe(2);
    expect(io.err).toBe(
      'scribe lint: missing.md does not exist\n0 error(s), 0 warning(s) in 1 file(s)\n',
    );
  });

  it('says a lone missing file is missing, and counts no files it never read', async () => {
    const io = memoryIo(DOCUMENTS);
    expect(await runCli(['lint', 'missing.md'], io)).toBe(2);
    expect(io.err).toBe('scribe lint: missing.md does not exist\n');
    expect(io.out).toBe('');
  });

  it("does not ask for due dates when the repository's template has no Due column", async () => {
    const template =
      '# Report\n\n## Summary\n\nTODO: what?\n\n## Follow-ups\n\n| ID | Action | Owner |\n| -- | ------ | ----- |\n';
    const dir = scratch({
      '.github/incident-scribe.yml': 'postmortem:\n  template: .github/pm.md\n',
      '.github/pm.md': template,
      'pm.md':
        '---\nid: INC-2015-465\ntitle: Search outage\nseverity: sev1\nstatus: complete\n---\n\n# Report\n\n## Summary\n\nSearch was down.\n\n## Follow-ups\n\n| ID | Action | Owner |\n| -- | ------ | ----- |\n| 1 | Add capacity | @jennifer |\n',
    });
    const io = memoryIo(dir);
    expect(await runCli(['lint', 'pm.md'], io)).toBe(0);
    expect(io.out).toBe('');
    expect(io.err).toBe('0 error(s), 0 warning(s) in 1 file(s)\n');
  });

  it('reports a file over 1 MB as one error without reading it', async () => {
    const dir = scratch({ 'huge.md': `# Post-mortem\n\n${'word '.repeat(220_000)}\n` });
    const io = memoryIo(dir);
    expect(await runCli(['lint', 'huge.md'], io)).toBe(1);
    expect(io.out).toBe(
      'huge.md:1:1 error file-size the file is larger than 1 MB (1048576 bytes), the limit for a post-mortem, so it was not checked; move logs and dumps to linked files\n',
    );
  });

  it('exits 2 on bad usage', async () => {
    for (const args of [['lint'], ['lint', '--format', 'xml', 'a.md'], ['lint', '--fix', 'a.md']]) {
      const io = memoryIo(DOCUMENTS);
      expect(await runCli(args, io)).toBe(2);
      expect(io.err).toContain('Usage: scribe lint FILE...');
    }
  });
});

describe('scribe action-items', () => {
  it('prints the table of a post-mortem with other header names as JSON', async () => {
    const io = memoryIo(DOCUMENTS);
    expect(await runCli(['action-items', 'other-headers.md', '--json'], io)).toBe(0);
    // The CLI prints exactly what the parser reads; documents.test.ts pins those values.
    const parsed = parseActionItems(readFileSync(join(DOCUMENTS, 'other-headers.md'), 'utf8'));
    expect(parsed.ok && parsed.items.length).toBe(3);
    expect(JSON.parse(io.out)).toEqual(parsed.ok ? parsed.items : undefined);
  });

  it('prints one line per item without --json', async () => {
    const io = memoryIo(DOCUMENTS);
    expect(await runCli(['action-items', 'inc-2024-001.md'], io)).toBe(0);
    expect(io.out).toBe(
      [
        "inc-2024-001.md:95 1 2024-01-30 @bob Configure the pool size under the new client's key, with a test",
        'inc-2024-001.md:96 2 2024-02-05 @acme/sre Alert when database connections pass 80% of the limit',
        'inc-2024-001.md:97 3 2024-02-10 @carol Post every production deploy in the incident channel, and add it to the runbook',
        '',
      ].join('\n'),
    );
  });

  it('prints an empty list, and says so, when there is no table', async () => {
    const io = memoryIo(join(FIXTURES, 'action-items', 'no-table'));
    expect(await runCli(['action-items', 'input.md', '--json'], io)).toBe(0);
    expect(io.out).toBe('[]\n');
    expect(io.err).toBe('scribe action-items: input.md has no Action Items table\n');
  });

  it('exits 2 for a missing file or bad usage', async () => {
    const io = memoryIo(DOCUMENTS);
    expect(await runCli(['action-items', 'missing.md'], io)).toBe(2);
    expect(io.err).toBe('scribe action-items: missing.md does not exist\n');
    expect(await runCli(['action-items'], memoryIo(DOCUMENTS))).toBe(2);
    expect(await runCli(['action-items', 'a.md', 'b.md'], memoryIo(DOCUMENTS))).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { renderConfigError } from '../../src/core/config/render-config-error.ts';
import { andMore, capBody, firstOf, MAX_BODY } from '../../src/core/text/cap-body.ts';

describe('the shared body cap', () => {
  it('leaves a body that fits alone', () => {
    expect(capBody('short')).toBe('short');
    expect(capBody('x'.repeat(MAX_BODY))).toBe('x'.repeat(MAX_BODY));
  });

  it('cuts a body over the limit, says so, and gives the same text when cut again', () => {
    const cut = capBody(`<!-- incident-scribe:status {} -->\n${'x'.repeat(100_000)}`);
    expect(cut.length).toBeLessThanOrEqual(MAX_BODY);
    expect(cut.startsWith('<!-- incident-scribe:status {} -->\n')).toBe(true);
    expect(cut.endsWith('… (cut here: GitHub takes at most 65,536 characters)')).toBe(true);
    expect(capBody(cut)).toBe(cut);
  });

  it('never cuts an emoji in half', () => {
    const body = '😀'.repeat(40_000);
    const cut = capBody(body);
    expect(cut.length).toBeLessThanOrEqual(MAX_BODY);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('shortens lists with "and N more"', () => {
    expect(firstOf([1, 2, 3, 4], 2)).toEqual({ shown: [1, 2], more: 2 });
    expect(andMore(1480, 'problems')).toBe('and 1,480 more problems');
    expect(andMore(0)).toBe('');
  });
});

describe('the configuration-error comment', () => {
  it('shows the first 50 of 1,500 problems and counts the rest, far below GitHub’s limit', () => {
    const problems = Array.from({ length: 1500 }, (_, i) => ({
      file: '.github/incident-scribe.yml',
      line: i + 1,
      column: 1,
      key: `unknown_key_${i}`,
      message: 'unknown key',
    }));
    const body = renderConfigError(problems);
    expect(body.length).toBeLessThan(10_000);
    const lines = body.split('\n');
    expect(lines.filter((l) => l.includes('unknown key')).length).toBe(50);
    expect(body).toContain('… and 1,450 more problems (the command below lists them all)');
  });

  it('cuts a problem whose key is as long as the file', () => {
    const body = renderConfigError([
      { file: 'f.yml', line: 1, column: 1, key: 'k'.repeat(70_000), message: 'unknown key' },
    ]);
    expect(body.length).toBeLessThan(2_000);
  });
});

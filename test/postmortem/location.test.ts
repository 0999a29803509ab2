import { describe, expect, it } from 'vitest';
import { inFolder, postmortemLocation, slugify } from '../../src/core/postmortem/location.ts';

const at = (title: string, folder = 'docs/postmortems') =>
  postmortemLocation(folder, { id: 'INC-2024-001', title, start: '2024-01-15T10:00:00Z' });

describe('where a post-mortem goes', () => {
  it('names the branch after the incident and the file after its day, id and title', () => {
    expect(at('Checkout API returns 500')).toEqual({
      branch: 'postmortem/inc-2024-001',
      path: 'docs/postmortems/2024-01-15-inc-2024-001-checkout-api-returns-500.md',
      stem: 'docs/postmortems/2024-01-15-inc-2024-001-',
    });
  });

  it('keeps a title of ../../x inside the folder', () => {
    expect(at('../../x').path).toBe('docs/postmortems/2024-01-15-inc-2024-001-x.md');
    expect(at('../..').path).toBe('docs/postmortems/2024-01-15-inc-2024-001-post-mortem.md');
  });

  it('tidies the folder: no trailing slash, no "./", no empty segment', () => {
    expect(at('x', 'docs/postmortems/').path).toBe('docs/postmortems/2024-01-15-inc-2024-001-x.md');
    expect(at('x', './docs//pm').path).toBe('docs/pm/2024-01-15-inc-2024-001-x.md');
    expect(at('x', '.').path).toBe('2024-01-15-inc-2024-001-x.md');
  });
});

describe('a slug', () => {
  it('is ASCII, at most the limit, cut at a word', () => {
    const slug = slugify(
      'Zahlungsausfälle über alle Regionen während des großen Datenbank-Upgrades',
      60,
    );
    expect(slug).toBe('zahlungsausfalle-uber-alle-regionen-wahrend-des-grossen');
    expect(slugify(`@everyone <img src=x> | \`rm\` ${'a'.repeat(80)}`, 60)).toBe(
      'everyone-img-src-x-rm',
    );
    expect(slugify('a'.repeat(80), 60)).toBe('a'.repeat(60));
    expect(slugify('数据库故障', 60)).toBe('');
  });
});

describe('a file in the folder', () => {
  it('is Markdown under the folder, at any depth', () => {
    expect(inFolder('docs/postmortems/', 'docs/postmortems/2024/x.md')).toBe(true);
    expect(inFolder('docs/postmortems', 'docs/postmortems-old/x.md')).toBe(false);
    expect(inFolder('docs/postmortems', 'docs/postmortems/x.txt')).toBe(false);
  });
});

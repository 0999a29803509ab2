import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseActionItems } from '../../src/core/postmortem/action-items.ts';
import { cases, expected, FIXTURES } from './helpers.ts';

// One folder per case: input.md and expected.json (the result as JSON). UPDATE=1 rewrites.
describe('reading the Action Items table', () => {
  for (const name of cases('action-items')) {
    it(`reads ${name} as expected`, () => {
      const dir = join(FIXTURES, 'action-items', name);
      const result = parseActionItems(readFileSync(join(dir, 'input.md'), 'utf8'));
      const actual = `${JSON.stringify(result, null, 2)}\n`;
      // Compared as data, so the formatter may lay out the stored JSON as it likes.
      expect(result).toEqual(JSON.parse(expected(join(dir, 'expected.json'), actual)));
    });
  }

  it('keeps a column named __proto__ as a plain field', () => {
    const text =
      '| Description | Owner | Due | `__proto__` |\n| - | - | - | - |\n| a | @b | 2024-01-02 | x |\n';
    const result = parseActionItems(text);
    // An object literal cannot express an own "__proto__" key; JSON can.
    expect(JSON.stringify(result.ok && result.items[0]?.fields)).toBe('{"__proto__":"x"}');
    expect(result.ok && Object.getPrototypeOf(result.items[0]?.fields)).toBe(Object.prototype);
  });

  it('refuses a file over 1 MB with one clear message', () => {
    const result = parseActionItems('x'.repeat(1024 * 1024 + 1));
    expect(result).toEqual({
      ok: false,
      message:
        'the file is larger than 1 MB (1048576 bytes), the limit for a post-mortem, so it was not checked; move logs and dumps to linked files',
    });
  });
});

describe('a post-mortem in the SRE book style (bold-label sections, "**Date:**")', () => {
  it("dates items in the incident's year, or the next when that falls before the incident", () => {
    const text = readFileSync(join(FIXTURES, 'lint', 'bold-label-sections', 'input.md'), 'utf8');
    const result = parseActionItems(text);
    expect(result.ok && result.items.map((item) => [item.owner, item.due])).toEqual([
      ['jennifer', '2015-10-30'],
      ['@martym', '2016-10-01'],
      ['acme/sre', null],
    ]);
  });
});

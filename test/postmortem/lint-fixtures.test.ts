import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatLintMessage, lintPostmortem } from '../../src/core/postmortem/lint.ts';
import { cases, configFrom, expected, FIXTURES, readOptional } from './helpers.ts';

interface CaseOptions {
  requiredSections?: string[];
  knownOwners?: string[];
  requireDue?: boolean;
}

// One folder per rule: input.md, optional options.json and config.yml, and expected.txt
// with the messages as `scribe lint` prints them. UPDATE=1 rewrites expected.txt.
describe('the post-mortem linter, rule by rule', () => {
  for (const name of cases('lint')) {
    it(`reports exactly the expected messages for ${name}`, () => {
      const dir = join(FIXTURES, 'lint', name);
      const options = JSON.parse(readOptional(join(dir, 'options.json')) ?? '{}') as CaseOptions;
      const messages = lintPostmortem(readFileSync(join(dir, 'input.md'), 'utf8'), {
        config: configFrom(readOptional(join(dir, 'config.yml'))),
        requiredSections: options.requiredSections,
        knownOwners: options.knownOwners ? new Set(options.knownOwners) : undefined,
        ...(options.requireDue === undefined ? {} : { requireDue: options.requireDue }),
      });
      const actual = messages.map((m) => `${formatLintMessage('input.md', m)}\n`).join('');
      expect(actual).toBe(expected(join(dir, 'expected.txt'), actual));
    });
  }
});

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { buildSubset } from '../../scripts/generate-contract-subset.ts';

const require = createRequire(import.meta.url);

describe('the generated REST contract subset', () => {
  it('is what the script builds from the installed @octokit/openapi', () => {
    const spec = readFileSync(
      require.resolve('@octokit/openapi/generated/api.github.com.json'),
      'utf8',
    );
    const committed = readFileSync(
      new URL('../../src/sandbox/contracts/generated/rest-subset.json', import.meta.url),
      'utf8',
    );
    expect(`${JSON.stringify(buildSubset(spec))}\n` === committed).toBe(true);
  });
});

import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the committed Action bundle (dist/index.js)', () => {
  it('runs on its own and fails the step with a clear annotation outside a workflow', () => {
    const env = { PATH: process.env.PATH ?? '' };
    const run = spawnSync(process.execPath, ['dist/index.js'], { env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      '::error title=incident-scribe::no token: set the `github-token` input (its default is the job token).\n',
    );
  });
});

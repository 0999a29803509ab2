import { describe, expect, it } from 'vitest';
import { hostileCases, mentionsIn } from './hostile.ts';
import { hostileSuite } from './hostile-suite.ts';

describe('the mention detector the hostile suite relies on', () => {
  it('finds what GitHub would ping and nothing it would not', () => {
    expect(mentionsIn('hi @bob and (@carol), `@dave` and a@b.c')).toEqual(['bob', 'carol']);
    expect(mentionsIn('&#64;eve <b>@frank</b> @acme/sre')).toEqual(['eve', 'frank', 'acme/sre']);
    expect(mentionsIn('@\u200dgina\n\n```\n@ivan\n```')).toEqual([]);
  });
});

// Quick: one batch of the classes that hold on main today. Forged markers (issue 10.1) and
// oversized comments (10.2) are being fixed by other helpers: they run in the full suite,
// `npm run test:reliability` (hostile.full.ts), which reports them until their fixes land.
hostileSuite('hostile input (quick)', hostileCases(8, ['forged marker', 'oversized']), 8, 600_000);

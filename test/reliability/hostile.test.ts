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

// Quick: one batch of eight, one case of each class (forged markers and an oversized comment
// included); every class in many variants runs in `npm run test:reliability` (hostile.full.ts).
hostileSuite('hostile input (quick)', hostileCases(8), 8, 600_000);

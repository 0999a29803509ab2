import { describe, expect, it } from 'vitest';
import { createContractChecker } from '../../src/sandbox/contracts/contract-checker.ts';
import { runScenario } from '../../src/sandbox/scenario/run-scenario.ts';
import { record } from './figures.ts';
import {
  FOLDER,
  type HostileCase,
  hostileScenario,
  mentionsIn,
  scribeBodies,
  VICTIM,
} from './hostile.ts';

/**
 * Hostile cases played in batches on one incident each, then closed: no crash (every delivery
 * 2xx), a clear answer to each refused comment, no mention of anyone the scribe did not mean to
 * ping in any body it wrote, no forged marker honoured (nothing of the scribe's deleted, the
 * read-only user changes nothing), and no file outside the post-mortem folder.
 */
export function hostileSuite(
  suite: string,
  cases: HostileCase[],
  batchSize: number,
  timeout: number,
): void {
  const batches: HostileCase[][] = [];
  for (let i = 0; i < cases.length; i += batchSize) batches.push(cases.slice(i, i + batchSize));
  const figures = {
    cases: cases.length,
    runs: 0,
    crashes: 0,
    mentions: 0,
    duplicates: 0,
    lostWrites: 0,
    failing: [] as string[],
  };

  describe.each(batches.map((b, i) => [i + 1, b] as const))(`${suite}: batch %i`, (batch, list) => {
    it(`${list.length} cases: no crash, no stray mention, no forged marker, no file outside ${FOLDER}`, {
      timeout,
    }, async () => {
      const { createApp } = await import('../../src/adapters/probot/app.ts');
      const { runAction } = await import('../../src/adapters/action/run-action.ts');
      let run: Awaited<ReturnType<typeof runScenario>>;
      try {
        run = await runScenario(hostileScenario(list, batch), {
          app: { createApp, runAction },
          contracts: createContractChecker(),
        });
      } catch (error) {
        figures.crashes++;
        throw error;
      }
      figures.runs++;
      const bot = run.botLogin;
      const problems: string[] = [];
      if (run.stepError) problems.push(`step: ${run.stepError.message}`);
      for (const d of run.deliveries) {
        if (d.status < 200 || d.status >= 300) {
          figures.crashes++;
          problems.push(`crash: ${d.event}.${d.action} answered ${d.status}`);
        }
      }
      for (const { where, text } of scribeBodies(run.state, bot)) {
        const pinged = mentionsIn(text).filter((login) => login === VICTIM || login.includes('/'));
        if (pinged.length > 0) {
          figures.mentions += pinged.length;
          problems.push(`mention: ${where} pings ${pinged.join(', ')}`);
        }
      }
      const incident = run.state.issues[0];
      // A forged marker must not make the scribe lose (or duplicate) its status comment.
      const statusComments = (incident?.comments ?? []).filter(
        (c) => c.user === bot && c.body.startsWith('<!-- incident-scribe:status '),
      );
      if (statusComments.length !== 1) {
        problems.push(`forged marker: ${statusComments.length} status comments instead of 1`);
      }
      if (incident?.assignees.includes('mallory'))
        problems.push('read-only: mallory became commander');
      for (const [name, branch] of Object.entries(run.state.branches)) {
        for (const path of Object.keys(branch.files)) {
          const allowed =
            path.startsWith(`${FOLDER}/`) ||
            path === '.github/incident-scribe.yml' ||
            path === 'README.md';
          if (!allowed) problems.push(`file outside ${FOLDER}: ${name}:${path}`);
        }
      }
      // A clear message: each comment with a refused command got the scribe's answer.
      const mallory = incident?.comments.filter((c) => c.user === 'mallory') ?? [];
      const answered =
        incident?.comments.filter((c) => c.user === bot && c.body.includes('changed nothing')) ??
        [];
      if (mallory.length > 0 && answered.length === 0)
        problems.push('no answer to refused commands');
      if (run.violations.length > 0)
        problems.push(`${run.violations.length} contract violation(s)`);
      figures.failing.push(...problems.map((p) => `batch ${batch}: ${p}`));
      expect(problems).toEqual([]);
    });
  });

  describe(`${suite}: figures`, () => {
    it('are recorded', () => {
      record(suite, figures);
      expect(figures.runs).toBe(batches.length);
    });
  });
}

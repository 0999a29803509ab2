import { describe, expect, it } from 'vitest';
import { checkReport, codeSpan, sectionsToWrite } from '../../src/core/postmortem/check-report.ts';
import { lintPostmortem } from '../../src/core/postmortem/lint.ts';
import { configFrom } from './helpers.ts';

const DOC = [
  '# Post-mortem',
  '',
  '## Summary',
  '',
  'TODO: what happened?',
  '',
  '## Root Cause',
  '',
  '### Trigger',
  '',
  'TODO: what set it off?',
  '',
  '## Impact',
  '',
  '<!-- nothing yet -->',
  '',
].join('\n');

describe('the sections still to write', () => {
  it('are those with a prompt left or nothing in them, named by their level-2 heading', () => {
    const messages = lintPostmortem(DOC, {
      config: configFrom(),
      requiredSections: ['Summary', 'Root Cause', 'Impact', 'Lessons Learned'],
    });
    expect(sectionsToWrite(DOC, messages)).toEqual(['Summary', 'Root Cause', 'Impact']);
  });
});

describe('the check run', () => {
  it('lists them first, then every finding at file and line, with no ping and no HTML', () => {
    const report = checkReport('abc', [
      {
        path: 'docs/pm/x.md',
        toWrite: ['Summary', '<img src=x> @everyone'],
        messages: [
          {
            line: 5,
            column: 1,
            severity: 'error',
            rule: 'prompts',
            message: 'still to write: TODO: <b>what</b> @alice',
          },
        ],
      },
    ]);
    expect(report.conclusion).toBe('failure');
    expect(report.title).toBe('1 problem to fix');
    expect(report.summary).toBe(
      [
        'Checked 1 post-mortem.',
        '',
        'Still to write in `docs/pm/x.md`: Summary, &lt;img src=x&gt; @\u200deveryone.',
        '',
        '- `docs/pm/x.md:5` **error** still to write: TODO: &lt;b&gt;what&lt;/b&gt; @\u200dalice (prompts)',
      ].join('\n'),
    );
    expect(report.annotations).toEqual([
      {
        path: 'docs/pm/x.md',
        line: 5,
        level: 'failure',
        message: 'still to write: TODO: <b>what</b> @\u200dalice',
        title: 'prompts',
      },
    ]);
  });

  it('passes when nothing is left', () => {
    const report = checkReport('abc', [{ path: 'a.md', toWrite: [], messages: [] }]);
    expect(report).toMatchObject({ conclusion: 'success', title: 'Ready to review' });
  });
});

describe('a file name in the check summary', () => {
  it('stays inside its code span, whatever backticks it holds', () => {
    expect(codeSpan('docs/postmortems/a.md')).toBe('`docs/postmortems/a.md`');
    expect(codeSpan('x` @bob <img src=x> `y.md')).toBe('``x` @bob <img src=x> `y.md``');
    expect(codeSpan('`edge``')).toBe('``` `edge`` ```');
  });
});

import type { Root } from 'mdast';
import { renderMarker } from '../markdown/marker.ts';
import { toMarkdown } from '../markdown/to-markdown.ts';
import { andMore, firstOf } from '../text/cap-body.ts';
import { capLength, neutralizeMentions } from '../text/safe-text.ts';
import { type ConfigProblem, formatProblem } from './validate-config.ts';

export const CONFIG_ERROR_MARKER = 'config-error';

// A broken file can hold thousands of problems (and keys of any length): the comment shows the
// first ones, each on one short line, and the command that lists them all.
const MAX_PROBLEMS = 50;
const MAX_LINE = 300;

/** The one comment that says the configuration is broken and nothing was done. */
export function renderConfigError(problems: ConfigProblem[]): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'html', value: renderMarker(CONFIG_ERROR_MARKER) },
      {
        type: 'paragraph',
        children: [
          {
            type: 'strong',
            children: [{ type: 'text', value: 'incident-scribe did nothing here' }],
          },
          {
            type: 'text',
            value: ': its configuration is invalid. Fix it and label or comment again.',
          },
        ],
      },
      {
        type: 'code',
        lang: 'text',
        value: problemLines(problems).join('\n'),
      },
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'Check it locally with ' },
          { type: 'inlineCode', value: 'npx scribe config .github/incident-scribe.yml' },
          { type: 'text', value: '; every key is described in docs/configuration.md.' },
        ],
      },
    ],
  };
  return toMarkdown(tree);
}

function problemLines(problems: ConfigProblem[]): string[] {
  const { shown, more } = firstOf(problems, MAX_PROBLEMS);
  const lines = shown.map((p) => neutralizeMentions(capLength(formatProblem(p), MAX_LINE).text));
  return more > 0
    ? [...lines, `… ${andMore(more, 'problems (the command below lists them all)')}`]
    : lines;
}

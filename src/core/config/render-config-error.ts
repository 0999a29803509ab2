import type { Root } from 'mdast';
import { renderMarker } from '../markdown/marker.ts';
import { toMarkdown } from '../markdown/to-markdown.ts';
import { neutralizeMentions } from '../text/safe-text.ts';
import { type ConfigProblem, formatProblem } from './validate-config.ts';

export const CONFIG_ERROR_MARKER = 'config-error';

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
        value: problems.map((p) => neutralizeMentions(formatProblem(p))).join('\n'),
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

import type { Root } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown as mdastToMarkdown } from 'mdast-util-to-markdown';

/**
 * The one way the scribe turns mdast into Markdown, so every comment and file uses the
 * same style; the serializer escapes what text nodes hold (pipes in cells, HTML, emphasis).
 */
export function toMarkdown(tree: Root): string {
  return mdastToMarkdown(tree, {
    extensions: [gfmToMarkdown({ tablePipeAlign: false })],
    bullet: '-',
    emphasis: '_',
    fence: '`',
    rule: '-',
    listItemIndent: 'one',
  });
}

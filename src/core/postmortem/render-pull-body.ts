import type { Root } from 'mdast';
import { renderMarker } from '../markdown/marker.ts';
import { toMarkdown } from '../markdown/to-markdown.ts';
import { andMore, firstOf } from '../text/cap-body.ts';
import { safeInline } from '../text/safe-text.ts';

export const POSTMORTEM_MARKER = 'postmortem';

/** The post-mortem pull request's description: what it is, what is left, how to review it. */
export function renderPullBody(input: {
  id: string;
  title: string;
  issueUrl: string;
  issueNumber: number;
  path: string;
  appendedSections: string[];
  /** What the scribe filled ("the front matter", "Timeline"), and the sections it drafted. */
  filled: string[];
  drafted: string[];
  selfCheck: string[];
}): string {
  const tree: Root = {
    type: 'root',
    children: [
      {
        type: 'html',
        value: renderMarker(POSTMORTEM_MARKER, { incident: input.id, issue: input.issueNumber }),
      },
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: 'Post-mortem of ' },
          {
            type: 'link',
            url: input.issueUrl,
            children: [{ type: 'text', value: `${input.id}: ${safeInline(input.title, 200)}` }],
          },
          { type: 'text', value: ', drafted by incident-scribe from the incident issue.' },
        ],
      },
      {
        type: 'paragraph',
        children: [
          { type: 'text', value: `The scribe filled ${sentenceList(input.filled)} in ` },
          { type: 'inlineCode', value: input.path },
          ...(input.drafted.length > 0
            ? [
                {
                  type: 'text' as const,
                  value: `, and drafted ${sentenceList(input.drafted)} from what the incident said: each `,
                },
                { type: 'inlineCode' as const, value: 'CONFIRM:' },
                { type: 'text' as const, value: ' is its draft for you to check' },
              ]
            : []),
          { type: 'text', value: '. Every ' },
          { type: 'inlineCode', value: 'TODO:' },
          { type: 'text', value: ' is a question for you; the ' },
          { type: 'inlineCode', value: 'post-mortem' },
          { type: 'text', value: ' check fails until none is left.' },
        ],
      },
    ],
  };
  if (input.appendedSections.length > 0) {
    tree.children.push({
      type: 'paragraph',
      children: [
        {
          type: 'text',
          value: `The template had no ${input.appendedSections.join(', ')} section${input.appendedSections.length === 1 ? '' : 's'}; the scribe added ${input.appendedSections.length === 1 ? 'it' : 'them'} at the end.`,
        },
      ],
    });
  }
  if (input.selfCheck.length > 0) {
    tree.children.push(
      {
        type: 'paragraph',
        children: [{ type: 'text', value: 'The draft itself needs attention:' }],
      },
      list(shortList(input.selfCheck)),
    );
  }
  tree.children.push(
    { type: 'heading', depth: 3, children: [{ type: 'text', value: 'Review checklist' }] },
    {
      type: 'list',
      ordered: false,
      spread: false,
      children: [
        'Blameless: it describes systems and conditions, not who slipped',
        'The root cause is explained, not only what triggered it',
        'Every action item has an owner and a due date',
        'The timeline matches the dashboards and chat logs',
      ].map((item) => ({
        type: 'listItem' as const,
        checked: false,
        spread: false,
        children: [
          { type: 'paragraph' as const, children: [{ type: 'text' as const, value: item }] },
        ],
      })),
    },
  );
  return toMarkdown(tree);
}

/** "a, b and c". */
function sentenceList(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? 'nothing')
    : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The draft's own problems, the first 20 of them: a broken template can produce thousands. */
function shortList(items: string[]): string[] {
  const { shown, more } = firstOf(items, 20);
  return more > 0 ? [...shown, `… ${andMore(more)}: the post-mortem check lists them all.`] : shown;
}

function list(items: string[]): Root['children'][number] {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((item) => ({
      type: 'listItem',
      spread: false,
      children: [{ type: 'paragraph', children: [{ type: 'text', value: safeInline(item, 300) }] }],
    })),
  };
}

import type { Root } from 'mdast';
import { type MarkerData, renderMarker } from '../markdown/marker.ts';
import { toMarkdown } from '../markdown/to-markdown.ts';
import { quietLogin, safeInline } from '../text/safe-text.ts';
import { formatUtc } from '../time/format-time.ts';
import type { TimelineEntry } from '../timeline/timeline-types.ts';

export type PostmortemNotice =
  | {
      kind: 'draft';
      id: string;
      url: string;
      number: number;
      path: string;
      /** What the scribe left on the branch, once its check ran there (see DraftMemory). */
      memory?: DraftMemory;
    }
  | { kind: 'merged' | 'closed'; id: string; url: string; number: number }
  | { kind: 'error'; id: string; message: string };

const NOTICE_TEXT: Record<Exclude<PostmortemNotice['kind'], 'error'>, [string, string]> = {
  draft: ['Post-mortem draft: ', ''],
  merged: ['The post-mortem of this incident was merged: ', '. It is not drafted again.'],
  closed: [
    'The post-mortem draft of this incident was closed without merging: ',
    '. Reopen it to go on with it; the scribe does not draft a second one.',
  ],
};

/**
 * What the notice of a draft remembers, so that an event that changes nothing (a redelivered
 * close) can tell without reading the branch: the branch's head as the scribe left it, and a
 * digest of the draft it wrote there. Trusted only in the scribe's own notice.
 */
export interface DraftMemory {
  head: string;
  draft: string;
}

export function readDraftMemory(data: MarkerData | undefined): DraftMemory | undefined {
  const { head, draft } = data ?? {};
  if (typeof head !== 'string' || !/^[0-9a-f]{40}$/.test(head)) return undefined;
  if (typeof draft !== 'string' || !/^[0-9a-f]{64}$/.test(draft)) return undefined;
  return { head, draft };
}

/** The one comment on the incident that says where its post-mortem is, or why there is none. */
export function renderPostmortemNotice(notice: PostmortemNotice): string {
  const memory = notice.kind === 'draft' ? notice.memory : undefined;
  const children: Root['children'] = [
    {
      type: 'html',
      value: renderMarker('postmortem-link', { incident: notice.id, ...(memory ?? {}) }),
    },
  ];
  if (notice.kind === 'error') {
    children.push({
      type: 'paragraph',
      children: [
        {
          type: 'strong',
          children: [{ type: 'text', value: `No post-mortem drafted for ${notice.id}` }],
        },
        { type: 'text', value: `: ${safeInline(notice.message, 400)}. Fix it, then comment ` },
        { type: 'inlineCode', value: '/postmortem' },
        { type: 'text', value: '.' },
      ],
    });
  } else {
    const [before, after] = NOTICE_TEXT[notice.kind];
    children.push({
      type: 'paragraph',
      children: [
        { type: 'text', value: before },
        { type: 'link', url: notice.url, children: [{ type: 'text', value: `#${notice.number}` }] },
        {
          type: 'text',
          value:
            notice.kind === 'draft'
              ? `. Answer its TODO questions in ${notice.path}; the post-mortem check says what is left.`
              : after,
        },
      ],
    });
  }
  return toMarkdown({ type: 'root', children });
}

/** On the pull request, once people have pushed to the draft: what happened on the incident since. */
export function renderNewEvents(id: string, entries: TimelineEntry[]): string {
  const children: Root['children'] = [
    { type: 'html', value: renderMarker('postmortem-news', { incident: id }) },
  ];
  if (entries.length === 0) {
    children.push({
      type: 'paragraph',
      children: [{ type: 'text', value: `Nothing new on ${id} since this draft was opened.` }],
    });
  } else {
    children.push(
      {
        type: 'paragraph',
        children: [
          {
            type: 'text',
            value: `People have pushed to this draft, so the scribe leaves the file alone. New on ${id} since the scribe last wrote it:`,
          },
        ],
      },
      {
        type: 'list',
        ordered: false,
        spread: false,
        children: entries.map((e) => ({
          type: 'listItem',
          spread: false,
          children: [
            {
              type: 'paragraph',
              children: [
                {
                  type: 'text',
                  value: `${formatUtc(e.at)}: ${safeInline(e.text, 300)} (${quietLogin(e.actor)})`,
                },
              ],
            },
          ],
        })),
      },
    );
  }
  return toMarkdown({ type: 'root', children });
}

/** The answer to a `/postmortem` comment when the post-mortem is merged or closed already. */
export function renderPostmortemAnswer(answer: {
  id: string;
  comment: number;
  asker: string;
  url: string;
  number: number;
  merged: boolean;
}): string {
  return toMarkdown({
    type: 'root',
    children: [
      { type: 'html', value: renderMarker('postmortem-answer', { comment: answer.comment }) },
      {
        type: 'paragraph',
        children: [
          {
            type: 'text',
            value: `${quietLogin(answer.asker)}, the post-mortem of ${answer.id} was ${answer.merged ? 'merged' : 'closed without merging'} in `,
          },
          {
            type: 'link',
            url: answer.url,
            children: [{ type: 'text', value: `#${answer.number}` }],
          },
          {
            type: 'text',
            value: answer.merged ? '; it is not drafted again.' : '; reopen it to go on with it.',
          },
        ],
      },
    ],
  });
}

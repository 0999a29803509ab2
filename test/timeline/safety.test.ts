import type { Nodes, Root, Table } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { buildTimeline } from '../../src/core/timeline/build-timeline.ts';
import { renderCommandReply } from '../../src/core/timeline/render-command-reply.ts';
import { renderStatusUpdate } from '../../src/core/timeline/render-status-update.ts';
import { renderTimelineComment } from '../../src/core/timeline/render-timeline-comment.ts';
import {
  access,
  at,
  comment,
  config,
  defined,
  issue,
  referenced,
  renamed,
  SELF,
} from './builders.ts';

/** Everything a hostile responder might type to ping, break a table or inject HTML. */
const HOSTILE = [
  '@everyone @acme/oncall &#64;alice &commat;bob',
  'a | b || c \\| d',
  'first\rsecond\u2028third',
  '``` `code` ``',
  '<img src=x onerror=alert(1)> <!-- x --> </td><details open>',
  '[click](javascript:alert(1)) <https://evil.example> https://evil.example ![i](https://evil.example/i.png)',
  '# heading *em* _em_ ~~del~~',
].join(' ');

const settings = config();
const snapshot = issue({ title: HOSTILE });
const events = [
  comment('alice', '10:05', `/ack ${HOSTILE}`, { id: 401 }),
  comment('alice', '10:10', `/timeline [cause identified] ${HOSTILE} | 10:08`, { id: 402 }),
  comment('alice', '10:20', `/status resolved ${HOSTILE} | root cause ${HOSTILE}`, { id: 403 }),
  comment('alice', '10:21', `/frob\n/timeline ${HOSTILE} | ${HOSTILE}`, { id: 404 }),
  referenced('bob', '10:30', { number: 5, title: HOSTILE }),
  renamed('bob', '10:31', HOSTILE, `${HOSTILE} (renamed)`),
];
const timeline = buildTimeline(snapshot, events, settings, SELF, access());
const outputs = {
  'timeline comment': renderTimelineComment(timeline, {
    incidentId: 'INC-2024-001',
    config: settings,
    now: new Date(at('11:00')),
  }),
  'resolution update': renderStatusUpdate(timeline, defined(timeline.statusUpdates[0]), {
    incidentId: 'INC-2024-001',
    config: settings,
  }),
  'command reply': defined(renderCommandReply(timeline, 404, settings)),
};

function parse(markdown: string): Root {
  return unified().use(remarkParse).use(remarkGfm).parse(markdown);
}

function all(tree: Nodes, type: string): Nodes[] {
  const found: Nodes[] = tree.type === type ? [tree] : [];
  if ('children' in tree) for (const child of tree.children) found.push(...all(child, type));
  return found;
}

describe.each(Object.entries(outputs))('user text in the %s', (_name, markdown) => {
  const tree = parse(markdown);

  it('pings no one', () => {
    // Every "@" is followed by the zero-width joiner, so GitHub links no user or team.
    expect(markdown).not.toMatch(/@(?!\u200d)/);
    expect(markdown).not.toMatch(/&#0*64|&commat/i);
  });

  it('injects no HTML: the only HTML is the scribe’s own marker', () => {
    expect(all(tree, 'html').map((node) => (node as { value: string }).value)).toEqual([
      expect.stringMatching(/^<!-- incident-scribe:[a-z-]+ \{.*\} -->$/),
    ]);
  });

  it('makes no links, images, code, headings or emphasis of its own', () => {
    // GitHub (like remark-gfm) turns bare http(s) addresses into links even when escaped, as it
    // does in the person's own comment; any other link must be one the scribe made.
    const links = all(tree, 'link') as { url: string; children: Nodes[] }[];
    const foreign = links.filter((link) => {
      if (link.url.startsWith('https://github.com/acme/shop/')) return false;
      const shown = all({ type: 'root', children: link.children } as Root, 'text')
        .map((node) => (node as { value: string }).value)
        .join('');
      return !(/^https?:\/\//.test(link.url) && link.url.endsWith(shown));
    });
    expect(foreign).toEqual([]);
    expect(links.some((link) => link.url.startsWith('javascript'))).toBe(false);
    expect(all(tree, 'image')).toEqual([]);
    const code = all(tree, 'inlineCode').map((node) => (node as { value: string }).value);
    expect(code.every((value) => /^\/[a-z]+$/.test(value))).toBe(true);
    expect(all(tree, 'heading').map((h) => (h as { depth: number }).depth)).not.toContain(1);
    expect(all(tree, 'delete')).toEqual([]);
  });
});

describe('the timeline table', () => {
  it('keeps one row per entry and two cells per row, whatever the text holds', () => {
    const tree = parse(outputs['timeline comment']);
    const [table] = all(tree, 'table') as Table[];
    expect(table?.children).toHaveLength(timeline.entries.length + 1);
    for (const row of table?.children ?? []) expect(row.children).toHaveLength(2);
  });

  it('still shows the text, folded onto one line', () => {
    const tree = parse(outputs['timeline comment']);
    const [table] = all(tree, 'table') as Table[];
    const cell = table?.children[3]?.children[1];
    const shown = all(cell as Nodes, 'text')
      .map((node) => (node as { value: string }).value)
      .join('');
    expect(shown).toContain('a | b || c | d first second third');
    expect(shown).toContain('<img src=x onerror=alert(1)>');
  });
});

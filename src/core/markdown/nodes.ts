import type {
  Emphasis,
  InlineCode,
  List,
  ListItem,
  Paragraph,
  PhrasingContent,
  Strong,
  Text,
} from 'mdast';
import { safeInline } from '../text/safe-text.ts';

/** Small mdast builders, so renderers read like the comment they produce. */

/** Text the scribe wrote itself (the serializer still escapes Markdown in it). */
export function text(value: string): Text {
  return { type: 'text', value };
}

/** Text a user wrote: one line, capped, and unable to ping anyone. */
export function userText(value: string, max = 500): Text {
  return { type: 'text', value: safeInline(value, max) };
}

export function strong(...children: (PhrasingContent | string)[]): Strong {
  return { type: 'strong', children: children.map(phrasing) };
}

export function emphasis(...children: (PhrasingContent | string)[]): Emphasis {
  return { type: 'emphasis', children: children.map(phrasing) };
}

export function paragraph(...children: (PhrasingContent | string)[]): Paragraph {
  return { type: 'paragraph', children: children.map(phrasing) };
}

/** "**Label**: value", one field of the reference templates. */
export function field(label: string, ...value: (PhrasingContent | string)[]): PhrasingContent[] {
  return [strong(label), text(': '), ...value.map(phrasing)];
}

function phrasing(child: PhrasingContent | string): PhrasingContent {
  return typeof child === 'string' ? text(child) : child;
}

export function code(value: string): InlineCode {
  return { type: 'inlineCode', value };
}

/** A tight bullet list, one paragraph per item. */
export function bulletList(items: PhrasingContent[][]): List {
  return {
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map(
      (children): ListItem => ({
        type: 'listItem',
        spread: false,
        children: [paragraph(...children)],
      }),
    ),
  };
}

import type { ListItem, PhrasingContent, Root } from 'mdast';
import { formatMinutesLong } from '../config/duration.ts';
import { longDate, parseIsoTime, utcDay } from './dates.ts';
import type { PostmortemFacts } from './facts.ts';
import { ensureSection, personText, placeInSection, safeText } from './fill-nodes.ts';
import { TIME_KEYS } from './front-matter.ts';
import { type MetadataItem, metadataList, readMetadata } from './metadata.ts';

interface Field {
  label: string;
  /** Other labels templates use for the same field, in normal form. */
  names: string[];
  value: PhrasingContent[] | undefined;
}

/**
 * Fills the Metadata list: values of the items the template has, new items for the facts it
 * lacks. A fact the scribe does not know leaves the template's prompt in place.
 */
export function fillMetadata(root: Root, facts: PostmortemFacts, appended: string[]): void {
  const fields = metadataFields(facts);
  let section = ensureSection(root, 'metadata', appended);
  if (!metadataList(root, section)) {
    placeInSection(root, section, 'list', [
      { type: 'list', ordered: false, spread: false, children: [] },
    ]);
    section = ensureSection(root, 'metadata', appended);
  }
  const list = metadataList(root, section);
  if (!list) return;
  const items = readMetadata(root, section);
  for (const field of fields) {
    if (!field.value) continue;
    const item = items.find((candidate) => field.names.includes(candidate.label));
    if (item) {
      setItemValue(item, field.value);
    } else {
      list.children.push(newItem(field.label, field.value));
    }
  }
}

/** Replaces the value of a "- **Label**: value" item, keeping its label as written. */
export function setItemValue(item: MetadataItem, value: PhrasingContent[]): void {
  const label = item.paragraph.children.slice(0, item.labelNodes);
  const plainLabel = item.labelNodes === 0 ? labelPrefix(item.paragraph.children[0]) : undefined;
  const separator = labelEndsWithColon(label) ? ' ' : ': ';
  item.paragraph.children =
    plainLabel === undefined
      ? [...label, { type: 'text', value: separator }, ...value]
      : [{ type: 'text', value: `${plainLabel}: ` }, ...value];
}

function metadataFields(facts: PostmortemFacts): Field[] {
  const firstTime = TIME_KEYS.map((key) => facts.times[key])
    .map((value) => (value ? parseIsoTime(value) : undefined))
    .find((ms) => ms !== undefined);
  const url = isWebUrl(facts.issueUrl) ? facts.issueUrl : undefined;
  return [
    { label: 'Incident ID', names: ['incident id', 'id'], value: [safeText(facts.id, 60)] },
    {
      label: 'Date',
      names: ['date', 'incident date'],
      value:
        firstTime === undefined
          ? undefined
          : [{ type: 'text', value: longDate(utcDay(firstTime)) }],
    },
    {
      label: 'Duration',
      names: ['duration'],
      value:
        facts.durationMinutes === null
          ? undefined
          : [
              {
                type: 'text',
                value: formatMinutesLong(Math.max(0, Math.round(facts.durationMinutes))),
              },
            ],
    },
    {
      label: 'Severity',
      names: ['severity'],
      value: [safeText(`${facts.severity.id.toUpperCase()} (${facts.severity.title})`, 60)],
    },
    {
      label: 'Incident Commander',
      names: ['incident commander', 'commander', 'ic'],
      value: facts.commander ? [personText(facts.commander)] : undefined,
    },
    {
      label: 'Incident Issue',
      names: ['incident issue', 'issue', 'github issue'],
      value: url ? [{ type: 'link', url, children: [{ type: 'text', value: url }] }] : undefined,
    },
    {
      label: 'Contributors',
      names: ['contributors', 'responders', 'participants'],
      value:
        facts.contributors.length === 0
          ? undefined
          : joined(facts.contributors.map((login) => personText(login))),
    },
  ];
}

function joined(nodes: PhrasingContent[]): PhrasingContent[] {
  return nodes.flatMap((node, i) =>
    i === 0 ? [node] : [{ type: 'text' as const, value: ', ' }, node],
  );
}

function newItem(label: string, value: PhrasingContent[]): ListItem {
  return {
    type: 'listItem',
    spread: false,
    children: [
      {
        type: 'paragraph',
        children: [
          { type: 'strong', children: [{ type: 'text', value: label }] },
          { type: 'text', value: ': ' },
          ...value,
        ],
      },
    ],
  };
}

function labelEndsWithColon(label: PhrasingContent[]): boolean {
  const last = label.at(-1);
  return last?.type === 'strong' && last.children.at(-1)?.type === 'text'
    ? /:\s*$/.test((last.children.at(-1) as { value: string }).value)
    : false;
}

function labelPrefix(node: PhrasingContent | undefined): string | undefined {
  if (node?.type !== 'text') return undefined;
  const colon = node.value.indexOf(':');
  return colon > 0 ? node.value.slice(0, colon) : undefined;
}

/** Only http(s) links without spaces, quotes or angle brackets are written as links. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s<>"'`]{1,2000}$/.test(url);
}

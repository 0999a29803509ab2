import { dump } from 'js-yaml';
import type { Root } from 'mdast';
import { toMarkdown } from '../markdown/to-markdown.ts';
import { fileInline, oneLine } from '../text/safe-text.ts';
import { findUnparsable } from './check-parsable.ts';
import { parseIsoTime } from './dates.ts';
import type { PostmortemFacts } from './facts.ts';
import { fillDrafts } from './fill-drafts.ts';
import { fillMetadata, isWebUrl } from './fill-metadata.ts';
import { ensureSection, listOf, placeInSection, promptParagraph, safeText } from './fill-nodes.ts';
import { fillActionItems, fillTimeline } from './fill-tables.ts';
import { readFrontMatter, TIME_KEYS } from './front-matter.ts';
import { MAX_POSTMORTEM_BYTES, parseMarkdown, utf8Length } from './parse-document.ts';

export type { ActionItemFact, PostmortemFacts, TimelineFact } from './facts.ts';

/**
 * The filled post-mortem, the sections the template lacked, what the scribe filled and the
 * sections it drafted (so the PR body claims only what was done).
 */
export type FillResult =
  | { ok: true; markdown: string; appendedSections: string[]; filled: string[]; drafted: string[] }
  | { ok: false; error: string };

/**
 * Drafts a post-mortem from a template and the incident's facts, through mdast: front
 * matter, title, Metadata, Timeline, Detection and Response figures, Action Items. What
 * only people can write stays as the template's prompts.
 */
export function fillTemplate(template: string, facts: PostmortemFacts): FillResult {
  if (utf8Length(template, MAX_POSTMORTEM_BYTES) > MAX_POSTMORTEM_BYTES) {
    return { ok: false, error: 'the post-mortem template is larger than 1 MB' };
  }
  const unparsable = findUnparsable(template);
  if (unparsable) {
    return {
      ok: false,
      error: `the post-mortem template, line ${unparsable.line}: ${unparsable.message}`,
    };
  }
  const root = parseMarkdown(template);
  const first = root.children[0];
  let extra: Record<string, unknown> = {};
  if (first?.type === 'yaml') {
    const front = readFrontMatter(first);
    if (!front.ok) {
      return {
        ok: false,
        error: `the post-mortem template's front matter is broken (line ${front.line}, column ${front.column}): ${front.message}`,
      };
    }
    extra = front.data;
    root.children.shift();
  }
  const appended: string[] = [];
  setTitle(root, facts);
  fillMetadata(root, facts, appended);
  fillTimeline(root, facts, appended);
  fillFigures(
    root,
    'detection',
    facts.detection,
    'how was the incident detected, and how long after it started?',
    appended,
  );
  fillFigures(
    root,
    'response',
    facts.response,
    'how long it took to acknowledge, mitigate and resolve',
    appended,
  );
  fillActionItems(root, facts, appended);
  const drafted = fillDrafts(root, facts.drafts);
  return {
    ok: true,
    markdown: `---\n${frontMatter(facts, extra)}---\n\n${toMarkdown(root)}`,
    appendedSections: appended,
    filled: filledParts(facts),
    drafted,
  };
}

function filledParts(facts: PostmortemFacts): string[] {
  const figures = [
    facts.detection.length > 0 ? 'Detection' : undefined,
    facts.response.length > 0 ? 'Response' : undefined,
  ].filter((name) => name !== undefined);
  return [
    'the front matter',
    'Metadata',
    facts.timeline.length > 0 ? 'Timeline' : undefined,
    figures.length > 0 ? `the ${figures.join(' and ')} figures` : undefined,
    facts.actionItems.length > 0 ? 'Action Items' : undefined,
  ].filter((part) => part !== undefined);
}

/** The machine-readable facts first, in a fixed order, then any keys the template adds. */
function frontMatter(facts: PostmortemFacts, extra: Record<string, unknown>): string {
  const times = Object.fromEntries(TIME_KEYS.map((key) => [key, isoOrNull(facts.times[key])]));
  const data = {
    id: oneLine(facts.id),
    title: fileInline(facts.title, 200),
    severity: facts.severity.id,
    status: oneLine(facts.status) || 'draft',
    ...times,
    duration_minutes:
      facts.durationMinutes === null ? null : Math.max(0, Math.round(facts.durationMinutes)),
    commander: facts.commander ? facts.commander.replace(/^@/, '') : null,
    issue: isWebUrl(facts.issueUrl) ? facts.issueUrl : null,
  };
  const rest = Object.fromEntries(Object.entries(extra).filter(([key]) => !(key in data)));
  return dump({ ...data, ...rest }, { lineWidth: -1, noRefs: true });
}

function isoOrNull(value: string | null): string | null {
  const ms = value ? parseIsoTime(value) : undefined;
  // Seconds are enough for a post-mortem, and a fixed form keeps diffs quiet.
  return ms === undefined ? null : `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

function setTitle(root: Root, facts: PostmortemFacts): void {
  const children = [safeText(`Post-mortem: ${facts.id} ${facts.title}`, 200)];
  const heading = root.children.find((node) => node.type === 'heading' && node.depth === 1);
  if (heading?.type === 'heading') heading.children = children;
  else root.children.unshift({ type: 'heading', depth: 1, children });
}

function fillFigures(
  root: Root,
  key: 'detection' | 'response',
  lines: readonly string[],
  question: string,
  appended: string[],
): void {
  const section = ensureSection(root, key, appended);
  if (lines.length > 0) placeInSection(root, section, 'list', [listOf(lines)]);
  else if (section.end === section.index + 1) {
    placeInSection(root, section, 'paragraph', [promptParagraph(question)]);
  }
}

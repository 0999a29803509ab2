/**
 * The sections of the reference post-mortem, and the other names real post-mortems give
 * them, so a team's own wording ("Follow-ups", "Root Cause Analysis") is still recognised.
 */

export type SectionKey =
  | 'metadata'
  | 'summary'
  | 'impact'
  | 'root-cause'
  | 'timeline'
  | 'detection'
  | 'response'
  | 'went-well'
  | 'could-improve'
  | 'action-items'
  | 'lessons-learned';

interface SectionSpec {
  key: SectionKey;
  title: string;
  names: string[];
}

/** The reference sections in order, with the title the default template gives each. */
export const REFERENCE_SECTIONS: readonly SectionSpec[] = [
  { key: 'metadata', title: 'Metadata', names: ['metadata', 'incident details', 'details'] },
  { key: 'summary', title: 'Summary', names: ['summary', 'executive summary', 'tl dr', 'tldr'] },
  { key: 'impact', title: 'Impact', names: ['impact', 'customer impact', 'business impact'] },
  {
    key: 'root-cause',
    title: 'Root Cause',
    names: ['root cause', 'root causes', 'root cause analysis', 'cause', 'causes'],
  },
  {
    key: 'timeline',
    title: 'Timeline (UTC)',
    names: ['timeline', 'timeline utc', 'incident timeline'],
  },
  { key: 'detection', title: 'Detection', names: ['detection'] },
  { key: 'response', title: 'Response', names: ['response', 'incident response'] },
  { key: 'went-well', title: 'What Went Well', names: ['what went well', 'went well'] },
  {
    key: 'could-improve',
    title: 'What Could Be Improved',
    names: [
      'what could be improved',
      'what could have gone better',
      'what went wrong',
      'what went badly',
      'what did not go well',
      'what didn t go well',
    ],
  },
  {
    key: 'action-items',
    title: 'Action Items',
    names: [
      'action items',
      'action item',
      'actions',
      'follow ups',
      'follow up actions',
      'followups',
      'remediation',
      'remediation items',
      'corrective actions',
    ],
  },
  {
    key: 'lessons-learned',
    title: 'Lessons Learned',
    names: ['lessons learned', 'lessons', 'learnings', 'takeaways'],
  },
];

const BY_NAME = new Map<string, SectionKey>(
  REFERENCE_SECTIONS.flatMap((spec) => spec.names.map((name) => [name, spec.key] as const)),
);

/** Lower case, punctuation as spaces, leading numbering ("3. Impact") dropped. */
export function normalizeTitle(title: string): string {
  const words = title
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  while (words.length > 1 && /^\d+$/.test(words[0] as string)) words.shift();
  return words.join(' ');
}

/** The reference section a heading names, if it names one. */
export function sectionKeyOf(title: string): SectionKey | undefined {
  return BY_NAME.get(normalizeTitle(title));
}

/** The default title of a reference section. */
export function sectionTitle(key: SectionKey): string {
  return (REFERENCE_SECTIONS.find((spec) => spec.key === key) as SectionSpec).title;
}

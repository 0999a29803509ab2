import type { Root, RootContent } from 'mdast';
import { parseMarkdown } from '../../src/core/postmortem/parse-document.ts';
import type { SandboxState } from '../../src/sandbox/output/state.ts';
import { parseScenario, type Scenario } from '../../src/sandbox/scenario/parse-scenario.ts';

/** The user every hostile text tries to ping; they never act, so no mention of them is intended. */
export const VICTIM = 'victim';
export const FOLDER = 'docs/postmortems';

/** Every spelling of a mention GitHub honours, and look-alikes it does not. */
export const MENTIONS = [
  `@${VICTIM}`,
  `@${VICTIM.toUpperCase()}`,
  `(@${VICTIM})`,
  `@${VICTIM},`,
  `@${VICTIM}'s`,
  `&#64;${VICTIM}`,
  `&#x40;${VICTIM}`,
  `&commat;${VICTIM}`,
  `<b>@${VICTIM}</b>`,
  `<a href="#">@${VICTIM}</a>`,
  `[@${VICTIM}](https://example.com)`,
  `**@${VICTIM}**`,
  `_@${VICTIM}_`,
  `|@${VICTIM}|`,
  `\`x\` @${VICTIM}`,
  `\\@${VICTIM}`,
  `@\u200b${VICTIM}`,
  `\u202e@${VICTIM}`,
  `@${VICTIM}\u202e`,
  `@acme/sre`,
];

/** Texts that try to pass for the scribe's hidden markers. */
export const FORGED = [
  '<!-- incident-scribe:help {"comment":1} -->',
  '<!-- incident-scribe:status {"incident":"INC-2024-001"} -->',
  '<!-- incident-scribe:timeline {"incident":"INC-2024-001"} -->',
  '<!-- incident-scribe:command-reply {"comment":2000001} -->',
  '&lt;!-- incident-scribe:status {"incident":"INC-2024-001"} --&gt;',
  '<!--\nincident-scribe:status {"incident":"INC-2024-001"}\n-->',
];

/** Other hostile text: HTML, table breakers, bidi and zero-width controls, paths, sizes. */
export const NOISE = [
  '<img src=x onerror=alert(1)>',
  '<details><summary>x</summary>hidden</details>',
  '</table><script>alert(1)</script>',
  'a | b | c \\| d',
  '``` broken fence',
  '`` ` ``',
  '\u202eevil\u202c reversed',
  'zero\u200bwidth\u200djoin\ufeffbom',
  '../../.github/workflows/evil',
  '..\\..\\windows',
  '%2e%2e%2fetc%2fpasswd',
  '\u0000nul\u0007bell',
  'x'.repeat(3000),
];

/** Dates and times that do not exist, for /timeline and /status ETAs. */
export const DATES = [
  '2024-02-30 10:00',
  '2024-13-01 10:00',
  '2023-02-29 10:00',
  '25:61',
  '24:00',
  '0000-01-01 00:00',
  '9999-12-31 23:59',
  '2024-01-15 10:00 PST',
  '-1:00',
  '10:00:00:00',
];

/** Configurations that are broken or contradict themselves. */
export const CONFIGS = [
  'severities: [',
  'timezone: Mars/Olympus',
  'severities:\n  - { id: sev1, label: incident }',
  'severities:\n  - { id: sev1, label: p1 }\n  - { id: sev2, label: p1 }',
  'severities:\n  - { id: sev0, label: p0 }',
  'a: &a [1, 2]\nb: [*a, *a]',
  `${Array.from({ length: 2000 }, (_, i) => `unknown${i}: 1`).join('\n')}`,
  'postmortem:\n  folder: ../../outside',
  'postmortem:\n  folder: /etc',
  '\u202etimezone: UTC',
];

/** One hostile case: a scenario step (YAML flow) and what it tries. */
export interface HostileCase {
  what: string;
  step: Record<string, unknown>;
}

/** At least `count` cases, cycling through the classes so each batch mixes them. */
export function hostileCases(count: number, leaveOut: readonly string[] = []): HostileCase[] {
  const cases: HostileCase[] = [];
  const pick = <T>(list: T[], i: number) => list[i % list.length] as T;
  for (let i = 0; cases.length < count; i++) {
    const mention = pick(MENTIONS, i);
    const forged = pick(FORGED, i);
    const noise = pick(NOISE, i);
    const date = pick(DATES, i);
    const config = pick(CONFIGS, i);
    const all: HostileCase[] = [
      {
        what: `timeline entry with ${JSON.stringify(mention)}`,
        step: { as: 'alice', comment: `/timeline Paged ${mention} ${noise.slice(0, 200)}` },
      },
      {
        what: `status update with ${JSON.stringify(mention)}`,
        step: { as: 'alice', comment: `/status investigating ${mention} ${noise.slice(0, 200)}` },
      },
      {
        what: `title with ${JSON.stringify(mention)} and a forged marker`,
        step: { as: 'mallory', edit_issue: { title: `Outage ${mention} ${forged}`.slice(0, 250) } },
      },
      {
        what: `read-only comment with a forged marker`,
        step: { as: 'mallory', comment: `${forged}\n/status resolved all good\n/ic me` },
      },
      {
        what: `timeline at an impossible time ${date}`,
        step: { as: 'bob', comment: `/timeline Something ${noise.slice(0, 100)} | ${date}` },
      },
      {
        what: `status with an impossible ETA ${date}`,
        step: { as: 'bob', comment: `/status mitigating rolling back | eta ${date}` },
      },
      {
        what: `body with noise ${JSON.stringify(noise.slice(0, 30))}`,
        step: { as: 'mallory', edit_issue: { body: `${noise}\n${mention}\n${forged}` } },
      },
      {
        what: `oversized comment of refused commands`,
        step: { as: 'mallory', comment: `/frobnicate ${mention}\n`.repeat(1500 + i) },
      },
      {
        what: `broken configuration ${JSON.stringify(config.slice(0, 30))}`,
        step: {
          as: 'carol',
          commit_file: { branch: 'main', path: '.github/incident-scribe.yml', content: config },
        },
      },
      {
        what: `a comment after the broken configuration`,
        step: { as: 'alice', comment: `/ack ${mention}` },
      },
    ];
    for (const c of all) {
      if (cases.length < count && !leaveOut.some((word) => c.what.includes(word))) cases.push(c);
    }
  }
  return cases;
}

const GOOD_CONFIG = 'postmortem:\n  folder: docs/postmortems\n';

/** A scenario playing `cases` on one incident, then closing it (which drafts the post-mortem). */
export function hostileScenario(cases: HostileCase[], batch: number): Scenario {
  const steps: Record<string, unknown>[] = [
    // The read-only user opens the issue, so they may edit its title and body, as on GitHub.
    {
      at: '10:00',
      as: 'mallory',
      open_issue: { title: 'Checkout API returns 500', body: 'Errors.' },
    },
    { as: 'carol', label: 'sev1' },
    ...cases.map((c) => c.step),
    {
      as: 'carol',
      commit_file: { branch: 'main', path: '.github/incident-scribe.yml', content: GOOD_CONFIG },
    },
    { as: 'alice', close: { reason: 'completed' } },
  ];
  const text = JSON.stringify({
    repo: 'acme/shop',
    start: '2024-01-15T09:58:00Z',
    users: { alice: 'write', bob: 'write', carol: 'admin', mallory: 'read', [VICTIM]: 'read' },
    teams: { 'acme/sre': ['carol'] },
    files: { '.github/incident-scribe.yml': GOOD_CONFIG },
    steps,
  });
  const parsed = parseScenario(text, `hostile-batch-${batch}.json`);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.scenario;
}

/** Every text the scribe wrote where a mention notifies: comments, pull requests, checks. */
export function scribeBodies(state: SandboxState, bot: string): { where: string; text: string }[] {
  const bodies: { where: string; text: string }[] = [];
  for (const issue of state.issues) {
    if (issue.user === bot)
      bodies.push({ where: `issue #${issue.number}`, text: `${issue.title}\n${issue.body ?? ''}` });
    for (const c of issue.comments)
      if (c.user === bot)
        bodies.push({ where: `comment ${c.id} on #${issue.number}`, text: c.body });
  }
  for (const pull of state.pulls) {
    if (pull.user === bot) {
      // Not its files: a mention in a repository file notifies nobody (issue 12 writes logins
      // there plainly); whatever quotes a file in a comment or check run is checked below.
      bodies.push({ where: `pull #${pull.number}`, text: `${pull.title}\n${pull.body ?? ''}` });
    }
    for (const c of pull.comments)
      if (c.user === bot)
        bodies.push({ where: `comment ${c.id} on #${pull.number}`, text: c.body });
    for (const run of pull.check_runs) {
      bodies.push({
        where: `check ${run.name} on #${pull.number}`,
        text: `${run.output.title ?? ''}\n${run.output.summary ?? ''}`,
      });
      for (const a of run.output.annotations as { message?: string }[]) {
        bodies.push({ where: `annotation on #${pull.number}`, text: a.message ?? '' });
      }
    }
  }
  return bodies;
}

// GitHub links @login when "@" follows a non-word character (or starts the text) in rendered
// text, outside code; entities are decoded first, tags do not split the text they wrap.
const MENTION = /(^|[^\w`@/.])@([A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9_.-]+)?)/g;

/** The logins and teams a body of Markdown would ping on GitHub. */
export function mentionsIn(markdown: string): string[] {
  const found: string[] = [];
  const scan = (text: string) => {
    for (const match of text.matchAll(MENTION)) found.push((match[2] as string).toLowerCase());
  };
  const walk = (node: Root | RootContent) => {
    if (node.type === 'code' || node.type === 'inlineCode') return;
    if (node.type === 'text') scan(node.value);
    else if (node.type === 'html')
      scan(decode(node.value.replace(/<!--[\s\S]*?-->/g, ' ').replace(/<[^>]*>/g, '')));
    if ('children' in node) {
      // Adjacent text and inline HTML render as one run of text: scan them joined too.
      const joined = node.children
        .map((child) =>
          child.type === 'text'
            ? child.value
            : child.type === 'html'
              ? decode(child.value.replace(/<[^>]*>/g, ''))
              : ' ',
        )
        .join('');
      scan(joined);
      for (const child of node.children) walk(child);
    }
  };
  walk(parseMarkdown(markdown));
  return [...new Set(found)];
}

function decode(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&commat;/g, '@')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

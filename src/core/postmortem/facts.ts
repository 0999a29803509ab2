import type { TimeKey } from './front-matter.ts';

/** One row of the incident's timeline. */
export interface TimelineFact {
  /** ISO 8601 instant. */
  at: string;
  text: string;
  /** GitHub login of who did it, without "@". */
  actor?: string;
}

/** One action item recorded during the incident (for example by `/action`). */
export interface ActionItemFact {
  id: string;
  description: string;
  /** "login", "@login", "org/team" or "@org/team"; null when nobody took it yet. */
  owner: string | null;
  /** YYYY-MM-DD, or null. */
  due: string | null;
  /** The item's issue, once filed: the table links it, so merging changes nothing. */
  issue?: { number: number; url: string };
}

/**
 * Everything the scribe knows about an incident when it drafts the post-mortem. Plain
 * data: the timeline and metrics capabilities fill it; unknown values are null or empty,
 * and then the template's prompt stays for people to answer.
 */
export interface PostmortemFacts {
  id: string;
  title: string;
  severity: { id: string; title: string };
  /** "draft" when the scribe opens the pull request. */
  status: string;
  /** ISO 8601 instants, null when the moment did not happen or is unknown. */
  times: Record<TimeKey, string | null>;
  durationMinutes: number | null;
  /** Login of the incident commander, without "@". */
  commander: string | null;
  issueUrl: string;
  timeline: TimelineFact[];
  /** Figures for the Detection section, one line each ("Time from start to detection: 5 minutes"). */
  detection: string[];
  /** Figures for the Response section, one line each ("Time to acknowledge: 5 minutes (target 15 minutes)"). */
  response: string[];
  actionItems: ActionItemFact[];
  /** Logins of everyone who acted on the incident, without "@". */
  contributors: string[];
  /** What the incident said about the prose sections, drafted for people to confirm. */
  drafts?: PostmortemDrafts;
}

/**
 * Plain sentences from the incident's record for the sections people write. The filler puts
 * each in its section marked `CONFIRM:` (the scribe's draft), in place of the first prompt.
 */
export interface PostmortemDrafts {
  summary?: string | undefined;
  /** From the issue body: its impact section, or its first paragraph. */
  impact?: string | undefined;
  /** Every distinct root cause people stated, latest first, each with who and when. */
  rootCause?: string[];
  detection?: string | undefined;
}

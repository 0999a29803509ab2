import type { IssueFieldValue } from '../incident/issue.ts';
import type { ActionItemMarker } from './item-marker.ts';

/** An action item as its source states it: a `/action` line or a post-mortem row. */
export interface WantedItem {
  /** The item's id within its incident (the table's ID, or A<comment> for `/action`). */
  item: string;
  description: string;
  /** "@login" or "@org/team"; null when nobody owns it yet. */
  owner: string | null;
  /** YYYY-MM-DD, or null. */
  due: string | null;
  /** Issue numbers a post-mortem row names (`#12`, a link to the issue): the row's item. */
  refs: number[];
  /** Where this item came from, when it differs from the sync's source (each `/action` comment). */
  source?: ItemSource;
}

/** The incident an item belongs to, as its issue shows it. */
export interface ItemIncident {
  id: string;
  number: number;
  url: string;
  /** Severity id and title (sev1, Critical), when the incident has one. */
  severity: { id: string; title: string } | undefined;
}

/** Where the items came from: a comment on the incident, or the post-mortem file. */
export type ItemSource =
  | { kind: 'command'; url: string }
  | { kind: 'postmortem'; path: string; url: string };

/** An action-item issue the scribe filed, read back from GitHub. */
export interface FiledItem {
  number: number;
  id: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  assignees: string[];
  labels: string[];
  htmlUrl: string;
  marker: ActionItemMarker;
  /** Its issue-field values as GitHub answered them (the due field among them, maybe). */
  fieldValues?: IssueFieldValue[];
}

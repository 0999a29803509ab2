import type { ActionItemMarker } from '../action-items/item-marker.ts';
import type { Measure } from '../timeline/metrics.ts';

/** An action-item issue as the report reads it: the issue, and its marker if the scribe wrote one. */
export interface ItemIssue {
  number: number;
  title: string;
  url: string;
  state: 'open' | 'closed';
  stateReason: string | null;
  closedAt: string | null;
  /** Validated and trusted (the scribe opened the issue); undefined when missing or malformed. */
  marker: ActionItemMarker | undefined;
  /** The due date as resolved (resolve-due-date.ts). */
  due: string | undefined;
}

/** An incident of the week, measured. */
export interface ReportIncident {
  number: number;
  id: string;
  title: string;
  url: string;
  /** Severity id (sev1), if the incident has one. */
  severity: string | undefined;
  open: boolean;
  /** Closed as not planned. */
  falseAlarm: boolean;
  openedAt: string;
  timeToAcknowledge: Measure | undefined;
  timeToMitigate: Measure | undefined;
  timeToResolve: Measure | undefined;
}

/** What one week's report remembers in its marker, for the trend of later reports. */
export interface WeekPoint {
  week: string;
  overdue: number;
  /** Mean time to acknowledge of the week's incidents, minutes. */
  mtta?: number;
  /** Mean time to resolve, minutes. */
  mttr?: number;
}

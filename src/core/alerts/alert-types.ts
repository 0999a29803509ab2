/**
 * One model for every source: Alertmanager (webhook v4), Grafana alerting and the generic
 * shape all become alert groups. A group is what one incident tracks: Alertmanager's and
 * Grafana's `groupKey`, or a generic alert's `fingerprint`.
 */

export const ALERT_SOURCES = ['alertmanager', 'grafana', 'generic'] as const;
export type AlertSource = (typeof ALERT_SOURCES)[number];

/** One alert of a group, as the source sent it (still hostile text). */
export interface Alert {
  fingerprint: string;
  status: 'firing' | 'resolved';
  labels: Record<string, string>;
  annotations: Record<string, string>;
  startsAt: string | undefined;
  url: string | undefined;
}

/** The alerts of one group, and what the group says about all of them. */
export interface AlertGroup {
  source: AlertSource;
  /** The identity the incident is found by (its hash goes into the marker). */
  key: string;
  /** Firing while any of its alerts fires. */
  status: 'firing' | 'resolved';
  title: string;
  description: string | undefined;
  /** Labels and annotations all alerts of the group share. */
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** Where the source shows the group (Alertmanager's externalURL, Grafana's, generic url). */
  url: string | undefined;
  alerts: Alert[];
}

/** A payload read: its groups, and the alerts left out with the reason for each. */
export interface ParsedAlerts {
  groups: AlertGroup[];
  skipped: string[];
}

/** One webhook on its way to the app: GitHub's headers and the exact body that is signed. */
export interface Delivery {
  id: string;
  event: string;
  action: string | undefined;
  payload: Record<string, unknown>;
  body: string;
  signature: string;
}

/** Where deliveries go: the Probot HTTP server (app mode) or the Action entry (action mode). */
export interface WebhookTarget {
  /** Delivers one webhook and returns the HTTP status the app answered (or its mapping). */
  deliver(delivery: Delivery): Promise<number>;
  /** False when GitHub would not deliver this event at all (Actions ignore GITHUB_TOKEN events). */
  accepts(delivery: Delivery): boolean;
  /** A scheduled job fires (cron in the Action, the app's scheduler via probot.receive). */
  schedule(delivery: Delivery): Promise<number>;
  /** A monitoring system posts alerts to the app's alerts route (app mode only). */
  alert?(delivery: Delivery, request: AlertPost): Promise<number>;
  close(): Promise<void>;
}

/** Where an alert goes and with which token (the body is the delivery's). */
export interface AlertPost {
  source: string;
  repo: string;
  token: string;
}

import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ALERT_SOURCES, type AlertSource } from '../../core/alerts/alert-types.ts';
import { parseAlerts } from '../../core/alerts/parse-alerts.ts';
import type { GitHubPort } from '../../github/port.ts';
import { ingestAlerts } from '../../usecases/alerts/ingest-alerts.ts';
import type { ConfigLoad } from '../../usecases/config/load-config.ts';
import { WriteFailures } from '../../usecases/shared/write-failures.ts';

/** Alerts arrive beside the webhooks: `POST /alerts/{source}?repo=owner/name`. */
export const ALERTS_PREFIX = '/alerts/';

/**
 * The most bytes an alert payload may have. Alertmanager sends a group's alerts in one
 * payload (a thousand alerts with their labels and annotations is about 2 MB).
 */
export const ALERT_BODY_LIMIT = 4 * 1024 * 1024;

/**
 * Answer within this, or say 202 "processing" and go on: senders time out (Alertmanager's
 * default is 10 s) and retry, and a retry must find the work done, not start it again.
 */
export const ALERT_ANSWER_WITHIN_MS = 8_000;

const REPO = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;

export interface AlertsRouteDeps {
  /** A port on the repository as the installation that covers it, and its default branch. */
  portFor: (
    installationId: number,
    repo: { owner: string; repo: string },
  ) => Promise<{ port: GitHubPort; defaultBranch: () => Promise<string> }>;
  loadConfig: (port: GitHubPort) => Promise<ConfigLoad>;
  /** The installation that covers a repository (GitHub's 404 when there is none). */
  installationOf: (owner: string, repo: string) => Promise<number>;
  now: () => Date;
  log: (message: string) => void;
  answerWithinMs?: number;
}

type Answer = { status: number; body: Record<string, unknown> };

/**
 * The alerts route, as a handler Probot's node middleware tries before its webhooks: true when
 * the request was for it. Every refusal is a 4xx with one clear sentence, and changes nothing.
 */
export function alertsRoute(deps: AlertsRouteDeps) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(ALERTS_PREFIX)) return false;
    const answer = await receive(req, url, deps);
    if (!res.headersSent) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (answer.status === 401) headers['www-authenticate'] = 'Bearer';
      res.writeHead(answer.status, headers).end(JSON.stringify(answer.body));
    }
    return true;
  };
}

async function receive(req: IncomingMessage, url: URL, deps: AlertsRouteDeps): Promise<Answer> {
  // The sender's clock starts now: checks and work share the one budget.
  const deadline = performance.now() + (deps.answerWithinMs ?? ALERT_ANSWER_WITHIN_MS);
  const refuse = (status: number, error: string): Answer => {
    deps.log(`alert refused (${status}): ${error}`);
    return { status, body: { error } };
  };
  // 1. The request itself: source, method, repository, token, body.
  const source = url.pathname.slice(ALERTS_PREFIX.length);
  if (!(ALERT_SOURCES as readonly string[]).includes(source)) {
    drain(req);
    return refuse(
      404,
      `unknown alert source "${source.slice(0, 40)}": use /alerts/alertmanager, /alerts/grafana or /alerts/generic`,
    );
  }
  if (req.method !== 'POST') {
    drain(req);
    return refuse(405, 'alerts are sent with POST');
  }
  const repository = url.searchParams.get('repo') ?? '';
  if (!REPO.test(repository)) {
    drain(req);
    return refuse(400, 'missing or malformed repository: add ?repo=owner/name');
  }
  const token = bearer(req.headers.authorization);
  if (!token) {
    drain(req);
    return refuse(401, 'missing token: send "Authorization: Bearer <token>"');
  }
  const raw = await readBody(req, ALERT_BODY_LIMIT);
  if (raw === 'too large') {
    return refuse(413, `payload over the limit of ${ALERT_BODY_LIMIT} bytes`);
  }
  let payload: unknown;
  try {
    payload = JSON.parse(raw.toString('utf8'));
  } catch {
    return refuse(400, 'the body is not valid JSON');
  }
  const parsed = parseAlerts(source as AlertSource, payload);
  if (!parsed.ok) return refuse(422, parsed.message);

  // 2. The repository: the App must be installed there, and its configuration must hold the
  //    SHA-256 of this token. The token opens this repository and no other.
  const [owner = '', repo = ''] = repository.split('/');
  let installation: number;
  try {
    installation = await deps.installationOf(owner, repo);
  } catch (error) {
    if ((error as { status?: number }).status === 404)
      return refuse(404, `incident-scribe is not installed on ${repository}`);
    return refuse(502, 'GitHub did not answer; try again');
  }
  const { port, defaultBranch } = await deps.portFor(installation, { owner, repo });
  let loaded: ConfigLoad;
  try {
    loaded = await deps.loadConfig(port);
  } catch {
    return refuse(502, 'GitHub did not answer; try again');
  }
  if (!loaded.ok) {
    return refuse(422, `${repository}: .github/incident-scribe.yml is invalid; run scribe config`);
  }
  const config = loaded.config;
  if (!config.alerts.tokenSha256) {
    return refuse(403, `alerts are not enabled for ${repository}: set alerts.token_sha256`);
  }
  if (!sameHash(token, config.alerts.tokenSha256)) {
    return refuse(401, `wrong token for ${repository}`);
  }

  // 3. The work: answered when done, or with 202 while it goes on.
  const failures = new WriteFailures(deps.log);
  const work = ingestAlerts(port, config, {
    groups: parsed.alerts.groups,
    now: deps.now(),
    baseSha: async () => port.branchSha(await defaultBranch()),
    failures,
  }).then(
    (groups) => {
      const summary = groups.map((g) => `${g.group.slice(0, 12)} ${g.outcome}`).join(', ');
      deps.log(`alert ${source} ${repository}: ${summary || 'no alert'}`);
      return groups;
    },
    (error: unknown) => {
      deps.log(`alert ${source} ${repository} failed: ${(error as Error).message}`);
      throw error;
    },
  );
  const late = Symbol('late');
  const within = Math.max(0, deadline - performance.now());
  let timer: NodeJS.Timeout | undefined;
  const result = await Promise.race([
    work.catch(() => undefined),
    new Promise<typeof late>((resolve) => {
      timer = setTimeout(() => resolve(late), within);
    }),
  ]);
  clearTimeout(timer);
  // The first 20 reasons are enough to fix a sender; the count says how many were left out.
  const skipped = parsed.alerts.skipped.slice(0, 20);
  if (result === late) return { status: 202, body: { status: 'processing', skipped } };
  if (result === undefined || failures.failed.length > 0) {
    // Part of it failed: the sender retries, and a retry finishes what is missing.
    return { status: 503, body: { error: 'GitHub refused some writes; send it again', skipped } };
  }
  return {
    status: 202,
    body: {
      status: 'done',
      groups: result.map((g) => ({ outcome: g.outcome, ...(g.issue ? { issue: g.issue } : {}) })),
      skipped,
    },
  };
}

function bearer(header: string | undefined): string | undefined {
  const match = /^Bearer ([\x21-\x7e]{1,512})$/.exec(header ?? '');
  return match?.[1];
}

/** Compares the token's SHA-256 with the configured one in constant time. */
function sameHash(token: string, expectedHex: string): boolean {
  const actual = createHash('sha256').update(token, 'utf8').digest();
  const expected = Buffer.from(expectedHex, 'hex');
  return expected.length === actual.length && timingSafeEqual(actual, expected);
}

/** The body, unless it passes the limit; a server in front may have read it already. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too large'> {
  const already = (req as IncomingMessage & { rawBody?: Buffer | string }).rawBody;
  if (already !== undefined) {
    const body = Buffer.isBuffer(already) ? already : Buffer.from(already);
    return Promise.resolve(body.length > limit ? 'too large' : body);
  }
  if (Number(req.headers['content-length']) > limit) {
    drain(req);
    return Promise.resolve('too large');
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    req.on('end', () => resolve(size <= limit ? Buffer.concat(chunks) : 'too large'));
    req.on('error', () => resolve('too large'));
  });
}

/** Reads and drops what is left of the body, so the answer reaches the sender. */
function drain(req: IncomingMessage): void {
  req.resume();
}

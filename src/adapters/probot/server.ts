import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApplicationFunction, createNodeMiddleware, createProbot, run } from 'probot';
import { ALERT_BODY_LIMIT, ALERTS_PREFIX } from './alerts-route.ts';
import { AppOctokit } from './app-octokit.ts';
import { quietLog } from './quiet-log.ts';

/**
 * The most bytes a webhook body may have, by event. GitHub sends at most 25 MB. The events the
 * scribe reads are bounded by GitHub's own limits: an `issue_comment.edited` carries the issue
 * body, the comment and its previous text, each at most 65,536 characters (at most 6 bytes each
 * once JSON-escaped), with the repository, up to 100 labels and the users: about 1.3 MB at
 * worst. 4 MiB is three times that. A `push` (up to 2,048 commits with their file lists) is
 * the one payload that can legitimately be larger; the scribe reads it only to drop its
 * cached configuration, so it may use GitHub's whole 25 MB.
 */
export const WEBHOOK_BODY_LIMIT = 4 * 1024 * 1024;
export const PUSH_BODY_LIMIT = 25 * 1024 * 1024;

export function bodyLimitFor(event: string | undefined): number {
  return event === 'push' ? PUSH_BODY_LIMIT : WEBHOOK_BODY_LIMIT;
}

/**
 * `npm start`: Probot's app, behind a node:http server that refuses a webhook body over its
 * limit before reading it whole (413), and logs through a logger that never writes a payload.
 * Without credentials it hands over to Probot's own server, whose setup page registers the App.
 */
export async function startAppServer(
  appFn: ApplicationFunction,
  env: Record<string, string | undefined> = process.env,
): Promise<Server | undefined> {
  if (!env.APP_ID || !(env.PRIVATE_KEY || env.PRIVATE_KEY_PATH)) {
    await run(appFn, { Octokit: AppOctokit });
    return undefined;
  }
  const log = await quietLog(env);
  // AppOctokit: each event's outage budget retries, not Probot's per-request plugin.
  const probot = createProbot({ env, overrides: { log, Octokit: AppOctokit } });
  const webhooksPath = env.WEBHOOK_PATH || '/api/github/webhooks';
  const middleware = await createNodeMiddleware(appFn, { probot, webhooksPath });
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method === 'GET' && path === '/ping') {
      res.writeHead(200, { 'content-type': 'text/plain' }).end('PONG');
      return;
    }
    // Alerts from monitoring (alerts-route.ts) share the server and its body limit check.
    const alert = (path ?? '').startsWith(ALERTS_PREFIX);
    if (!alert && (req.method !== 'POST' || path !== webhooksPath)) {
      res.writeHead(404).end();
      return;
    }
    const event = header(req, 'x-github-event');
    const limit = alert ? ALERT_BODY_LIMIT : bodyLimitFor(event);
    const refuse = (reason: string) => {
      log.warn(`webhook ${delivery(req)} (${event ?? 'no event'}) refused: ${reason}`);
      res.writeHead(413, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: `Payload too large: ${reason}` }));
      // Closing on unread bytes resets the connection, and the sender may lose the answer:
      // read on without keeping anything, and cut the connection only past GitHub's own cap.
      let discarded = 0;
      req.on('data', (chunk: Buffer) => {
        discarded += chunk.length;
        if (discarded > PUSH_BODY_LIMIT) req.destroy();
      });
      req.resume();
    };
    readBody(req, limit, refuse).then((body) => {
      if (!body) return;
      // @octokit/webhooks takes a body already read from `rawBody`, exactly as sent.
      Object.assign(req, { body: {}, rawBody: body });
      void middleware(req, res, () => res.writeHead(404).end());
    });
  });
  // PORT=0 asks the system for a free port (tests run side by side).
  const port = env.PORT ? Number(env.PORT) : 3000;
  const host = env.HOST || 'localhost';
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const bound = server.address() as AddressInfo;
  const shown = bound.family === 'IPv6' ? `[${bound.address}]` : bound.address;
  log.info(`Listening on http://${shown}:${bound.port}`);
  return server;
}

/**
 * The request's body, or undefined once it is refused: at once when Content-Length says it is
 * over the limit, or as soon as the bytes received pass it (a chunked body can lie by omission).
 */
function readBody(
  req: IncomingMessage,
  limit: number,
  refuse: (reason: string) => void,
): Promise<Buffer | undefined> {
  const declared = Number(req.headers['content-length']);
  const over = (size: number) => `${size} bytes is over the limit of ${limit} bytes`;
  if (declared > limit) {
    refuse(over(declared));
    return Promise.resolve(undefined);
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) {
        chunks.push(chunk);
        return;
      }
      req.pause();
      req.removeAllListeners('data');
      refuse(`${over(size)} (so far)`);
      resolve(undefined);
    });
    req.on('end', () => resolve(size <= limit ? Buffer.concat(chunks) : undefined));
    req.on('error', () => resolve(undefined));
  });
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return typeof value === 'string' ? value.slice(0, 100) : undefined;
}

function delivery(req: IncomingMessage): string {
  return header(req, 'x-github-delivery') ?? 'without an id';
}

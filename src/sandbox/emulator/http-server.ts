import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { Emulator } from './emulator.ts';
import { type FaultKind, faultResponse } from './faults.ts';

/** One line of requests.jsonl: an API request the app made. */
export interface RequestLogEntry {
  method: string;
  route: string;
  operation: string | null;
  status: number;
  ms: number;
  delivery: string | null;
}

/** Header the sandbox's fetch adds so a request can be tied to the webhook being handled. */
export const DELIVERY_HEADER = 'x-sandbox-delivery';

const RATE_LIMIT = { installation: 5000, action: 1000 };

/** Serves the emulator over node:http on 127.0.0.1, port 0 (a free port). */
export async function startHttpServer(
  emulator: Emulator,
): Promise<{ url: string; close: () => Promise<void> }> {
  const used = new Map<string, number>();
  const server = createServer((req, res) => {
    handle(emulator, used, req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ message: `sandbox error: ${String(error)}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function handle(
  emulator: Emulator,
  used: Map<string, number>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const started = performance.now();
  const text = await readBody(req);
  const method = req.method ?? 'GET';
  const headerDelivery = req.headers[DELIVERY_HEADER];
  const log = (entry: Omit<RequestLogEntry, 'ms' | 'method'>) =>
    emulator.requests.push({
      method,
      ...entry,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });

  // Faults hit API calls made with a token, never the JWT exchange that gets one.
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const op = emulator.faults ? emulator.contracts?.operationFor(method, path) : undefined;
  const fault = isTokenExchange(req.url ?? '') ? undefined : emulator.faults?.next(op?.operationId);
  const delivered = typeof headerDelivery === 'string' ? headerDelivery : null;
  // The fault's answer in place of GitHub's (a reset answers nothing at all).
  const answerFault = (
    kind: FaultKind,
    route: string,
    operation: string | null,
    delivery = delivered,
  ) => {
    let status = 0;
    if (kind === 'connection-reset') req.socket.destroy();
    else {
      const answer = faultResponse(kind);
      res.writeHead(answer.status, answer.headers);
      res.end(answer.text);
      status = answer.status;
    }
    log({ route, operation, status, delivery });
  };
  if (fault !== undefined && !fault.after) {
    answerFault(fault.kind, op?.path ?? path, op?.operationId ?? null);
    return;
  }

  let body: unknown;
  if (text.length > 0) {
    try {
      body = JSON.parse(text);
    } catch {
      res.writeHead(400, { 'content-type': 'application/json; charset=utf-8' });
      res.end(
        JSON.stringify({
          message: 'Problems parsing JSON',
          documentation_url: 'https://docs.github.com/rest',
        }),
      );
      return;
    }
  }
  const response = emulator.handle({ method, url: req.url ?? '/', headers: req.headers, body });
  if (fault?.after) {
    // GitHub did the work (and sent its webhooks); only the answer is lost on the way back.
    const delivery = delivered ?? response.caller?.delivery ?? null;
    answerFault(fault.kind, response.route ?? path, response.operation ?? null, delivery);
    return;
  }
  const caller = response.caller;
  const headers: Record<string, string> = {
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    'x-github-request-id': `SANDBOX:${emulator.requests.length + 1}`,
    ...rateLimitHeaders(emulator, used, caller?.delivery ? 'action' : caller?.kind, caller?.login),
    ...response.headers,
  };
  if (response.raw !== undefined) {
    res.writeHead(response.status, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
    res.end(response.raw);
  } else if (response.status === 204 || response.body === undefined) {
    res.writeHead(response.status, headers);
    res.end();
  } else {
    res.writeHead(response.status, {
      ...headers,
      'content-type': 'application/json; charset=utf-8',
    });
    res.end(JSON.stringify(response.body));
  }
  const delivery = typeof headerDelivery === 'string' ? headerDelivery : (caller?.delivery ?? null);
  log({
    route: response.route ?? new URL(req.url ?? '/', 'http://x').pathname,
    operation: response.operation ?? null,
    status: response.status,
    delivery,
  });
}

function isTokenExchange(url: string): boolean {
  return /^\/app\/installations\/[^/]+\/access_tokens/.test(url);
}

function rateLimitHeaders(
  emulator: Emulator,
  used: Map<string, number>,
  kind: string | undefined,
  login: string | undefined,
): Record<string, string> {
  const key = `${kind}:${login}`;
  const count = (used.get(key) ?? 0) + 1;
  used.set(key, count);
  const limit = kind === 'action' ? RATE_LIMIT.action : RATE_LIMIT.installation;
  const reset = Math.floor(emulator.clock.now().getTime() / 1000 / 3600 + 1) * 3600;
  return {
    'x-ratelimit-limit': String(limit),
    'x-ratelimit-remaining': String(Math.max(0, limit - count)),
    'x-ratelimit-used': String(count),
    'x-ratelimit-reset': String(reset),
    'x-ratelimit-resource': 'core',
  };
}

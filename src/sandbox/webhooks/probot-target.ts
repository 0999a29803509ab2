import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApplicationFunction, createNodeMiddleware, Probot, ProbotOctokit } from 'probot';
import { DELIVERY_HEADER } from '../emulator/http-server.ts';
import { APP_ID } from '../emulator/world.ts';
import type { Delivery, WebhookTarget } from './target.ts';

export const WEBHOOK_PATH = '/api/github/webhooks';

/** A limiter group that never waits: the sandbox compresses the app's pacing, not its logic. */
const noWait = {
  key: () => ({
    schedule: (...args: unknown[]) => {
      const fn = (typeof args[0] === 'function' ? args[0] : args[1]) as (
        ...a: unknown[]
      ) => unknown;
      const rest = args.slice(typeof args[0] === 'function' ? 1 : 2);
      return Promise.resolve(fn(...rest));
    },
  }),
};

/**
 * The real app in the loop: a Probot instance authenticating as the sandbox App against the
 * emulator, behind its own node:http server on 127.0.0.1, receiving signed webhooks.
 * Octokit's waits (1 s between writes, retry back-off in seconds) become milliseconds so a
 * lifecycle runs in seconds; what it retries and how often stays the same.
 */
export async function startProbotTarget(options: {
  emulatorUrl: string;
  privateKey: string;
  secret: string;
  appFn: ApplicationFunction;
  logLevel?: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';
}): Promise<WebhookTarget & { url: string }> {
  const current = new AsyncLocalStorage<string>();
  const tagged: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    const id = current.getStore();
    if (id) headers.set(DELIVERY_HEADER, id);
    return fetch(input, { ...init, headers });
  };
  // A function, not an object: Probot passes its own `throttle` options, which would replace
  // ours wholesale; here they are merged, keeping Probot's handlers and dropping only the waits.
  const Octokit = ProbotOctokit.defaults((instance: Record<string, unknown>) => ({
    ...instance,
    retry: { ...(instance.retry as object), retryAfterBaseValue: 1 },
    throttle: {
      ...(instance.throttle as object),
      retryAfterBaseValue: 1,
      write: noWait,
      notifications: noWait,
      search: noWait,
    },
    request: { ...(instance.request as object), fetch: tagged },
  }));
  const probot = new Probot({
    appId: APP_ID,
    privateKey: options.privateKey,
    secret: options.secret,
    baseUrl: options.emulatorUrl,
    Octokit,
    logLevel: options.logLevel ?? 'fatal',
    request: { fetch: tagged },
  });
  const middleware = await createNodeMiddleware(options.appFn, {
    probot,
    webhooksPath: WEBHOOK_PATH,
  });
  const server = createServer((req, res) => {
    const id = req.headers['x-github-delivery'];
    const run = () =>
      middleware(req, res, () => {
        res.writeHead(404).end();
      });
    void (typeof id === 'string' ? current.run(id, run) : run());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    accepts: () => true,
    async deliver(delivery: Delivery): Promise<number> {
      const response = await fetch(`${url}${WEBHOOK_PATH}`, {
        method: 'POST',
        headers: deliveryHeaders(delivery),
        body: delivery.body,
      });
      await response.arrayBuffer();
      return response.status;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** The headers GitHub sends with a delivery. */
export function deliveryHeaders(delivery: Delivery): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': 'GitHub-Hookshot/sandbox',
    'x-github-event': delivery.event,
    'x-github-delivery': delivery.id,
    'x-github-hook-id': '1',
    'x-github-hook-installation-target-id': String(APP_ID),
    'x-github-hook-installation-target-type': 'integration',
    'x-hub-signature-256': delivery.signature,
  };
}

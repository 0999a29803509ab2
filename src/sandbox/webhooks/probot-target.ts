import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApplicationFunction, createNodeMiddleware, Probot } from 'probot';
import { DELIVERY_HEADER } from '../emulator/http-server.ts';
import { APP_ID } from '../emulator/world.ts';
import { sandboxOctokit } from './sandbox-octokit.ts';
import type { AlertPost, Delivery, WebhookTarget } from './target.ts';

export const WEBHOOK_PATH = '/api/github/webhooks';

/**
 * The real app in the loop: a Probot instance authenticating as the sandbox App against the
 * emulator, behind its own node:http server on 127.0.0.1, receiving signed webhooks.
 */
export async function startProbotTarget(options: {
  emulatorUrl: string;
  privateKey: string;
  secret: string;
  appFn: ApplicationFunction;
  logLevel?: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal';
  /** A logger of the caller's (tests scan what the app logs); Probot's own otherwise. */
  log?: ConstructorParameters<typeof Probot>[0] extends infer O
    ? O extends { log?: infer L }
      ? L
      : never
    : never;
}): Promise<WebhookTarget & { url: string }> {
  const current = new AsyncLocalStorage<string>();
  const tagged: typeof fetch = (input, init) => {
    const headers = new Headers(init?.headers);
    const id = current.getStore();
    if (id) headers.set(DELIVERY_HEADER, id);
    return fetch(input, { ...init, headers });
  };
  const Octokit = sandboxOctokit(tagged);
  const probot = new Probot({
    appId: APP_ID,
    privateKey: options.privateKey,
    secret: options.secret,
    baseUrl: options.emulatorUrl,
    Octokit,
    logLevel: options.logLevel ?? 'fatal',
    ...(options.log ? { log: options.log } : {}),
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
    async alert(delivery: Delivery, post: AlertPost): Promise<number> {
      const query = `repo=${encodeURIComponent(post.repo)}`;
      const response = await fetch(`${url}/alerts/${encodeURIComponent(post.source)}?${query}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${post.token}`,
          // Only so the sandbox can tie the app's requests to this post in requests.jsonl.
          'x-github-delivery': delivery.id,
        },
        body: delivery.body,
      });
      await response.arrayBuffer();
      return response.status;
    },
    async schedule(delivery: Delivery): Promise<number> {
      // A scheduler lives beside the app, not behind its webhook endpoint: no signature.
      try {
        await current.run(delivery.id, () =>
          probot.receive({
            id: delivery.id,
            name: delivery.event,
            payload: delivery.payload,
          } as Parameters<typeof probot.receive>[0]),
        );
        return 200;
      } catch {
        return 500;
      }
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

import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { request } from 'node:http';
import { sign } from '@octokit/webhooks-methods';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEBHOOK_BODY_LIMIT } from '../../src/adapters/probot/server.ts';

let child: ChildProcess | undefined;
let url = '';
/** Everything the server has written to stdout and stderr: its log. */
let output = '';

/** Starts `npm start`'s entry and resolves with the URL it listens on. */
function start(): Promise<string> {
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: 2048,
    privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
    publicKeyEncoding: { type: 'spki', format: 'pem' },
  });
  child = spawn(process.execPath, ['bin/probot.js'], {
    env: {
      ...process.env,
      APP_ID: '1',
      PRIVATE_KEY: privateKey,
      WEBHOOK_SECRET: 'secret',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
    },
  });
  return new Promise((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /Listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (found) resolve(found);
    };
    child?.stdout?.on('data', collect);
    child?.stderr?.on('data', collect);
    child?.on('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
  });
}

beforeAll(async () => {
  url = await start();
}, 60_000);
afterAll(() => child?.kill());

interface Sent {
  event?: string;
  id: string;
  body: string | Buffer;
  signature?: string;
  /** Sent chunked, without a Content-Length (a body that does not say its size). */
  chunked?: boolean;
}

/** One webhook POST over node:http; resolves with the status and the response body. */
function post(sent: Sent): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const body = typeof sent.body === 'string' ? Buffer.from(sent.body) : sent.body;
    const req = request(`${url}/api/github/webhooks`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-github-event': sent.event ?? 'issues',
        'x-github-delivery': sent.id,
        'x-hub-signature-256': sent.signature ?? `sha256=${'0'.repeat(64)}`,
        ...(sent.chunked ? { 'transfer-encoding': 'chunked' } : { 'content-length': body.length }),
      },
    });
    let status = 0;
    let text = '';
    req.on('response', (res) => {
      status = res.statusCode ?? 0;
      res.on('data', (chunk: Buffer) => {
        text += chunk.toString();
      });
      res.on('end', () => resolve({ status, text }));
    });
    // The server may close the connection before the whole body is sent: that is the point.
    req.on('error', (error) => {
      if (!/EPIPE|ECONNRESET/.test(error.message)) reject(error);
    });
    req.on('close', () => resolve({ status, text }));
    const piece = 64 * 1024;
    for (let i = 0; i < body.length; i += piece) req.write(body.subarray(i, i + piece));
    req.end();
  });
}

/**
 * The log bytes one request causes: the log is one ordered stream, so once a later marker
 * request's line is in it, every line the first request caused is in it too.
 */
async function logBytesOf(sent: Sent): Promise<{ status: number; text: string; log: string }> {
  const before = output.length;
  const response = await post(sent);
  const marker = `marker-${sent.id}`;
  await post({ id: marker, body: 'x'.repeat(WEBHOOK_BODY_LIMIT + 1) });
  while (!output.includes(marker, before)) await new Promise((r) => setTimeout(r, 20));
  const log = output.slice(before, output.indexOf(marker, before));
  return { ...response, log: log.slice(0, log.lastIndexOf('\n') + 1) };
}

const tenMegabytes = () => JSON.stringify({ action: 'opened', junk: 'A'.repeat(10_000_000) });

describe('the app server entry (npm start)', () => {
  it('listens on loopback and refuses a webhook whose signature is wrong', async () => {
    const response = await post({ id: 'entry-test', body: JSON.stringify({ action: 'opened' }) });
    expect(response.status).toBe(400);
  });

  it('refuses a 10 MB body with a wrong signature before reading it, in one short log line', async () => {
    const sent = await logBytesOf({ id: 'ten-mb', body: tenMegabytes() });
    expect(sent.status).toBe(413);
    expect(sent.log.length).toBeLessThan(500);
    expect(sent.log.trim().split('\n')).toHaveLength(1);
    expect(sent.log).toContain(
      'webhook ten-mb (issues) refused: 10000029 bytes is over the limit of 4194304 bytes',
    );
  });

  it('refuses a chunked body as soon as it passes the limit', async () => {
    const sent = await logBytesOf({ id: 'chunked', body: tenMegabytes(), chunked: true });
    expect(sent.status).toBe(413);
    expect(sent.log.length).toBeLessThan(500);
  });

  it('never logs the payload of a wrongly signed body under the limit', async () => {
    const body = JSON.stringify({ action: 'opened', junk: 'B'.repeat(3_000_000) });
    const sent = await logBytesOf({ id: 'three-mb', body });
    expect(sent.status).toBe(400);
    expect(sent.log).not.toContain('BBBB');
    expect(sent.log.length).toBeLessThan(3_000);
  });

  it('ignores a signed payload whose repository has no owner, in one log line and no stack', async () => {
    const body = JSON.stringify({
      action: 'labeled',
      issue: { number: 1 },
      repository: { name: 'shop' },
      sender: { login: 'mallory', type: 'User' },
      installation: { id: 1 },
    });
    const sent = await logBytesOf({
      id: 'no-owner',
      body,
      signature: await sign('secret', body),
    });
    expect(sent.status).toBe(200);
    expect(sent.text).not.toMatch(/at .*\.ts:\d+/);
    const lines = sent.log.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0] ?? '{}').msg).toBe(
      'issues.labeled no-owner: ignored: malformed payload (repository: missing)',
    );
  });
});

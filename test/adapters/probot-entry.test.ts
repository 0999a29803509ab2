import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';

let child: ChildProcess | undefined;
afterEach(() => child?.kill());

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
    },
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child?.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /Listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url) resolve(url);
    });
    child?.on('exit', (code) => reject(new Error(`exited ${code}: ${output}`)));
  });
}

describe('the app server entry (npm start)', () => {
  it('listens on loopback and refuses a webhook whose signature is wrong', async () => {
    const url = await start();
    const response = await fetch(`${url}/api/github/webhooks`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'issues',
        'x-github-delivery': 'entry-test',
        'x-hub-signature-256': `sha256=${'0'.repeat(64)}`,
      },
      body: JSON.stringify({ action: 'opened' }),
    });
    expect(response.status).toBe(400);
  });
});

import { generateKeyPairSync } from 'node:crypto';
import { pino } from 'pino';
import { Probot, ProbotOctokit } from 'probot';
import { createApp } from '../../src/adapters/probot/app.ts';

/** One key pair for the whole run: generating RSA keys is the slow part of a test. */
const { privateKey } = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});

/** A real Probot with App authentication (JWT, installation token), retries and throttling off. */
export async function testProbot(): Promise<Probot> {
  const probot = new Probot({
    appId: 123,
    privateKey,
    secret: 'test-secret',
    log: pino({ level: 'silent' }),
    Octokit: ProbotOctokit.defaults((options: Record<string, unknown>) => ({
      ...options,
      // A function, not an object: Probot sets its own throttle options after ours, and
      // only this form gets the last word (an object default leaves 1 s between writes).
      retry: { enabled: false },
      throttle: { ...(options.throttle as object), enabled: false },
    })),
  });
  await probot.load(createApp());
  return probot;
}

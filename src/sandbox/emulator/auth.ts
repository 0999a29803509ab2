import { generateKeyPairSync, type KeyObject, verify } from 'node:crypto';
import { GitHubError } from './errors.ts';
import type { Caller } from './world.ts';

/** An access token the emulator issued: who it acts as, and for which delivery (Action runs). */
export interface TokenGrant {
  login: string;
  kind: 'installation' | 'user';
  /** Real time of issue: the app's token cache runs on real time, so expiry must too. */
  issuedAt: number;
  expiresAt: string;
  delivery: string | undefined;
}

const HOUR = 3_600_000;

// One key pair per process: generating RSA keys is the slow part of starting an emulator.
let keys: { privateKey: string; publicKey: KeyObject } | undefined;
function keyPair() {
  if (!keys) {
    const pair = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const privateKey = pair.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
    keys = { privateKey, publicKey: pair.publicKey };
  }
  return keys;
}

/** The sandbox App's key pair (PKCS#1 PEM, the form GitHub hands out) and its tokens. */
export class AppAuth {
  readonly appId: number;
  readonly privateKey: string;
  #publicKey: KeyObject;
  #tokens = new Map<string, TokenGrant>();
  #count = 0;

  constructor(appId: number) {
    this.appId = appId;
    const pair = keyPair();
    this.privateKey = pair.privateKey;
    this.#publicKey = pair.publicKey;
  }

  /** Issues a token acting as `login`; `expiresAt` is virtual time, shown to the app. */
  issue(login: string, kind: TokenGrant['kind'], virtualNow: Date, delivery?: string): string {
    this.#count++;
    const token = `ghs_sandbox${String(this.#count).padStart(6, '0')}${'x'.repeat(19)}`;
    const expiresAt = new Date(virtualNow.getTime() + HOUR).toISOString().replace('.000Z', 'Z');
    this.#tokens.set(token, { login, kind, issuedAt: Date.now(), expiresAt, delivery });
    return token;
  }

  /** The grant behind a token, if it is known and not expired. */
  grant(token: string): TokenGrant | undefined {
    const grant = this.#tokens.get(token);
    if (!grant || Date.now() - grant.issuedAt > HOUR) return undefined;
    return grant;
  }

  /** Revokes every token (tests use it to see the app re-authenticate). */
  revokeAll(): void {
    this.#tokens.clear();
  }

  /**
   * Who an Authorization header speaks for. JWT claims are checked against real time, because
   * the app signs them with its real clock; virtual time only drives what GitHub records.
   */
  callerFor(header: string | undefined): Caller & { delivery?: string } {
    if (!header) throw new GitHubError(401, 'Requires authentication');
    const [scheme, value = ''] = header.split(/\s+/, 2);
    const lower = scheme?.toLowerCase();
    if (lower === 'bearer' && value.split('.').length === 3) {
      this.verifyJwt(value);
      return { login: 'incident-scribe', kind: 'app' };
    }
    if (lower === 'token' || lower === 'bearer') {
      const grant = this.grant(value);
      if (!grant) throw new GitHubError(401, 'Bad credentials');
      return { login: grant.login, kind: grant.kind, delivery: grant.delivery };
    }
    throw new GitHubError(401, 'Bad credentials');
  }

  /** RS256 signature, issuer and time claims, with GitHub's error messages. */
  verifyJwt(jwt: string): void {
    const [head = '', payload = '', signature = ''] = jwt.split('.');
    let header: { alg?: string };
    let claims: { iss?: unknown; iat?: unknown; exp?: unknown };
    try {
      header = JSON.parse(Buffer.from(head, 'base64url').toString('utf8'));
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    } catch {
      throw new GitHubError(401, 'A JSON web token could not be decoded');
    }
    const signed = Buffer.from(`${head}.${payload}`);
    const ok =
      header.alg === 'RS256' &&
      verify('RSA-SHA256', signed, this.#publicKey, Buffer.from(signature, 'base64url'));
    if (!ok) throw new GitHubError(401, 'A JSON web token could not be decoded');
    if (String(claims.iss) !== String(this.appId)) {
      throw new GitHubError(401, "'Issuer' claim ('iss') must be an Integer");
    }
    const now = Math.floor(Date.now() / 1000);
    if (typeof claims.exp !== 'number' || claims.exp <= now) {
      throw new GitHubError(
        401,
        "'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires",
      );
    }
    if (typeof claims.iat !== 'number' || claims.iat > now + 60) {
      throw new GitHubError(
        401,
        "'Issued at' claim ('iat') must be an Integer representing the time that the assertion was issued",
      );
    }
    if (claims.exp - claims.iat > 600) {
      throw new GitHubError(401, "'Expiration time' claim ('exp') is too far in the future");
    }
  }
}

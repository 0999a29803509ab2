import { createContractChecker } from '../../src/sandbox/contracts/contract-checker.ts';
import type { ContractChecker } from '../../src/sandbox/contracts/violation.ts';
import { Emulator, type EmulatorOptions } from '../../src/sandbox/emulator/emulator.ts';

let shared: ContractChecker | undefined;

/** GitHub's contracts, loaded once per test file: checks are always on in tests. */
export function contracts(): ContractChecker {
  shared ??= createContractChecker();
  return shared;
}

/** An emulator for acme/shop at 2024-01-15 09:58 UTC with the usual cast, contracts on. */
export function startEmulator(options: Partial<EmulatorOptions> = {}): Promise<Emulator> {
  return Emulator.start({
    repo: 'acme/shop',
    start: '2024-01-15T09:58:00Z',
    users: { alice: 'write', bob: 'maintain', carol: 'admin', tina: 'triage', mallory: 'read' },
    contracts: contracts(),
    ...options,
  });
}

/** A fetch against the emulator with a token, returning status, headers and parsed body. */
export async function api(
  emulator: Emulator,
  token: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; headers: Headers; body: unknown }> {
  const response = await fetch(`${emulator.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    body: text ? JSON.parse(text) : undefined,
  };
}

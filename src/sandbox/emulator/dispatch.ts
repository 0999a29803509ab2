import type { IncomingHttpHeaders } from 'node:http';
import type { ContractChecker, Violation } from '../contracts/violation.ts';
import type { AppAuth } from './auth.ts';
import { GitHubError } from './errors.ts';
import type { RouteResult, Router } from './router.ts';
import type { Caller, World } from './world.ts';

/** One request to the emulated API, over HTTP or in-process (scenario users). */
export interface EmulatorRequest {
  method: string;
  /** Path and query, e.g. `/repos/acme/shop/issues?state=all`. */
  url: string;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** Set for in-process requests: the scenario says who acts, no token needed. */
  caller?: Caller;
}

export interface EmulatorResponse extends RouteResult {
  headers: Record<string, string>;
  /** The OpenAPI operationId and path template, when GitHub documents the request. */
  operation: string | undefined;
  route: string | undefined;
  caller: (Caller & { delivery?: string }) | undefined;
}

/**
 * The emulator's request pipeline: authenticate, check the request against GitHub's contract,
 * run the route, check the response. Violations are collected, never swallowed.
 */
export function dispatch(
  world: World,
  router: Router,
  auth: AppAuth,
  contracts: ContractChecker | undefined,
  violations: Violation[],
  request: EmulatorRequest,
): EmulatorResponse {
  const url = new URL(request.url, 'http://emulator.invalid');
  const method = request.method.toUpperCase();
  const documented = contracts?.operationFor(method, url.pathname);
  const match = router.match(method, url.pathname);
  const operation = documented?.operationId;
  const route = match?.route.path ?? documented?.path;
  let caller: EmulatorResponse['caller'];
  let result: RouteResult;
  try {
    caller = request.caller ?? auth.callerFor(request.headers.authorization);
    if (!match) {
      if (documented) {
        violations.push({
          kind: 'unknown-operation',
          operation: documented.operationId,
          schemaPath: '',
          instancePath: '',
          message: `${method} ${documented.path} is GitHub API but the sandbox does not emulate it yet`,
        });
      } else if (contracts) {
        violations.push({
          kind: 'unknown-operation',
          operation: `${method} ${url.pathname}`,
          schemaPath: '',
          instancePath: '',
          message: 'no such operation in GitHub REST API description',
        });
      }
      throw new GitHubError(404, 'Not Found');
    }
    if (match.route.auth === 'app' && caller.kind !== 'app') {
      throw new GitHubError(401, 'A JSON web token could not be decoded');
    }
    if (match.route.auth !== 'app' && caller.kind === 'app') {
      throw new GitHubError(403, 'Resource not accessible by integration');
    }
    const body = (request.body ?? {}) as Record<string, unknown>;
    if (contracts && operation) {
      const found = contracts.checkRequest(operation, {
        params: match.params,
        query: url.searchParams,
        body: request.body,
        contentType: request.headers['content-type'],
      });
      if (found.length > 0) {
        violations.push(...found);
        const first = found[0] as Violation;
        throw new GitHubError(422, `Invalid request.\n\n${first.instancePath}: ${first.message}`);
      }
    }
    result = match.route.handler({
      world,
      caller,
      params: match.params,
      query: url.searchParams,
      body,
      headers: request.headers,
      url,
    });
  } catch (error) {
    if (!(error instanceof GitHubError)) throw error;
    result = { status: error.status, body: error.body(), headers: error.headers };
  }
  if (contracts && operation && result.raw === undefined) {
    violations.push(...contracts.checkResponse(operation, result.status, result.body));
  }
  return { ...result, headers: result.headers ?? {}, operation, route, caller };
}

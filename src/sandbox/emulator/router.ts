import type { IncomingHttpHeaders } from 'node:http';
import type { Caller, World } from './world.ts';

/** What a route handler sees of one request. */
export interface RouteContext {
  world: World;
  caller: Caller;
  params: Record<string, string>;
  query: URLSearchParams;
  body: Record<string, unknown>;
  headers: IncomingHttpHeaders;
  /** The request path with its query string, for Link headers. */
  url: URL;
}

/** A handler's answer; `raw` is sent as text instead of JSON. */
export interface RouteResult {
  status: number;
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
}

/** Who may call a route: the App itself (JWT) or an installation / user token. */
export type RouteAuth = 'app' | 'token';

export interface Route {
  method: string;
  /** The path template exactly as @octokit/openapi writes it, so it names the operation. */
  path: string;
  auth?: RouteAuth;
  handler: (ctx: RouteContext) => RouteResult;
}

interface CompiledRoute extends Route {
  pattern: RegExp;
  names: string[];
  literals: number;
}

// Parameters that may contain slashes: a file path, a git ref such as heads/main.
const GREEDY = new Set(['path', 'ref']);

/** Compiles an OpenAPI path template into a matcher. */
export function compileTemplate(path: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = path
    .split('/')
    .map((segment) =>
      segment.replace(/\{([^}]+)\}|[^{]+/g, (part, name?: string) => {
        if (name === undefined) return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        names.push(name);
        return GREEDY.has(name) ? '(.+)' : '([^/]+)';
      }),
    )
    .join('/');
  return { pattern: new RegExp(`^${source}$`), names };
}

/** Matches method + path to a route, preferring the template with the most literal text. */
export class Router {
  #routes: CompiledRoute[] = [];

  add(routes: Route[]): void {
    for (const route of routes) {
      const { pattern, names } = compileTemplate(route.path);
      const literals = route.path.replace(/\{[^}]+\}/g, '').length;
      this.#routes.push({ ...route, pattern, names, literals });
    }
    this.#routes.sort((a, b) => b.literals - a.literals);
  }

  match(
    method: string,
    pathname: string,
  ): { route: Route; params: Record<string, string> } | undefined {
    for (const route of this.#routes) {
      if (route.method !== method) continue;
      const found = route.pattern.exec(pathname);
      if (!found) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = decodeURIComponent(found[i + 1] ?? '');
      });
      return { route, params };
    }
    return undefined;
  }

  /** Every method + path the emulator answers, for the contract subset generator and docs. */
  list(): { method: string; path: string }[] {
    return this.#routes.map(({ method, path }) => ({ method, path }));
  }
}

import { readFileSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import { compileTemplate } from '../emulator/router.ts';
import { createAjv, deepestError } from './ajv.ts';
import type { Violation } from './violation.ts';

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schema: Record<string, unknown>;
}

interface Operation {
  method: string;
  path: string;
  parameters: Parameter[];
  requestBody: { required: boolean; schema: unknown } | null;
  responses: Record<string, unknown>;
}

interface Subset {
  source: string;
  index: [string, string, string][];
  operations: Record<string, Operation>;
}

const SUBSET_URL = new URL('./generated/rest-subset.json', import.meta.url);

/**
 * GitHub's REST contract from @octokit/openapi (a generated subset, see
 * scripts/generate-contract-subset.ts): which operation a request is, and whether the request
 * and the response match the documented parameters and schemas.
 */
export class RestContract {
  readonly source: string;
  #subset: Subset;
  #ajv = createAjv();
  #validators = new Map<string, ValidateFunction>();
  #matchers: { method: string; pattern: RegExp; path: string; id: string; literals: number }[];

  constructor(subset: Subset = JSON.parse(readFileSync(SUBSET_URL, 'utf8')) as Subset) {
    this.#subset = readErrorUnionsAsAnyOf(subset);
    this.source = subset.source;
    this.#ajv.addSchema(this.#subset as unknown as object, 'rest');
    this.#matchers = subset.index
      .map(([method, path, id]) => ({
        method,
        path,
        id,
        pattern: compileTemplate(path).pattern,
        literals: path.replace(/\{[^}]+\}/g, '').length,
      }))
      .sort((a, b) => b.literals - a.literals);
  }

  /** The documented operation for a concrete request path. */
  operationFor(
    method: string,
    pathname: string,
  ): { operationId: string; path: string } | undefined {
    for (const m of this.#matchers) {
      if (m.method === method && m.pattern.test(pathname))
        return { operationId: m.id, path: m.path };
    }
    return undefined;
  }

  /** True when the subset carries the operation's schemas (the emulator serves it). */
  has(operationId: string): boolean {
    return operationId in this.#subset.operations;
  }

  checkRequest(
    operationId: string,
    request: { params: Record<string, string>; query: URLSearchParams; body: unknown },
  ): Violation[] {
    const op = this.#subset.operations[operationId];
    if (!op) return [];
    const found: Violation[] = [];
    const violation = (instancePath: string, message: string, schemaPath = '') =>
      found.push({ kind: 'request', operation: operationId, schemaPath, instancePath, message });
    op.parameters.forEach((param, i) => {
      if (param.in !== 'path' && param.in !== 'query') return;
      const raw = param.in === 'path' ? request.params[param.name] : request.query.get(param.name);
      if (raw === undefined || raw === null) {
        if (param.required) violation(`/${param.in}/${param.name}`, 'required parameter missing');
        return;
      }
      const validate = this.#validator(`${operationId}#p${i}`, {
        $ref: `rest#/operations/${pointer(operationId)}/parameters/${i}/schema`,
      });
      if (!validate(coerce(raw, param.schema))) {
        const error = deepestError(validate.errors);
        violation(`/${param.in}/${param.name}`, error?.message ?? 'invalid', error?.schemaPath);
      }
    });
    const known = new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name));
    for (const name of new Set(request.query.keys())) {
      if (!known.has(name)) violation(`/query/${name}`, 'unknown query parameter');
    }
    if (op.requestBody) {
      if (request.body === undefined) {
        if (op.requestBody.required) violation('/body', 'request body is required');
      } else {
        const validate = this.#validator(`${operationId}#body`, {
          $ref: `rest#/operations/${pointer(operationId)}/requestBody/schema`,
        });
        if (!validate(request.body)) {
          const error = deepestError(validate.errors);
          violation(
            `/body${error?.instancePath ?? ''}`,
            error?.message ?? 'invalid',
            error?.schemaPath,
          );
        }
      }
    }
    return found;
  }

  checkResponse(operationId: string, status: number, body: unknown): Violation[] {
    const op = this.#subset.operations[operationId];
    if (!op) return [];
    const key =
      String(status) in op.responses
        ? String(status)
        : 'default' in op.responses
          ? 'default'
          : undefined;
    if (key === undefined) {
      // GitHub's description leaves out many error statuses; an undocumented success is a bug.
      if (status >= 300) return [];
      return [
        {
          kind: 'response',
          operation: operationId,
          schemaPath: '#/responses',
          instancePath: '',
          message: `status ${status} is not documented`,
        },
      ];
    }
    const validate = this.#validator(`${operationId}#r${key}`, {
      $ref: `rest#/operations/${pointer(operationId)}/responses/${key}`,
    });
    if (validate(body)) return [];
    const error = deepestError(validate.errors);
    return [
      {
        kind: 'response',
        operation: operationId,
        schemaPath: error?.schemaPath ?? '',
        instancePath: `/${status}${error?.instancePath ?? ''}`,
        message: error?.message ?? 'invalid',
      },
    ];
  }

  #validator(key: string, schema: object): ValidateFunction {
    let validate = this.#validators.get(key);
    if (!validate) {
      validate = this.#ajv.compile(schema);
      this.#validators.set(key, validate);
    }
    return validate;
  }
}

/**
 * GitHub describes some error answers as `oneOf` shapes that overlap completely: a 409 of the
 * contents API is a basic-error or a repository-rule-violation-error, neither with a required
 * or forbidden property, so the body GitHub really sends (`{message, documentation_url,
 * status}`) matches both and no body could pass `oneOf`. For error statuses the union is read
 * as `anyOf`: the body must still match one documented shape. Success bodies stay strict.
 */
function readErrorUnionsAsAnyOf(subset: Subset): Subset {
  const operations: Record<string, Operation> = {};
  for (const [id, op] of Object.entries(subset.operations)) {
    const responses: Record<string, unknown> = {};
    for (const [status, schema] of Object.entries(op.responses)) {
      const union = schema as { oneOf?: unknown[] } | null;
      if (Number(status) >= 400 && union && Array.isArray(union.oneOf)) {
        const { oneOf, ...rest } = union;
        responses[status] = { ...rest, anyOf: oneOf };
      } else {
        responses[status] = schema;
      }
    }
    operations[id] = { ...op, responses };
  }
  return { ...subset, operations };
}

function pointer(operationId: string): string {
  return operationId.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Query and path values arrive as strings; read them as the schema's type says. */
function coerce(raw: string, schema: Record<string, unknown>): unknown {
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  if (type === 'boolean' && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

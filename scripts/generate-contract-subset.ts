// Regenerates src/sandbox/contracts/generated/rest-subset.json from @octokit/openapi:
// the index of every REST operation (method, path, operationId), and, for the operations the
// emulator answers, their parameters, request body and response schemas with every component
// schema they reach. OpenAPI 3.0's `nullable` becomes plain JSON Schema so Ajv can check it.
// Run: npx tsx scripts/generate-contract-subset.ts   (add --check to fail when it is stale)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { emulatedRoutes } from '../src/sandbox/emulator/routes/index.ts';

const require = createRequire(import.meta.url);
const SPEC = require.resolve('@octokit/openapi/generated/api.github.com.json');
const VERSION = (require('@octokit/openapi/package.json') as { version: string }).version;
const OUT = new URL('../src/sandbox/contracts/generated/rest-subset.json', import.meta.url);
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
// Formats Ajv checks; GitHub's spec uses others (e.g. "repo.nameWithOwner") that mean nothing here.
const FORMATS = new Set(['date-time', 'uri', 'email', 'uri-template']);

type Json = Record<string, unknown>;

/** Builds the subset from the full spec text. */
export function buildSubset(specText: string): Json {
  const spec = JSON.parse(specText) as {
    paths: Record<string, Record<string, Json>>;
    components: Record<string, Record<string, Json>>;
  };
  const emulated = emulatedRoutes(() => ({ token: '', expiresAt: '' }));
  const index: [string, string, string][] = [];
  const operations: Record<string, Json> = {};
  const wanted = new Set<string>();

  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const operationId = op.operationId as string;
      index.push([method.toUpperCase(), path, operationId]);
      const served = emulated.some((r) => r.method === method.toUpperCase() && r.path === path);
      if (!served) continue;
      const parameters = ((op.parameters as Json[] | undefined) ?? []).map((p) => deref(spec, p));
      const body = deref(spec, (op.requestBody as Json | undefined) ?? {});
      const responses: Record<string, Json> = {};
      for (const [status, response] of Object.entries((op.responses as Json) ?? {})) {
        const resolved = deref(spec, response as Json);
        const content = resolved.content as Record<string, { schema?: Json }> | undefined;
        const schema = content?.['application/json']?.schema;
        responses[status] = schema ? clean(schema, wanted) : {};
      }
      const jsonBody = (body.content as Record<string, { schema?: Json }> | undefined)?.[
        'application/json'
      ]?.schema;
      operations[operationId] = {
        method: method.toUpperCase(),
        path,
        parameters: parameters.map((p) => ({
          name: p.name,
          in: p.in,
          required: p.required === true,
          schema: clean((p.schema as Json) ?? {}, wanted),
        })),
        requestBody: jsonBody
          ? { required: body.required === true, schema: clean(jsonBody, wanted) }
          : null,
        responses,
      };
    }
  }
  // Close over the component schemas the chosen operations reach.
  const schemas: Record<string, unknown> = {};
  const queue = [...wanted];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (name in schemas) continue;
    const found = new Set<string>();
    schemas[name] = clean(spec.components.schemas?.[name] ?? {}, found);
    for (const next of found) if (!(next in schemas)) queue.push(next);
  }
  index.sort((a, b) => (a[1] + a[0] < b[1] + b[0] ? -1 : 1));
  return {
    source: `@octokit/openapi ${VERSION} generated/api.github.com.json`,
    index,
    operations,
    components: { schemas: Object.fromEntries(Object.entries(schemas).sort()) },
  };
}

function deref(spec: { components: Record<string, Record<string, Json>> }, value: Json): Json {
  const ref = value.$ref;
  if (typeof ref !== 'string') return value;
  const [, , kind = '', name = ''] = ref.split('/');
  return deref(spec, spec.components[kind]?.[name] ?? {});
}

/** Drops documentation keys, turns `nullable` into JSON Schema, records component refs. */
function clean(schema: unknown, refs: Set<string>): Json {
  if (Array.isArray(schema)) return schema.map((s) => clean(s, refs)) as unknown as Json;
  if (!schema || typeof schema !== 'object') return schema as Json;
  const out: Json = {};
  for (const [key, value] of Object.entries(schema as Json)) {
    if (['description', 'example', 'examples', 'title', 'externalDocs', 'deprecated'].includes(key))
      continue;
    if (key.startsWith('x-')) continue;
    if (key === 'format' && !FORMATS.has(String(value))) continue;
    if (key === '$ref' && typeof value === 'string') {
      refs.add(value.replace('#/components/schemas/', ''));
      out.$ref = value;
      continue;
    }
    if (key === 'properties' && value && typeof value === 'object') {
      // Property names are data, not keywords: keep every one.
      out.properties = Object.fromEntries(
        Object.entries(value as Json).map(([k, v]) => [k, clean(v, refs)]),
      );
      continue;
    }
    out[key] = typeof value === 'object' && value !== null ? clean(value, refs) : value;
  }
  if (out.nullable === true) {
    delete out.nullable;
    if (typeof out.type === 'string') {
      out.type = [out.type, 'null'];
      if (Array.isArray(out.enum) && !out.enum.includes(null)) out.enum = [...out.enum, null];
    } else {
      return { anyOf: [out, { type: 'null' }] };
    }
  } else if (out.nullable === false) {
    delete out.nullable;
  }
  return out;
}

const isMain = process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop() ?? '');
if (isMain) {
  const text = `${JSON.stringify(buildSubset(readFileSync(SPEC, 'utf8')))}\n`;
  if (process.argv.includes('--check')) {
    const current = readFileSync(OUT, 'utf8');
    if (current !== text) {
      console.error('rest-subset.json is stale: run npx tsx scripts/generate-contract-subset.ts');
      process.exit(1);
    }
    console.log('rest-subset.json is up to date');
  } else {
    writeFileSync(OUT, text);
    console.log(`wrote ${OUT.pathname} (${Math.round(text.length / 1024)} KB)`);
  }
}

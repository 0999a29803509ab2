// Writes schema/incident-scribe.schema.json from the zod schema (npm run schema).
import { mkdir, writeFile } from 'node:fs/promises';
import { configJsonSchema } from '../src/core/config/json-schema.ts';

await mkdir('schema', { recursive: true });
await writeFile(
  'schema/incident-scribe.schema.json',
  `${JSON.stringify(configJsonSchema(), null, 2)}\n`,
);
console.log('wrote schema/incident-scribe.schema.json');

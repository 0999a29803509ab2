import * as z from 'zod';
import { configSchema } from './schema.ts';

/** The JSON Schema editors use for .github/incident-scribe.yml, generated from the zod schema. */
export function configJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(configSchema, { io: 'input', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return {
    ...schema,
    $id: 'https://github.com/incident-scribe/incident-scribe/schema/incident-scribe.schema.json',
    title: 'incident-scribe configuration (.github/incident-scribe.yml)',
    // `_extends` is read by the loader before validation.
    properties: {
      _extends: {
        type: 'string',
        description: 'Base configuration: repo, owner/repo or owner/repo:path.',
      },
      ...(schema.properties as object),
    },
  };
}

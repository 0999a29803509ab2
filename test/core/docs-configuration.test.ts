import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../../src/core/config/json-schema.ts';

type Schema = {
  properties?: Record<string, Schema>;
  additionalProperties?: Schema;
  items?: Schema;
  default?: unknown;
};

/** Every key path of the schema, "postmortem.folder" style, severity fields under "severities". */
function keys(schema: Schema, prefix = ''): string[] {
  const nested =
    schema.properties ?? schema.additionalProperties?.properties ?? schema.items?.properties ?? {};
  return Object.entries(nested).flatMap(([key, child]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return [path, ...keys(child, path)];
  });
}

describe('docs/configuration.md', () => {
  it('documents every configuration key', () => {
    const doc = readFileSync('docs/configuration.md', 'utf8');
    const missing = keys(configJsonSchema() as Schema).filter((path) => {
      const last = path.split('.').at(-1) as string;
      return !doc.includes(`\`${path}\``) && !doc.includes(`\`${last}\``);
    });
    expect(missing).toEqual([]);
  });
});

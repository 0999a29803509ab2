import type { Config } from '../../src/core/config/config.ts';
import { parseConfigText } from '../../src/core/config/validate-config.ts';

/** The configuration from YAML text (the defaults for an empty string); bad YAML throws. */
export function configFrom(yaml = ''): Config {
  const result = parseConfigText(yaml);
  if (!result.ok) throw new Error(`bad test configuration: ${JSON.stringify(result.problems)}`);
  return result.config;
}

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildSchema, type GraphQLSchema, parse, validate } from 'graphql';
import type { Violation } from './violation.ts';

const require = createRequire(import.meta.url);

/** GitHub's GraphQL schema from @octokit/graphql-schema, built on first use (it is 1.2 MB). */
export class GraphqlContract {
  #schema: GraphQLSchema | undefined;

  schema(): GraphQLSchema {
    if (!this.#schema) {
      const sdl = readFileSync(schemaFile(), 'utf8');
      this.#schema = buildSchema(sdl, { assumeValidSDL: true });
    }
    return this.#schema;
  }

  /** Parses and validates a query document; each GraphQL error becomes a violation. */
  check(query: string): Violation[] {
    let document: ReturnType<typeof parse>;
    try {
      document = parse(query);
    } catch (error) {
      return [violation('(unparsed)', (error as Error).message, '')];
    }
    const operation =
      document.definitions.find((d) => d.kind === 'OperationDefinition' && d.name)?.kind ===
      'OperationDefinition'
        ? ((
            document.definitions.find((d) => d.kind === 'OperationDefinition') as {
              name?: { value: string };
            }
          ).name?.value ?? '(anonymous)')
        : '(anonymous)';
    return validate(this.schema(), document).map((error) =>
      violation(
        operation,
        error.message,
        (error.locations ?? []).map((l) => `${l.line}:${l.column}`).join(','),
      ),
    );
  }
}

/** The package's exports hide schema.graphql (its entry parses the 5 MB JSON eagerly). */
function schemaFile(): string {
  for (const dir of require.resolve.paths('@octokit/graphql-schema') ?? []) {
    const file = join(dir, '@octokit', 'graphql-schema', 'schema.graphql');
    if (existsSync(file)) return file;
  }
  throw new Error('@octokit/graphql-schema is not installed');
}

function violation(operation: string, message: string, at: string): Violation {
  return {
    kind: 'graphql',
    operation,
    schemaPath: at ? `query@${at}` : '',
    instancePath: '',
    message,
  };
}

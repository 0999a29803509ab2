/** Where a contract was broken: the app's request, the emulator's response, a webhook, GraphQL. */
export type ViolationKind = 'request' | 'response' | 'webhook' | 'graphql' | 'unknown-operation';

/** One broken contract, named by the operation (or event) and the schema path that failed. */
export interface Violation {
  kind: ViolationKind;
  /** The OpenAPI operationId (`issues/create-comment`), or the webhook `event.action`. */
  operation: string;
  /** The JSON Schema path that failed (`#/required`), or '' when no schema applies. */
  schemaPath: string;
  /** Where in the checked value (`/body`, `/query/per_page`). */
  instancePath: string;
  message: string;
}

/** One line a person can act on: `request issues/create-comment: body must have ... (#/required)`. */
export function formatViolation(v: Violation): string {
  const at = v.instancePath ? ` at ${v.instancePath}` : '';
  const schema = v.schemaPath ? ` (schema ${v.schemaPath})` : '';
  return `${v.kind} ${v.operation}${at}: ${v.message}${schema}`;
}

/** What the emulator asks of the contract checker (a no-op checker turns checks off). */
export interface ContractChecker {
  /** The documented operation for a method and concrete path, if GitHub has one. */
  operationFor(method: string, pathname: string): { operationId: string; path: string } | undefined;
  checkRequest(
    operationId: string,
    request: {
      params: Record<string, string>;
      query: URLSearchParams;
      body: unknown;
      contentType: string | undefined;
    },
  ): Violation[];
  checkResponse(operationId: string, status: number, body: unknown): Violation[];
  checkWebhook(event: string, payload: Record<string, unknown>): Violation[];
  checkGraphql(query: string, variables: unknown): Violation[];
}

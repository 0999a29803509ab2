import { GraphqlContract } from './graphql-contract.ts';
import { RestContract } from './rest-contract.ts';
import type { ContractChecker, Violation } from './violation.ts';
import { WebhookContract } from './webhook-contract.ts';

/** All of GitHub's published contracts in one checker, each loaded once. */
export function createContractChecker(): ContractChecker {
  const rest = new RestContract();
  let webhooks: WebhookContract | undefined;
  const graphql = new GraphqlContract();
  return {
    operationFor: (method, pathname) => rest.operationFor(method, pathname),
    checkRequest: (operationId, request) => rest.checkRequest(operationId, request),
    checkResponse: (operationId, status, body) => rest.checkResponse(operationId, status, body),
    checkWebhook(event, payload): Violation[] {
      webhooks ??= new WebhookContract();
      return webhooks.check(event, payload);
    },
    checkGraphql: (query) => graphql.check(query),
  };
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import { createAjv, deepestError } from './ajv.ts';
import type { Violation } from './violation.ts';

const require = createRequire(import.meta.url);

/** GitHub's webhook payload contract from @octokit/webhooks-schemas. */
export class WebhookContract {
  #ajv = createAjv();
  #definitions: Record<string, unknown>;
  #validators = new Map<string, ValidateFunction>();

  constructor() {
    const schema = JSON.parse(
      readFileSync(require.resolve('@octokit/webhooks-schemas/schema.json'), 'utf8'),
    ) as { definitions: Record<string, unknown> };
    this.#definitions = schema.definitions;
    // Only the definitions: the root's oneOf over all 300+ events would compile everything.
    this.#ajv.addSchema({ definitions: schema.definitions }, 'webhooks');
  }

  /** Validates one payload against `<event>$<action>` (or `<event>$event` when it has none). */
  check(event: string, payload: Record<string, unknown>): Violation[] {
    const action = typeof payload.action === 'string' ? payload.action : undefined;
    // An event whose `action` is free text (repository_dispatch's event_type) has one schema.
    const name =
      action && `${event}$${action}` in this.#definitions ? `${event}$${action}` : `${event}$event`;
    const operation = action ? `${event}.${action}` : event;
    if (!(name in this.#definitions)) {
      return [
        {
          kind: 'webhook',
          operation,
          schemaPath: '',
          instancePath: '',
          message: `no ${name} in @octokit/webhooks-schemas`,
        },
      ];
    }
    let validate = this.#validators.get(name);
    if (!validate) {
      validate = this.#ajv.compile({ $ref: `webhooks#/definitions/${name}` });
      this.#validators.set(name, validate);
    }
    if (validate(payload)) return [];
    const error = deepestError(validate.errors);
    return [
      {
        kind: 'webhook',
        operation,
        schemaPath: error?.schemaPath ?? '',
        instancePath: error?.instancePath ?? '',
        message: `${error?.message ?? 'invalid'}${error?.params ? ` ${JSON.stringify(error.params)}` : ''}`,
      },
    ];
  }
}

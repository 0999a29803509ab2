import { Ajv, type ErrorObject } from 'ajv';
import * as formats from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its plugin sits on `default` of the module object.
const addFormats = formats.default.default;

/** An Ajv for GitHub's published schemas: lenient about their extra keywords, strict on data. */
export function createAjv(): Ajv {
  const ajv = new Ajv({ strict: false, allErrors: false, validateSchema: false });
  addFormats(ajv);
  return ajv;
}

/** The most useful error of a failed validation: the deepest one. */
export function deepestError(errors: ErrorObject[] | null | undefined): ErrorObject | undefined {
  if (!errors || errors.length === 0) return undefined;
  return [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
}

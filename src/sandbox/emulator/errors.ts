/** One entry of a 422 response's `errors` array, as GitHub writes it. */
export interface FieldError {
  resource: string;
  code: string;
  field?: string;
  message?: string;
}

const DOCS = 'https://docs.github.com/rest';

/** An HTTP error the emulator answers in GitHub's body shape. */
export class GitHubError extends Error {
  readonly status: number;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    message: string,
    errors?: FieldError[],
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.status = status;
    this.errors = errors;
    this.headers = headers;
  }

  /** `{message, documentation_url, errors?, status}` exactly as api.github.com sends it. */
  body(): Record<string, unknown> {
    return {
      message: this.message,
      ...(this.errors ? { errors: this.errors } : {}),
      documentation_url: DOCS,
      status: String(this.status),
    };
  }
}

/** 404 Not Found, which GitHub also answers for resources the caller may not see. */
export function notFound(): GitHubError {
  return new GitHubError(404, 'Not Found');
}

/** 422 Validation Failed with one field error. */
export function validationFailed(error: FieldError): GitHubError {
  return new GitHubError(422, 'Validation Failed', [error]);
}

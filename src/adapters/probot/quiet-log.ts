import { getTransformStream } from '@probot/pino';
import { type Logger, pino } from 'pino';

/**
 * Probot's logger (same levels, formats and Sentry switch, read from the same environment
 * variables), except that it never writes a webhook payload. Probot and @octokit/webhooks log
 * an error with the event attached (`error.event.payload`): a 10 MB body with a wrong
 * signature became 31.5 MB of log. Here an error is its type, status, message and the top of
 * its stack, and an event is its id and name.
 */
export async function quietLog(env: Record<string, string | undefined>): Promise<Logger> {
  const logFormat = env.LOG_FORMAT
    ? env.LOG_FORMAT === 'pretty'
      ? 'pretty'
      : 'json'
    : env.NODE_ENV === 'production'
      ? 'json'
      : 'pretty';
  const transform = await getTransformStream({
    logFormat,
    logLevelInString: env.LOG_LEVEL_IN_STRING === 'true',
    ...(env.SENTRY_DSN ? { sentryDsn: env.SENTRY_DSN } : {}),
  });
  transform.pipe(process.stdout);
  return pino(
    {
      level: env.LOG_LEVEL || 'info',
      name: 'probot',
      messageKey: env.LOG_MESSAGE_KEY || 'msg',
      serializers: { err: quietError, error: quietError, event: quietEvent },
    },
    transform,
  );
}

const MAX_MESSAGE = 500;
const MAX_STACK = 2000;

/** An error as one short record: nothing attached to it (events, requests, responses). */
export function quietError(error: unknown): unknown {
  if (!(error instanceof Error)) return typeof error === 'string' ? cut(error, MAX_MESSAGE) : error;
  const status = (error as { status?: unknown }).status;
  return {
    type: error.name,
    message: cut(error.message, MAX_MESSAGE),
    ...(typeof status === 'number' ? { status } : {}),
    // A refused request (a 4xx: a wrong signature, bad JSON) is not a bug here: no stack.
    ...(error.stack && !(typeof status === 'number' && status < 500)
      ? { stack: cut(error.stack, MAX_STACK) }
      : {}),
    ...(error instanceof AggregateError
      ? { errors: error.errors.slice(0, 5).map(quietError) }
      : {}),
  };
}

/** A webhook event as its id and name: the payload is what an attacker controls. */
function quietEvent(event: unknown): unknown {
  const { id, name } = (event ?? {}) as { id?: unknown; name?: unknown };
  const short = (value: unknown) => (typeof value === 'string' ? cut(value, 100) : undefined);
  return { id: short(id), name: short(name) };
}

function cut(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} characters)` : text;
}

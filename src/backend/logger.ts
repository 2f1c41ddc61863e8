/**
 * Logger options for Fastify (pino). Request logs name the method, the route and the
 * status only: no headers, bodies, query strings, IP addresses or emails, so that tokens
 * and user content cannot reach a log by accident. Redaction is the second line of
 * defence for objects logged explicitly.
 */
import type { FastifyServerOptions } from 'fastify';

const REDACTED_PATHS = [
  'authorization',
  'headers.authorization',
  'req.headers.authorization',
  'req.headers.cookie',
  'token',
  'idToken',
  'email',
  'body',
  'title',
  'url',
  '*.authorization',
  '*.token',
  '*.email',
  '*.body',
  '*.title',
  '*.url',
];

interface LoggedRequest {
  method: string;
  url: string;
  id: string;
  routeOptions?: { url?: string };
}

export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  return {
    level,
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
    serializers: {
      req(request: LoggedRequest) {
        // The route pattern (/v1/meetings/:id) instead of the raw URL keeps query strings out.
        return {
          method: request.method,
          route: request.routeOptions?.url ?? request.url.split('?')[0],
          id: request.id,
        };
      },
      res(reply: { statusCode: number }) {
        return { statusCode: reply.statusCode };
      },
    },
  };
}

/** Type, code, message and stack only: driver errors can carry SQL with parameters in other fields. */
export function loggableFailure(error: unknown) {
  const { name, message, stack, code } = error as Partial<Error & { code: unknown }>;
  return { type: name, code, message, stack };
}

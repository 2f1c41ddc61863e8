/**
 * Every failure leaves as `{ error: code, message }` with a fitting status: a user's mistake
 * is a 4xx that says what to fix, an unreachable database or key set is a 503 with
 * Retry-After, and anything unexpected is a bare 500. No stack trace, SQL or content ever
 * reaches a response, and only an error's type, code and message reach the log.
 */
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type {
  ConnectionError,
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
} from 'fastify';
import { errorCodeForStatus } from '../../shared/errors';
import { MAX_REQUEST_BYTES } from '../../shared/limits';
import { ApiError } from '../api-error';
import { loggableFailure } from '../logger';
import { isStoreUnavailable } from '../store/unavailable';

/** Long enough for a database failover or a pool to recover, short enough for a sidebar. */
export const RETRY_AFTER_SECONDS = 5;

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(answerError);
  app.setNotFoundHandler((request, reply) => sendError(reply, noSuchRoute(request)));
}

/** The answer for a route that does not exist, or that the caller must not learn exists. */
export function noSuchRoute(request: FastifyRequest): ApiError {
  return new ApiError('not_found', `No route ${request.method} ${request.url.split('?')[0]}.`);
}

function answerError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  const apiError = toApiError(error);
  if (apiError.statusCode >= 500) logFailure(request, error, apiError);
  return sendError(reply, apiError);
}

/**
 * For Fastify's `frameworkErrors` option: errors raised before a route is found (a
 * malformed URL) bypass the error handler, and must still answer `{ error, message }`.
 */
export function answerFrameworkError(
  error: FastifyError,
  request: FastifyRequest,
  reply: FastifyReply,
): void {
  void answerError(error, request, reply);
}

/**
 * For Fastify's `clientErrorHandler` option: what Node's HTTP parser refuses (oversized
 * headers, a NUL in a header, raw bytes in the path, a broken chunked body, a request line
 * that is not HTTP) never becomes a request, so the answer is written to the socket here.
 */
export function answerClientError(error: ConnectionError, socket: Socket): void {
  // A reset connection has no one left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, message] = clientErrorAnswer(error.code);
  const body = JSON.stringify({ error: 'bad_request', message });
  if (socket.writable) {
    socket.write(
      [
        `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
        'Connection: close',
        'Content-Type: application/json; charset=utf-8',
        `Content-Length: ${Buffer.byteLength(body)}`,
        '',
        body,
      ].join('\r\n'),
    );
  }
  socket.destroy();
}

function clientErrorAnswer(code: string): [number, string] {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return [431, 'The request headers are larger than the server accepts.'];
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return [408, 'The request was not received in time.'];
    default:
      return [400, 'The request is not valid HTTP/1.1.'];
  }
}

function sendError(reply: FastifyReply, error: ApiError) {
  if (error.retryAfterSeconds !== undefined) {
    reply.header('retry-after', String(error.retryAfterSeconds));
  }
  return reply.status(error.statusCode).send({ error: error.code, message: error.message });
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isStoreUnavailable(error)) {
    return new ApiError(
      'unavailable',
      'The database is unavailable; retry shortly.',
      RETRY_AFTER_SECONDS,
    );
  }
  const fastifyError = error as Partial<FastifyError>;
  switch (fastifyError.code) {
    case 'FST_ERR_VALIDATION':
      return new ApiError('bad_request', fastifyError.message ?? 'The request is not valid.');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new ApiError('bad_request', 'The request body is not valid JSON.');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new ApiError(
        'payload_too_large',
        `The request body is larger than the limit of ${MAX_REQUEST_BYTES} bytes.`,
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new ApiError('unsupported_media_type', 'Send request bodies as application/json.');
    case 'FST_ERR_HANDLER_TIMEOUT':
      return new ApiError(
        'unavailable',
        'The request took too long; retry shortly.',
        RETRY_AFTER_SECONDS,
      );
  }
  // Fastify's own client errors (bad content length, malformed URL…) carry safe messages.
  const status = fastifyError.statusCode;
  const code = status !== undefined && status < 500 ? errorCodeForStatus(status) : undefined;
  if (code && fastifyError.message) return new ApiError(code, fastifyError.message);
  if (status !== undefined && status >= 400 && status < 500) {
    return new ApiError('bad_request', 'The request is not valid.');
  }
  return new ApiError('internal', 'Something went wrong on our side.');
}

function logFailure(request: FastifyRequest, error: unknown, apiError: ApiError): void {
  request.log.error({ failure: loggableFailure(error), error: apiError.code }, 'request failed');
}

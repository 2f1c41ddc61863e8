import { ERROR_STATUS, type ErrorCode } from '../shared/errors';

/**
 * An error meant for the caller: the error handler answers `{ error: code, message }` with
 * the code's status. Anything else thrown becomes a 500 without details.
 */
export class ApiError extends Error {
  readonly statusCode: number;

  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Sent as Retry-After for errors a retry may cure. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.name = 'ApiError';
    this.statusCode = ERROR_STATUS[code];
  }
}

/** Also the answer for things the caller may not see: their existence is not revealed. */
export function notFound(what: string): ApiError {
  return new ApiError('not_found', `${what} was not found.`);
}

export function forbidden(message: string): ApiError {
  return new ApiError('forbidden', message);
}

/**
 * The error codes of the Mingwork API, with the HTTP status each one travels with.
 * Every error response is `{ error: <code>, message: <text for people> }`.
 *
 * Plain constants with no imports: the Apps Script add-on loads this file at runtime.
 */
export const ErrorCode = {
  BadRequest: 'bad_request',
  Unauthenticated: 'unauthenticated',
  /** The caller can see the thing but may not change it (e.g. another guest's note). */
  Forbidden: 'forbidden',
  /** The caller's domain administrator disabled this account: every call but GET /v1/me. */
  AccountDisabled: 'account_disabled',
  /** Also for meetings the caller may not see: existence is never revealed. */
  NotFound: 'not_found',
  Conflict: 'conflict',
  PayloadTooLarge: 'payload_too_large',
  UnsupportedMediaType: 'unsupported_media_type',
  RateLimited: 'rate_limited',
  /** The backend or one of its dependencies is down for now: retry after `Retry-After`. */
  Unavailable: 'unavailable',
  Internal: 'internal',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const ERROR_STATUS: Readonly<Record<ErrorCode, number>> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  account_disabled: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
};

/**
 * The code a bare status stands for, for answers that carry no contract body (a proxy's
 * error page, a framework error): the inverse of ERROR_STATUS.
 */
export function errorCodeForStatus(status: number): ErrorCode | undefined {
  for (const code in ERROR_STATUS) {
    if (ERROR_STATUS[code as ErrorCode] === status) return code as ErrorCode;
  }
  return undefined;
}

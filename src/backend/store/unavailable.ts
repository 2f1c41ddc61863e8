/**
 * Recognises failures that mean "the database cannot serve right now" rather than a bug:
 * they become 503 with Retry-After, so clients retry instead of reporting a broken product.
 */
const UNAVAILABLE_CODES = new Set([
  // network, from mysql2
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  // MySQL server states
  'ER_CON_COUNT_ERROR',
  'ER_TOO_MANY_USER_CONNECTIONS',
  'ER_SERVER_SHUTDOWN',
  'ER_LOCK_WAIT_TIMEOUT',
  'ER_LOCK_DEADLOCK',
  'ER_OPTION_PREVENTS_STATEMENT',
  'ER_CONNECTION_KILLED',
  'ER_QUERY_INTERRUPTED',
  // grants revoked or credentials changed under a running service: an operator's fix away
  'ER_ACCESS_DENIED_ERROR',
  'ER_ACCESS_DENIED_NO_PASSWORD_ERROR',
  'ER_DBACCESS_DENIED_ERROR',
  'ER_TABLEACCESS_DENIED_ERROR',
  'ER_COLUMNACCESS_DENIED_ERROR',
  'ER_SPECIFIC_ACCESS_DENIED_ERROR',
  'ER_BAD_DB_ERROR',
  // SQLite
  'SQLITE_BUSY',
  'SQLITE_LOCKED',
  'SQLITE_CANTOPEN',
  'SQLITE_IOERR',
  'SQLITE_FULL',
  'SQLITE_READONLY',
  'SQLITE_PERM',
]);

/** mysql2 refuses a query outright, without a code, when its pool cannot take it. */
const POOL_REFUSALS = new Set(['Queue limit reached.', 'No connections available.']);

export function isStoreUnavailable(error: unknown): boolean {
  // Duck-typed: driver errors may come from another realm, where `instanceof Error` fails.
  if (typeof error !== 'object' || error === null) return false;
  const { code, fatal, message } = error as { code?: unknown; fatal?: unknown; message?: unknown };
  return (
    (typeof code === 'string' && [...UNAVAILABLE_CODES].some((c) => code.startsWith(c))) ||
    fatal === true ||
    (typeof message === 'string' && POOL_REFUSALS.has(message))
  );
}

// The one place that tells "the database is not there right now" from every
// other failure, for postgres-js and PGlite alike. Such a failure is not the
// user's fault and not a bug: actions answer it with the localized
// `unavailable` code (the text the user typed stays in the form), pages with
// the outage page, and nothing is retried behind the user's back.

/** SQLSTATE classes and codes that mean the server is going away or not accepting work. */
const UNAVAILABLE_SQLSTATES = new Set([
  '57P01', // admin_shutdown: pg_ctl stop / restart while we were connected
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now: starting up, shutting down, in recovery
  '57P05', // idle_session_timeout
  '53300', // too_many_connections
  '08000', // connection_exception
  '08001', // sqlclient_unable_to_establish_sqlconnection
  '08003', // connection_does_not_exist
  '08004', // sqlserver_rejected_establishment_of_sqlconnection
  '08006', // connection_failure
]);

/** postgres-js's own codes and Node's socket errors for a lost or refused connection. */
const UNAVAILABLE_CODES = new Set([
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  'CONNECT_TIMEOUT',
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOTFOUND',
  'DATABASE_UNAVAILABLE',
]);

/** Messages without a code: PGlite after close(), and our own open/timeout guards. */
const UNAVAILABLE_MESSAGES = [/PGlite is closed/i, /database is shutting down/i, /terminating connection due to administrator command/i];

/** Thrown by our own code (health probe, shutdown) when it gives up on the database. */
export class DatabaseUnavailableError extends Error {
  readonly code = 'DATABASE_UNAVAILABLE';
  constructor(message = 'database unavailable', options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

/**
 * True when `error` (or any error in its `cause` chain: drizzle wraps driver
 * errors in DrizzleQueryError, our open() wraps migrate failures) says the
 * database is unreachable, restarting or refusing connections.
 */
export function isDatabaseUnavailableError(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 8; depth++) {
    if (typeof current !== 'object') return false;
    const { code, message, errors } = current as { code?: unknown; message?: unknown; errors?: unknown };
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code))) return true;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true;
    // Node's happy-eyeballs connect failure is an AggregateError of per-address errors.
    if (Array.isArray(errors) && errors.some((inner) => isDatabaseUnavailableError(inner))) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

/** SQLSTATE of an error from `pg` or PGlite (both expose it as `code`). */
export const sqlState = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;

export const isUniqueViolation = (error: unknown) => sqlState(error) === '23505';

/** Node's socket errors, and the server's own "not now" SQLSTATEs: none is the statement's fault. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // admin_shutdown (a fast or smart stop), crash_shutdown, cannot_connect_now (starting or stopping),
  // too_many_connections
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

// What pg, pg-pool and PGlite throw, without a code, when the connection is gone or never came.
const UNAVAILABLE_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
  /^Cannot use a pool after calling end on the pool$/,
  /^PGlite is clos(ed|ing)$/,
];

/**
 * True when the database could not be reached or dropped the connection (stopped, restarting, the
 * network, the pool waiting in vain): the same statement may well succeed in a few seconds. Node
 * wraps a refused connection to several addresses in an AggregateError, and pg-pool nests causes.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!(error instanceof Error) || depth > 5) return false;
  const code = sqlState(error);
  if (code !== undefined && (UNAVAILABLE_CODES.has(code) || code.startsWith('08'))) return true;
  if (UNAVAILABLE_MESSAGES.some((message) => message.test(error.message))) return true;
  const nested = error instanceof AggregateError ? (error.errors as unknown[]) : [];
  return [error.cause, ...nested].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

// Classes start with a digit, or are HV, P0, XX or F0; Node's own codes (EPERM) never match.
const SQLSTATE = /^(?:[0-9][0-9A-Z]|HV|P0|XX|F0)[0-9A-Z]{3}$/;

/** Errors that came from the database (a statement it refused, or the connection), not from code around it. */
export const isDatabaseError = (error: unknown): boolean => isDatabaseUnavailable(error) || SQLSTATE.test(sqlState(error) ?? '');

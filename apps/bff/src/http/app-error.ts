/**
 * The BFF's one error type. Anything thrown is converted to this once (upstream errors in the
 * Chime gateway, validation in the request parser) and written once, as a problem+json body, by
 * the error middleware.
 */
export interface AppErrorOptions {
  /** Stable machine code, e.g. `validation_failed`, `not_found`, `upstream_throttled`. */
  code: string;
  status: number;
  /** Short human title of the error kind. */
  title: string;
  /** What went wrong and what to do about it, for the person in front of the console. */
  detail: string;
  retryable?: boolean;
  /** Seconds, for 429/503 answers. */
  retryAfter?: number;
  /** The upstream (Chime) request ID, when Chime answered. */
  upstreamRequestId?: string;
  fields?: { field: string; message: string }[];
  cause?: unknown;
}

export class AppError extends Error {
  readonly code: string;
  readonly status: number;
  readonly title: string;
  readonly retryable: boolean;
  readonly retryAfter: number | undefined;
  readonly upstreamRequestId: string | undefined;
  readonly fields: { field: string; message: string }[] | undefined;

  constructor(options: AppErrorOptions) {
    super(options.detail, { cause: options.cause });
    this.name = 'AppError';
    this.code = options.code;
    this.status = options.status;
    this.title = options.title;
    this.retryable = options.retryable ?? false;
    this.retryAfter = options.retryAfter;
    this.upstreamRequestId = options.upstreamRequestId;
    this.fields = options.fields;
  }

  get detail(): string {
    return this.message;
  }
}

export const badRequest = (detail: string, fields?: { field: string; message: string }[]) =>
  new AppError({ code: 'validation_failed', status: 400, title: 'Invalid request', detail, ...(fields && { fields }) });
export const notFound = (detail: string) => new AppError({ code: 'not_found', status: 404, title: 'Not found', detail });
export const unauthenticated = () =>
  new AppError({ code: 'unauthenticated', status: 401, title: 'Sign-in required', detail: 'Your session has ended; sign in again.' });
export const forbidden = (detail: string) => new AppError({ code: 'forbidden', status: 403, title: 'Not allowed', detail });

/** Seconds a client waits before retrying while the console's database is out: a restart or failover takes a few. */
const DATABASE_RETRY_AFTER_SECONDS = 5;

export const databaseUnavailable = (cause: unknown) =>
  new AppError({
    code: 'database_unavailable',
    status: 503,
    title: 'Database unavailable',
    detail: `The console's database is unavailable; retry in ${DATABASE_RETRY_AFTER_SECONDS} seconds, and tell an operator if it keeps happening.`,
    retryable: true,
    retryAfter: DATABASE_RETRY_AFTER_SECONDS,
    cause,
  });

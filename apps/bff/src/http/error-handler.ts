import type {} from 'pino-http';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Problem } from '@chime-console/contracts';
import { isDatabaseUnavailable } from '../db/errors.ts';
import { AppError, databaseUnavailable } from './app-error.ts';

/** Express's own body-parser errors carry a `type` and a status. */
interface BodyParserError {
  type: string;
  status: number;
}
const isBodyParserError = (error: unknown): error is BodyParserError =>
  typeof error === 'object' && error !== null && 'type' in error && 'status' in error;

const isClientHttpError = (error: unknown): error is { status: number; message: string } =>
  error instanceof Error && 'status' in error && typeof error.status === 'number' && error.status >= 400 && error.status < 500;

/** Converts anything thrown into the one AppError shape; unknown errors become an opaque 500. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  // Whichever query met the outage (a session lookup, a route's, an audit write), it is the same 503.
  if (isDatabaseUnavailable(error)) return databaseUnavailable(error);
  if (isBodyParserError(error)) {
    if (error.type === 'entity.too.large') {
      return new AppError({ code: 'body_too_large', status: 413, title: 'Request too large', detail: 'The request body is too large.' });
    }
    if (error.type === 'entity.parse.failed') {
      return new AppError({ code: 'malformed_json', status: 400, title: 'Invalid request', detail: 'The request body is not valid JSON.' });
    }
    return new AppError({ code: 'bad_body', status: 400, title: 'Invalid request', detail: 'The request body could not be read.' });
  }
  // Express's own middleware (static files, body parsing) throws http-errors with a client status.
  if (isClientHttpError(error)) {
    return error.status === 404
      ? new AppError({ code: 'not_found', status: 404, title: 'Not found', detail: 'There is no such file.' })
      : new AppError({ code: 'bad_request', status: error.status, title: 'Invalid request', detail: error.message });
  }
  return new AppError({
    code: 'internal_error',
    status: 500,
    title: 'Internal error',
    detail: 'Something went wrong in the console; try again, and tell an operator if it keeps happening.',
    cause: error,
  });
}

export function writeProblem(res: Parameters<RequestHandler>[1], error: AppError, requestId: string | undefined): void {
  const problem: Problem = {
    type: `https://chime-console.dev/problems/${error.code}`,
    title: error.title,
    status: error.status,
    detail: error.detail,
    code: error.code,
    retryable: error.retryable,
    ...(requestId !== undefined && { requestId }),
    ...(error.fields && { fields: error.fields }),
  };
  if (error.retryAfter !== undefined) res.setHeader('retry-after', String(error.retryAfter));
  // For the request metrics, which count answers by problem code.
  res.locals.problemCode = error.code;
  res.status(error.status).type('application/problem+json').send(JSON.stringify(problem));
}

/** The one place errors are written; routes never catch (Express 5 forwards async errors here). */
export const errorHandler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  const appError = toAppError(error);
  if (appError.status >= 500) req.log.error({ err: error, code: appError.code }, appError.detail);
  else req.log.info({ code: appError.code, status: appError.status }, appError.detail);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  writeProblem(res, appError, typeof req.id === 'string' ? req.id : undefined);
};

export const notFoundHandler: RequestHandler = (req) => {
  throw new AppError({ code: 'route_not_found', status: 404, title: 'Not found', detail: `No API endpoint ${req.method} ${req.path}.` });
};

/**
 * Chime's modelled exceptions. Handlers throw these; `writeError` in respond.ts is the only place
 * that turns one into bytes. The header carries the exception name, the body carries the
 * ErrorCode enum value: both real clients read the header first, and without it they would
 * report the body's `Code` ("NotFound") instead of the modelled exception.
 */
export type ErrorCode =
  | 'BadRequest'
  | 'Unauthorized'
  | 'Forbidden'
  | 'NotFound'
  | 'Conflict'
  | 'Unprocessable'
  | 'Throttled'
  | 'ServiceFailure'
  | 'ServiceUnavailable';

export abstract class ChimeException extends Error {
  abstract readonly status: number;
  abstract readonly code: ErrorCode;
  /** Value of `x-amzn-ErrorType`, e.g. `NotFoundException`. */
  get errorType(): string {
    return this.constructor.name;
  }
}

export class BadRequestException extends ChimeException {
  readonly status = 400;
  readonly code = 'BadRequest';
}
export class UnauthorizedClientException extends ChimeException {
  readonly status = 401;
  readonly code = 'Unauthorized';
}
export class ForbiddenException extends ChimeException {
  readonly status = 403;
  readonly code = 'Forbidden';
}
export class NotFoundException extends ChimeException {
  readonly status = 404;
  readonly code = 'NotFound';
}
export class ConflictException extends ChimeException {
  readonly status = 409;
  readonly code = 'Conflict';
}
export class UnprocessableEntityException extends ChimeException {
  readonly status = 422;
  readonly code = 'Unprocessable';
}
export class ThrottledClientException extends ChimeException {
  readonly status = 429;
  readonly code = 'Throttled';
}
export class ServiceFailureException extends ChimeException {
  readonly status = 500;
  readonly code = 'ServiceFailure';
}
export class ServiceUnavailableException extends ChimeException {
  readonly status = 503;
  readonly code = 'ServiceUnavailable';
}
/** Not a Chime operation at all: no route matched method + path + `operation`. */
export class UnknownOperationException extends ChimeException {
  readonly status = 404;
  readonly code = 'NotFound';
}

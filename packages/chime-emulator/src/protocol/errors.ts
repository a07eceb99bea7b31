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

/** A modelled exception's class: its HTTP status and the `Code` its body carries; its name is the error type. */
function exception(status: number, code: ErrorCode) {
  return class extends ChimeException {
    readonly status = status;
    readonly code = code;
  };
}

export class BadRequestException extends exception(400, 'BadRequest') {}
export class UnauthorizedClientException extends exception(401, 'Unauthorized') {}
export class ForbiddenException extends exception(403, 'Forbidden') {}
export class NotFoundException extends exception(404, 'NotFound') {}
export class ConflictException extends exception(409, 'Conflict') {}
export class UnprocessableEntityException extends exception(422, 'Unprocessable') {}
export class ThrottledClientException extends exception(429, 'Throttled') {}
export class ServiceFailureException extends exception(500, 'ServiceFailure') {}
export class ServiceUnavailableException extends exception(503, 'ServiceUnavailable') {}
/** Not a Chime operation at all: no route matched method + path + `operation`. */
export class UnknownOperationException extends exception(404, 'NotFound') {}

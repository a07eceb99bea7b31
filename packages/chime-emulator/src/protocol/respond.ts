import type { ServerResponse } from 'node:http';
import { ChimeException, ServiceFailureException } from './errors.ts';
import { giveBackOnceSent, takeBodyBuffer } from './perf/body-pool.ts';
import { encodeJson } from './perf/json-body.ts';

/** The one place a Chime response is written: success bodies, empty 204s and every error. */
export function writeResult(res: ServerResponse, status: number, body: unknown, requestId: string): void {
  if (status === 204 || body === undefined) {
    res.writeHead(status, ['x-amzn-RequestId', requestId, 'content-length', '0']);
    res.end();
    return;
  }
  writeJson(res, status, body, ['x-amzn-RequestId', requestId]);
}

/**
 * `operation` is undefined when the request failed before it was routed. Anything that is not a
 * Chime exception is the emulator's own bug: the caller sees Chime's generic 500, and stderr gets
 * the one line that says what actually broke.
 */
export function writeError(res: ServerResponse, error: unknown, requestId: string, operation?: string): ChimeException {
  const exception = error instanceof ChimeException ? error : internalFailure(error, requestId, operation);
  const headers = ['x-amzn-RequestId', requestId, 'x-amzn-ErrorType', exception.errorType];
  if (exception.status === 429) headers.push('retry-after', '1');
  writeJson(res, exception.status, { Code: exception.code, Message: exception.message }, headers);
  return exception;
}

function internalFailure(error: unknown, requestId: string, operation: string | undefined): ServiceFailureException {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  console.error(
    `chime-emulator: internal error in ${operation ?? 'an unrouted request'} (request ${requestId}): ${what.replace(/\s*\n\s*/g, ' ')}`,
  );
  return new ServiceFailureException('An internal error occurred.');
}

/** `headers` as name, value, name, value… */
export function writeJson(res: ServerResponse, status: number, body: unknown, headers: string[] = []): void {
  const payload = encodeJson(body, takeBodyBuffer);
  headers.push('content-type', 'application/json', 'content-length', String(payload.length));
  res.writeHead(status, headers);
  res.end(payload);
  giveBackOnceSent(res, payload);
}

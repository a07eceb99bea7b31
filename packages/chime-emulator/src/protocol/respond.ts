import type { ServerResponse } from 'node:http';
import { ChimeException, ServiceFailureException } from './errors.ts';
import { giveBodyBuffer, takeBodyBuffer } from './body-pool.ts';
import { encodeJson } from './json-body.ts';

/** The one place a Chime response is written: success bodies, empty 204s and every error. */
export function writeResult(res: ServerResponse, status: number, body: unknown, requestId: string): void {
  if (status === 204 || body === undefined) {
    res.writeHead(status, ['x-amzn-RequestId', requestId, 'content-length', '0']);
    res.end();
    return;
  }
  writeJson(res, status, body, ['x-amzn-RequestId', requestId]);
}

export function writeError(res: ServerResponse, error: unknown, requestId: string): ChimeException {
  const exception = error instanceof ChimeException ? error : new ServiceFailureException('An internal error occurred.');
  const headers = ['x-amzn-RequestId', requestId, 'x-amzn-ErrorType', exception.errorType];
  if (exception.status === 429) headers.push('retry-after', '1');
  writeJson(res, exception.status, { Code: exception.code, Message: exception.message }, headers);
  return exception;
}

/** `headers` as name, value, name, value… */
export function writeJson(res: ServerResponse, status: number, body: unknown, headers: string[] = []): void {
  let pooled: Buffer | undefined;
  const payload = encodeJson(body, (size) => (pooled = takeBodyBuffer(size)));
  headers.push('content-type', 'application/json', 'content-length', String(payload.length));
  res.writeHead(status, headers);
  res.end(payload);
  if (pooled === undefined) return;
  const buffer = pooled;
  // A write the socket took whole has been copied to the kernel and the buffer can go back now;
  // otherwise it waits for the response to finish.
  if (res.socket?.writableLength === 0) giveBodyBuffer(buffer);
  else
    res.once('finish', () => {
      giveBodyBuffer(buffer);
    });
}

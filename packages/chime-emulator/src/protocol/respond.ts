import type { ServerResponse } from 'node:http';
import { ChimeException, ServiceFailureException } from './errors.ts';
import { giveBodyBuffer, takeBodyBuffer } from './body-pool.ts';
import { encodeJson } from './json-body.ts';

/** The one place a Chime response is written: success bodies, empty 204s and every error. */
export function writeResult(res: ServerResponse, status: number, body: unknown, requestId: string): void {
  if (status === 204 || body === undefined) {
    res.writeHead(status, { 'x-amzn-RequestId': requestId, 'content-length': '0' });
    res.end();
    return;
  }
  writeJson(res, status, body, { 'x-amzn-RequestId': requestId });
}

export function writeError(res: ServerResponse, error: unknown, requestId: string): ChimeException {
  const exception = error instanceof ChimeException ? error : new ServiceFailureException('An internal error occurred.');
  const headers: Record<string, string> = { 'x-amzn-RequestId': requestId, 'x-amzn-ErrorType': exception.errorType };
  if (exception.status === 429) headers['retry-after'] = '1';
  writeJson(res, exception.status, { Code: exception.code, Message: exception.message }, headers);
  return exception;
}

export function writeJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  let pooled: Buffer | undefined;
  const payload = encodeJson(body, (size) => (pooled = takeBodyBuffer(size)));
  res.writeHead(status, { ...headers, 'content-type': 'application/json', 'content-length': String(payload.length) });
  res.end(payload, () => {
    if (pooled) giveBodyBuffer(pooled);
  });
}

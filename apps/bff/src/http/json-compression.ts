import compression from 'compression';
import type { RequestHandler } from 'express';

/** Below this a compressed answer saves less than the headers it adds and the time it takes. */
const THRESHOLD_BYTES = 1024;

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json\b/i;

/**
 * gzip or brotli (as the browser asks) for JSON answers: lists of accounts, users and jobs compress
 * to a tenth. Only JSON: a CSV export streams row by row and cuts the connection on a failure,
 * which a compressor buffering its output would hold back.
 */
export function jsonCompression(): RequestHandler {
  return compression({
    threshold: THRESHOLD_BYTES,
    filter: (_req, res) => JSON_TYPE.test(String(res.getHeader('content-type') ?? '')),
  });
}

import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { pino, type Logger } from 'pino';
import { pinoHttp } from 'pino-http';

/** Keys whose values are never logged, at the top of a log line or nested up to SECRET_DEPTH objects or lists deep. */
const SECRET_KEYS = ['pin', 'PersonalPIN', 'password', 'currentPassword', 'newPassword', 'secretAccessKey', 'SecretAccessKey'];
// pino's `*` stands for exactly one level, so each depth needs its own path: `pin`, `*.pin`, `*.*.pin`…
// (an error or an SDK response logged whole nests its fields several levels down).
const SECRET_DEPTH = 5;
const nested = (key: string) => Array.from({ length: SECRET_DEPTH + 1 }, (_, depth) => `${'*.'.repeat(depth)}${key}`);

/** Never logged, wherever they appear: credentials, cookies, passwords and PINs. */
export const REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  ...SECRET_KEYS.flatMap(nested),
];

/** Probes and scrapes that run every few seconds; at info they would drown the requests people make. */
const QUIET_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' } });
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

/** One JSON line per request at info (errors at error, health probes at debug) with a request ID (the caller's `x-request-id` when sane). */
export function requestLogging(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res) => {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
      res.setHeader('x-request-id', id);
      return id;
    },
    customLogLevel: (req, res, error) => {
      if (error || res.statusCode >= 500) return 'error';
      return res.statusCode < 400 && QUIET_PATHS.has(req.url?.split('?')[0] ?? '') ? 'debug' : 'info';
    },
    serializers: { req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }) },
  });
}

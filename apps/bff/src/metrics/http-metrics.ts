import type { Request, RequestHandler, Response } from 'express';
import { endpoints, type EndpointId } from '@chime-console/contracts';
import type { Metrics } from './metrics.ts';

/** The registry's endpoints by method and path pattern, as Express reports the route it matched. */
const ENDPOINT_OF_ROUTE = new Map<string, EndpointId>(
  (Object.keys(endpoints) as EndpointId[]).map((id) => [`${endpoints[id].method} ${endpoints[id].path}`, id]),
);

/** A request that never reached its handler (a client gone mid-request) has no real status: nginx's 499 says so. */
const CLIENT_CLOSED = 499;

/**
 * Counts and times every API request by the endpoint of the registry that served it, never by its
 * raw path: account and user IDs in paths would make a series per account. Probes, the SPA and
 * the scrape itself are not API requests.
 */
export function httpMetrics(metrics: Metrics): RequestHandler {
  return (req, res, next) => {
    if (!req.path.startsWith('/api/')) {
      next();
      return;
    }
    const started = performance.now();
    res.once('close', () => {
      const status = res.writableFinished ? res.statusCode : CLIENT_CLOSED;
      metrics.requestAnswered(endpointOf(req), status, problemCodeOf(res), (performance.now() - started) / 1000);
    });
    next();
  };
}

function endpointOf(req: Request): EndpointId | 'unknown' {
  const path = (req.route as { path?: unknown } | undefined)?.path;
  if (typeof path !== 'string') return 'unknown';
  const method = req.method === 'HEAD' ? 'get' : req.method.toLowerCase();
  return ENDPOINT_OF_ROUTE.get(`${method} ${path}`) ?? 'unknown';
}

/** Set by the error handler when it writes a problem. */
const problemCodeOf = (res: Response): string | undefined => {
  const code: unknown = res.locals.problemCode;
  return typeof code === 'string' ? code : undefined;
};

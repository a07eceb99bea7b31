import { Router } from 'express';
import { sameSecret } from '../auth/same-secret.ts';
import { AppError } from '../http/app-error.ts';
import type { Services } from '../services.ts';

/**
 * Prometheus's scrape, for operators only: it names endpoints, Chime operations and error rates.
 * It answers only a bearer token from METRICS_TOKEN (Prometheus's `authorization` setting sends
 * one), on the console's own port; without a token configured it is not served at all.
 */
export function metricsRouter({ config, metrics }: Services): Router {
  const router = Router();
  const token = config.metricsToken;
  router.get('/metrics', async (req, res) => {
    if (token === undefined) throw metricsOff();
    if (!bearerMatches(req.get('authorization'), token)) {
      res.setHeader('www-authenticate', 'Bearer realm="metrics"');
      throw metricsTokenRequired();
    }
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
  return router;
}

function bearerMatches(authorization: string | undefined, token: string): boolean {
  const given = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
  return given !== undefined && sameSecret(given, token);
}

const metricsOff = () =>
  new AppError({ code: 'route_not_found', status: 404, title: 'Not found', detail: 'Metrics are not served: METRICS_TOKEN is not set.' });

const metricsTokenRequired = () =>
  new AppError({
    code: 'metrics_token_required',
    status: 401,
    title: 'Token required',
    detail: 'GET /metrics needs the bearer token configured in METRICS_TOKEN.',
  });

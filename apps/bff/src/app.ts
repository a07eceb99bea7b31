import express, { type Express } from 'express';
import { errorHandler, notFoundHandler } from './http/error-handler.ts';
import { mountEndpoints, type RouterDependencies } from './http/endpoint-router.ts';
import { jsonCompression } from './http/json-compression.ts';
import { requestLogging } from './http/logging.ts';
import { buildOpenApiDocument } from './http/openapi.ts';
import { httpMetrics } from './metrics/http-metrics.ts';
import { noStore, requireJson, sameOriginOnly, securityHeaders } from './http/security.ts';
import { spaRouter } from './http/static-spa.ts';
import { accountRoutes } from './routes/accounts.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { batchRoutes } from './routes/batches.ts';
import { consoleUserRoutes } from './routes/console-users.ts';
import { directoryRoutes } from './routes/directory.ts';
import { healthRouter } from './routes/health.ts';
import { invitationRoutes } from './routes/invitations.ts';
import { jobRoutes } from './routes/jobs.ts';
import { metricsRouter } from './routes/metrics.ts';
import { userActionRoutes } from './routes/user-actions.ts';
import { userRoutes } from './routes/users.ts';
import type { Services } from './services.ts';

/** Request bodies are small JSON documents: 50 emails fit comfortably. */
const BODY_LIMIT = '64kb';
/** Except where a bulk job's items come in: up to 10,000 emails of up to 320 characters. */
const BULK_BODY_LIMIT = '4mb';
const BULK_PATHS = ['/api/accounts/:accountId/jobs', '/api/accounts/:accountId/invitations/check'];

export function createApp(services: Services, router: RouterDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', services.config.trustProxy);
  app.set('query parser', 'simple');
  // API answers are never cached (below), so an ETag would only cost a hash of every body.
  app.set('etag', false);
  app.use(requestLogging(services.logger));
  app.use(httpMetrics(services.metrics));
  app.use(securityHeaders());
  app.use(healthRouter(services));
  app.use(metricsRouter(services));

  app.use('/api', jsonCompression());
  const openApi = JSON.stringify(buildOpenApiDocument());
  app.get('/api/openapi.json', (_req, res) => {
    res.type('application/json').send(openApi);
  });
  // Before any body is read: a parser's refusal is an API answer too, and a cross-site call is not read at all.
  app.use('/api', noStore, sameOriginOnly);
  // A body read by the bulk parser counts as finished, so the general one below passes it over.
  app.use(BULK_PATHS, requireJson, express.json({ limit: BULK_BODY_LIMIT, strict: true }));
  app.use('/api', requireJson, express.json({ limit: BODY_LIMIT, strict: true }));
  mountEndpoints(
    app,
    [
      ...authRoutes(services),
      ...accountRoutes(services),
      ...userRoutes(services),
      ...userActionRoutes(services),
      ...batchRoutes(services),
      ...invitationRoutes(services),
      ...directoryRoutes(services),
      ...jobRoutes(services),
      ...auditRoutes(services),
      ...consoleUserRoutes(services),
    ],
    router,
  );
  app.use('/api', notFoundHandler);
  if (services.config.staticDir !== undefined) app.use(spaRouter(services.config.staticDir));
  app.use(errorHandler);
  return app;
}

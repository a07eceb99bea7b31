import { join } from 'node:path';
import express, { type RequestHandler, Router } from 'express';

/**
 * Serves the built SPA: hashed assets cached for a year, index.html never cached, and any other
 * GET that wants HTML answered with index.html so deep links work. The config has checked that
 * `staticDir` holds index.html.
 */
export function spaRouter(staticDir: string): Router {
  const router = Router();
  const index = join(staticDir, 'index.html');
  router.use('/assets', express.static(join(staticDir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  router.use(express.static(staticDir, { index: false, maxAge: '1h' }));
  const fallback: RequestHandler = (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path.startsWith('/api/') || !req.accepts('html')) {
      next();
      return;
    }
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  };
  router.use(fallback);
  return router;
}

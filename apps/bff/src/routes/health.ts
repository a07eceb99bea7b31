import { Router } from 'express';
import type { Services } from '../services.ts';

/** Liveness says the process runs; readiness says it can reach its database and Chime. */
export function healthRouter({ db, gateway }: Services): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const [database, chime] = await Promise.all([
      db.query('SELECT 1').then(
        () => 'ok',
        (error: unknown) => `unreachable: ${(error as Error).message}`,
      ),
      gateway.ping().then(
        () => 'ok',
        (error: unknown) => `unreachable: ${(error as Error).message}`,
      ),
    ]);
    res.status(database === 'ok' && chime === 'ok' ? 200 : 503).json({ database, chime });
  });
  return router;
}

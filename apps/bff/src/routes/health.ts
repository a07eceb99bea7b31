import { Router } from 'express';
import type { Services } from '../services.ts';

/** A probe gives up long before this; a dependency that has not answered by then is not ready. */
const CHECK_DEADLINE_MS = 3_000;

/**
 * Liveness says the process runs; readiness says it can reach its database and Chime, naming the
 * one that is out. Chime's check is bounded by the gateway's request budget, the database's here.
 */
export function healthRouter({ db, gateway }: Services): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const [database, chime] = await Promise.all([
      check(withDeadline(db.query('SELECT 1'), 'the database'), 'unavailable'),
      check(gateway.ping(), 'unreachable'),
    ]);
    res.status(database === 'ok' && chime === 'ok' ? 200 : 503).json({ database, chime });
  });
  return router;
}

const check = (probe: Promise<unknown>, failed: string): Promise<string> =>
  probe.then(
    () => 'ok',
    (error: unknown) => `${failed}: ${error instanceof Error ? error.message : String(error)}`,
  );

function withDeadline<T>(probe: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`${what} did not answer within ${CHECK_DEADLINE_MS / 1000} seconds`));
    }, CHECK_DEADLINE_MS);
  });
  return Promise.race([probe, deadline]).finally(() => {
    clearTimeout(timer);
  });
}

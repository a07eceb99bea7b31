import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Request } from 'express';
import { parseCookie } from 'cookie';
import type { Logger } from 'pino';
import { createApp } from './app.ts';
import { createAuditWriter } from './audit/audit-writer.ts';
import { ensureUser } from './auth/console-users.ts';
import { purgeLoginAttempts } from './auth/login.ts';
import { SessionCache } from './auth/session-cache.ts';
import { findSession, purgeExpiredSessions } from './auth/sessions.ts';
import { ChimeGateway, createChimeClient } from './chime/index.ts';
import type { BffConfig } from './config/config.ts';
import { migrate, openDatabase } from './db/index.ts';
import { observeErrors } from './db/observed.ts';
import { createCursorCodec } from './pagination/cursor-codec.ts';
import type { SignedIn } from './auth/signed-in.ts';
import { createLogger } from './http/logging.ts';
import { DirectorySweeper } from './directory/directory-sweeper.ts';
import { writeThrough } from './directory/write-through.ts';
import { JobRunner } from './jobs/job-runner.ts';
import { UpstreamBudget } from './upstream/upstream-budget.ts';
import { createMetrics, type Metrics } from './metrics/metrics.ts';
import type { Services } from './services.ts';

export { SESSION_COOKIE } from './auth/session-cookie.ts';
import { SESSION_COOKIE } from './auth/session-cookie.ts';

export interface RunningServer {
  url: string;
  port: number;
  services: Services;
  logger: Logger;
  stop: () => Promise<void>;
}

export interface StartOptions {
  config: BffConfig;
  logger?: Logger;
}

/** Starts the BFF (port 0 picks a free one): database migrated, first admin ensured, Chime client shared. */
export async function startServer({ config, logger = createLogger(config.logLevel) }: StartOptions): Promise<RunningServer> {
  const metrics = createMetrics();
  const db = await openObservedDatabase(config, logger, metrics);
  await migrate(db);
  if (config.initialAdmin) await ensureUser(db, { ...config.initialAdmin, role: 'admin' });
  const interactive = metrics.chime('interactive');
  const jobs = metrics.chime('jobs');
  const budget = new UpstreamBudget(db, config.jobs, logger.child({ component: 'upstream-budget' }));
  const observer = writeThrough(db, logger.child({ component: 'directory' }));
  const client = createChimeClient(chimeClientSettings(config, config.chime.requestBudgetMs, interactive));
  // Jobs pace and retry each call themselves, so their client makes one attempt: a 429 reaches the
  // pacer, and a 5xx reaches the reconciler before anything is resent. Nobody waits on a page for
  // them, so their budget is longer.
  const jobClient = createChimeClient({
    ...chimeClientSettings(config, config.chime.jobBudgetMs, jobs),
    maxAttempts: 1,
    maxSockets: 8,
  });
  const jobRunner = new JobRunner({
    db,
    gateway: new ChimeGateway(jobClient, {
      budgetMs: config.chime.jobBudgetMs,
      onCall: jobs.called,
      observer: writeThrough(db, logger.child({ component: 'directory' }), { reads: false }),
    }),
    pacer: budget.pacer('jobs'),
    logger: logger.child({ component: 'jobs' }),
    concurrency: config.jobs.concurrency,
    leaseSeconds: config.jobs.leaseSeconds,
    pollMs: 1_000,
    maxAttempts: config.jobs.maxAttempts,
    metrics,
  });
  const services: Services = {
    config,
    logger,
    db,
    // A person's calls are never paced, only noted in the shared budget, which the background then yields to.
    gateway: new ChimeGateway(client, {
      budgetMs: config.chime.requestBudgetMs,
      onCall: (operation, outcome, seconds) => {
        interactive.called(operation, outcome, seconds);
        if (outcome === 'upstream_throttled') budget.throttled(operation);
        else budget.spent(operation);
      },
      observer,
    }),
    // Demo mode may run without a secret; cursors then last as long as the process.
    cursors: createCursorCodec(config.sessionSecret ?? randomBytes(32).toString('hex')),
    sessionCache: new SessionCache(),
    jobRunner,
    metrics,
  };
  const app = createApp(services, {
    findSession: (req) => sessionOf(services, req),
    chime: services.gateway,
    audit: createAuditWriter({
      db,
      logger,
      onRetry: () => {
        metrics.auditWriteRetried();
      },
    }),
    checkResponses: process.env.NODE_ENV === 'test',
  });
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(config.port, config.host, (error?: Error) => {
      if (error) reject(error);
      else resolve(listening);
    });
  });
  const { port } = server.address() as AddressInfo;
  const housekeeping = startHousekeeping(services);
  jobRunner.start();
  // The sweep writes what it reads itself, with its claim: its gateway tells no observer.
  const sweeper =
    config.directorySweepSeconds > 0
      ? new DirectorySweeper({
          db,
          chime: new ChimeGateway(jobClient, { budgetMs: config.chime.jobBudgetMs, onCall: metrics.chime('sweep').called }),
          pacer: budget.pacer('sweep'),
          logger: logger.child({ component: 'directory' }),
          everySeconds: config.directorySweepSeconds,
        })
      : undefined;
  sweeper?.start();
  return {
    url: `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`,
    port,
    services,
    logger,
    stop: async () => {
      clearInterval(housekeeping);
      // Stop taking connections, let requests in flight finish, then release the database and sockets.
      const closed = new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
      // A keep-alive connection whose response finishes after close() goes idle but stays open
      // until the client drops it; close such connections as they go idle.
      server.on('request', (_req, res) => res.setHeader('connection', 'close'));
      const reaper = setInterval(() => {
        server.closeIdleConnections();
      }, 50);
      server.closeIdleConnections();
      const deadline = setTimeout(() => {
        server.closeAllConnections();
      }, 10_000);
      await closed;
      clearInterval(reaper);
      clearTimeout(deadline);
      await Promise.all([jobRunner.stop(), sweeper?.stop()]);
      await budget.stop();
      client.destroy();
      jobClient.destroy();
      await db.close();
    },
  };
}

/** The database with its errors counted, and an idle connection it dropped logged rather than lost. */
async function openObservedDatabase(config: BffConfig, logger: Logger, metrics: Metrics) {
  const db = await openDatabase({
    ...config.database,
    onPoolError: (error) => {
      metrics.databaseError(error);
      logger.warn({ err: error }, 'an idle database connection failed; the pool dropped it');
    },
  });
  return observeErrors(db, (error) => {
    metrics.databaseError(error);
  });
}

/**
 * One attempt may take the whole budget (the gateway's signal cuts it there anyway); a connection
 * not accepted within the connect timeout leaves room in the budget for another attempt.
 */
function chimeClientSettings(config: BffConfig, budgetMs: number, observer: { throttled: (operation: string) => void }) {
  return {
    region: config.chime.region,
    endpoint: config.chime.endpoint,
    connectionTimeoutMs: config.chime.connectTimeoutMs,
    requestTimeoutMs: budgetMs,
    onThrottled: observer.throttled,
  };
}

async function sessionOf({ db, config, sessionCache }: Services, req: Request): Promise<SignedIn | undefined> {
  const token = parseCookie(req.headers.cookie ?? '')[SESSION_COOKIE];
  if (token === undefined) return undefined;
  const session = await sessionCache.find(token, (t) => findSession(db, t, { idleMinutes: config.sessionIdleMinutes }));
  return (
    session && {
      sessionToken: token,
      userId: session.userId,
      username: session.username,
      role: session.role,
      csrfToken: session.csrfToken,
      mustChangePassword: session.mustChangePassword,
    }
  );
}

const HOUSEKEEPING_MS = 10 * 60_000;

/** Expired sessions and old sign-in attempts are deleted every ten minutes; a failure is only logged. */
function startHousekeeping({ db, logger }: Services): NodeJS.Timeout {
  const timer = setInterval(() => {
    Promise.all([purgeExpiredSessions(db), purgeLoginAttempts(db)]).catch((error: unknown) => {
      logger.warn({ err: error }, 'housekeeping failed');
    });
  }, HOUSEKEEPING_MS);
  timer.unref();
  return timer;
}

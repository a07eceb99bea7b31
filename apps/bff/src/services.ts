import type { Logger } from 'pino';
import type { SessionCache } from './auth/session-cache.ts';
import type { ChimeGateway } from './chime/index.ts';
import type { BffConfig } from './config/config.ts';
import type { Database } from './db/index.ts';
import type { JobRunner } from './jobs/job-runner.ts';
import type { CursorCodec } from './pagination/cursor-codec.ts';
import type { Metrics } from './metrics/metrics.ts';

/** What routes and use cases are given: built once at start by server.ts. */
export interface Services {
  config: BffConfig;
  logger: Logger;
  db: Database;
  gateway: ChimeGateway;
  cursors: CursorCodec;
  /** Forget a session here whenever it is signed out or its user changes. */
  sessionCache: SessionCache;
  /** This process's worker on the shared job queue; wake it when work is queued here. */
  jobRunner: JobRunner;
  /** This process's Prometheus series: job items, reconciliations and audit-write retries are reported here. */
  metrics: Metrics;
}

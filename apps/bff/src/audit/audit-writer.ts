import { setTimeout as delay } from 'node:timers/promises';
import type { Logger } from 'pino';
import type { Queryable } from '../db/database.ts';
import { recordAudit, type NewAuditEntry } from './audit-log.ts';

/** Waits before each retry: about three seconds in all, long enough for a database failover's first seconds. */
const RETRY_DELAYS_MS = [50, 250, 1_000, 2_000];

export interface AuditWriterOptions {
  db: Queryable;
  logger: Logger;
  /** Told of every retry, so operators can see the audit struggling before an entry is lost. */
  onRetry?: () => void;
  retryDelaysMs?: readonly number[];
}

/**
 * Writes a request's audit entry, and never fails the request: by the time it is written Chime may
 * already have made the change, and the person's answer must be the change's real outcome, not a
 * 500 that invites them to do it again. A failed write is retried; if every attempt fails, the
 * whole entry goes to the log at error level, the one record left of it.
 */
export function createAuditWriter({ db, logger, onRetry, retryDelaysMs = RETRY_DELAYS_MS }: AuditWriterOptions) {
  return async (entry: NewAuditEntry): Promise<void> => {
    for (let attempt = 0; ; attempt++) {
      try {
        await recordAudit(db, entry);
        return;
      } catch (error) {
        const wait = retryDelaysMs[attempt];
        if (wait === undefined) {
          logger.error(
            { err: error, auditEntry: entry, auditEntryLost: true },
            'AUDIT ENTRY NOT WRITTEN: the database refused it on every attempt',
          );
          return;
        }
        logger.warn({ err: error, action: entry.action, attempt: attempt + 1 }, 'audit write failed; retrying');
        onRetry?.();
        await delay(wait);
      }
    }
  };
}

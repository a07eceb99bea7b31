import type { Logger } from 'pino';
import type { ChimeGateway } from '../chime/index.ts';
import type { Database } from '../db/index.ts';
import { lastReconciled, reconcileAccount, RECONCILE_AFTER_MS } from '../invitations/reconcile.ts';

export interface FreshenDependencies {
  chime: ChimeGateway;
  db: Database;
  logger: Logger;
}

/**
 * Statuses a minute old are read back from Chime before they are shown. If Chime cannot be reached
 * the last known ones are shown, unless the person asked for a refresh: then they hear why not.
 */
export async function freshenStatuses(
  { chime, db, logger }: FreshenDependencies,
  accountId: string,
  refresh: boolean,
): Promise<Date | undefined> {
  const last = await lastReconciled(db, accountId);
  if (!refresh && last && Date.now() - last.getTime() < RECONCILE_AFTER_MS) return last;
  try {
    return await reconcileAccount(db, chime, accountId);
  } catch (error) {
    if (refresh) throw error;
    logger.warn({ err: error, accountId }, 'invitation statuses could not be reconciled; showing the last known');
    return last;
  }
}

import type { Logger } from 'pino';
import type { ChimeObserver } from '../chime/index.ts';
import type { Database } from '../db/index.ts';
import { changeUsers, markStale, removeAccount, upsertAccounts, upsertUsers } from './index-writes.ts';

/**
 * Keeps the directory index current between sweeps: every answer Chime gives the console (a page
 * someone opened, a change someone made) is written to the index before the caller sees it. A
 * failed write is logged, never thrown: Chime's answer stands, and the next sweep repairs the index.
 * Without `reads`, only changes are written: a job's reconciliation reads whole accounts over and
 * over, which the sweep reads anyway.
 */
export function writeThrough(db: Database, logger: Logger, options: { reads: boolean } = { reads: true }): ChimeObserver {
  const quietly =
    <A extends unknown[]>(what: string, write: (...args: A) => Promise<void>) =>
    async (...args: A): Promise<void> => {
      try {
        await write(...args);
      } catch (error) {
        logger.warn({ err: error, what }, 'the directory index missed a write; the next sweep makes up for it');
      }
    };
  return {
    accountsRead: quietly('accounts', (accounts, readAt) => upsertAccounts(db, accounts, readAt)),
    accountGone: quietly('account removed', (accountId) => removeAccount(db, accountId)),
    usersRead: quietly('users', (accountId, users, readAt) =>
      options.reads ? upsertUsers(db, accountId, users, readAt) : Promise.resolve(),
    ),
    usersChanged: quietly('users changed', (accountId, userIds, change, readAt) => changeUsers(db, accountId, userIds, change, readAt)),
    invited: quietly('invited', (accountId) => markStale(db, accountId, new Date())),
  };
}

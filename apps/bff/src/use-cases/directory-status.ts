import type { DirectoryStatus } from '@chime-console/contracts';
import type { Database } from '../db/index.ts';

/** How much of Chime the index holds, and how fresh it is. */
export async function directoryStatus(db: Database, sweepSeconds: number): Promise<DirectoryStatus> {
  const [row] = await db.query<{ accounts: number; users: number; swept: number; oldest: Date | null; listed: Date | null }>(
    `SELECT (SELECT count(*)::int FROM directory_accounts) AS accounts,
       (SELECT count(*)::int FROM directory_users) AS users,
       (SELECT count(*)::int FROM directory_accounts WHERE users_swept_at IS NOT NULL) AS swept,
       (SELECT min(users_swept_at) FROM directory_accounts) AS oldest,
       (SELECT listed_at FROM directory_listing) AS listed`,
  );
  return {
    accounts: row?.accounts ?? 0,
    users: row?.users ?? 0,
    accountsSwept: row?.swept ?? 0,
    ...(row?.oldest && { oldestSweepAt: row.oldest.toISOString() }),
    ...(row?.listed && { accountsListedAt: row.listed.toISOString() }),
    sweepSeconds,
  };
}

/** The index is complete once the accounts were listed and every one of them had its users read. */
export async function directoryComplete(db: Database): Promise<boolean> {
  const [row] = await db.query<{ complete: boolean }>(
    `SELECT (SELECT listed_at IS NOT NULL FROM directory_listing)
       AND NOT EXISTS (SELECT 1 FROM directory_accounts WHERE users_swept_at IS NULL) AS complete`,
  );
  return row?.complete === true;
}

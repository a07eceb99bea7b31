import type { Database, Queryable } from '../db/index.ts';

/**
 * The overview's counts, kept per account and day (directory_invitation_days): every user the index
 * holds with an invitation status, and the console's records it holds no such user for (sent since
 * the last sweep, or closed as Removed). Counting one account reads only its own users. The caller
 * holds the account's row, so two counts of one account never interleave.
 */
export async function countAccountInvitations(db: Queryable, accountId: string): Promise<void> {
  await db.query('DELETE FROM directory_invitation_days WHERE account_id = $1', [accountId]);
  await db.query(
    `WITH invited AS (
       SELECT u.invited_on, u.read_at, u.registered_on, u.invitation_status AS status, i.email IS NOT NULL AS from_console
       FROM directory_users u LEFT JOIN invitations i ON i.account_id = u.account_id AND i.email = u.email
       WHERE u.account_id = $1 AND u.invitation_status IS NOT NULL
     )
     INSERT INTO directory_invitation_days (account_id, day, status, from_console, sent, accepted)
     SELECT $1, day, status, from_console, sum(sent), sum(accepted) FROM (
       SELECT (coalesce(invited_on, read_at) AT TIME ZONE 'UTC')::date AS day, status, from_console, 1 AS sent, 0 AS accepted FROM invited
       UNION ALL
       SELECT (registered_on AT TIME ZONE 'UTC')::date, status, from_console, 0, 1 FROM invited
       WHERE status = 'Accepted' AND registered_on IS NOT NULL
       UNION ALL
       SELECT (i.sent_at AT TIME ZONE 'UTC')::date, i.status, true, 1, 0 FROM invitations i
       WHERE i.account_id = $1 AND i.status IS NOT NULL AND NOT EXISTS (
         SELECT 1 FROM directory_users u WHERE u.account_id = i.account_id AND u.email = i.email AND u.invitation_status IS NOT NULL)
     ) counted
     GROUP BY day, status, from_console`,
    [accountId],
  );
  await db.query('UPDATE directory_accounts SET counts_dirty = false WHERE account_id = $1', [accountId]);
}

/** Its invitations changed: counted again before the next overview. */
export async function invitationsChanged(db: Queryable, accountId: string): Promise<void> {
  await db.query('UPDATE directory_accounts SET counts_dirty = true WHERE account_id = $1 AND NOT counts_dirty', [accountId]);
}

/** Counts again every account whose invitations changed since it was last counted (skipping any another replica just did). */
export async function countChangedAccounts(db: Database): Promise<void> {
  const dirty = await db.query<{ account_id: string }>('SELECT account_id FROM directory_accounts WHERE counts_dirty');
  for (const { account_id: accountId } of dirty) {
    await db.transaction(async (tx) => {
      const [row] = await tx.query<{ counts_dirty: boolean }>(
        'SELECT counts_dirty FROM directory_accounts WHERE account_id = $1 FOR UPDATE',
        [accountId],
      );
      if (row?.counts_dirty === true) await countAccountInvitations(tx, accountId);
    });
  }
}

import type { Database, Queryable } from '../db/index.ts';
import { countAccountInvitations } from '../invitations/invitation-days.ts';

/**
 * Which replica reads what. Times that rows' read_at are compared with (when a sweep began) are
 * the BFF's clock, as read_at is, never the database's. An account's users (and the list of accounts) are read by one replica
 * at a time, which holds a lease renewed with every page and keeps the token of the page to read
 * next: a replica killed mid-sweep leaves the token behind, and whoever claims the account next
 * continues from there rather than from the first page.
 */

export interface AccountClaim {
  accountId: string;
  /** When this sweep of the account began; users not read since then are gone from Chime. */
  startedAt: Date;
  /** The page to read next; absent at the first page. */
  token?: string;
}

/** The next account due, least recently swept first, if no live replica holds it. */
export async function claimDueAccount(db: Queryable, owner: string, leaseSeconds: number): Promise<AccountClaim | undefined> {
  const [row] = await db.query<{ account_id: string; sweep_started_at: Date; sweep_token: string | null }>(
    `UPDATE directory_accounts a SET sweep_owner = $1, sweep_lease_until = now() + make_interval(secs => $2),
       sweep_started_at = coalesce(a.sweep_started_at, $3)
     WHERE a.account_id = (
       SELECT account_id FROM directory_accounts
       WHERE next_sweep_at <= now() AND (sweep_lease_until IS NULL OR sweep_lease_until < now())
       ORDER BY users_swept_at NULLS FIRST, next_sweep_at, account_id LIMIT 1 FOR UPDATE SKIP LOCKED)
     RETURNING a.account_id, a.sweep_started_at, a.sweep_token`,
    [owner, leaseSeconds, new Date()],
  );
  return row && claimOf(row);
}

/** "Refresh now": the account is taken whoever holds it; a holder finds its lease gone at its next page and stops. */
export async function takeAccount(db: Queryable, accountId: string, owner: string, leaseSeconds: number) {
  const [row] = await db.query<{ account_id: string; sweep_started_at: Date; sweep_token: string | null }>(
    `UPDATE directory_accounts SET sweep_owner = $2, sweep_lease_until = now() + make_interval(secs => $3),
       sweep_started_at = coalesce(sweep_started_at, $4)
     WHERE account_id = $1
     RETURNING account_id, sweep_started_at, sweep_token`,
    [accountId, owner, leaseSeconds, new Date()],
  );
  return row && claimOf(row);
}

const claimOf = (row: { account_id: string; sweep_started_at: Date; sweep_token: string | null }): AccountClaim => ({
  accountId: row.account_id,
  startedAt: row.sweep_started_at,
  ...(row.sweep_token !== null && { token: row.sweep_token }),
});

/** Moves the claim to the next page and renews its lease; false when the claim was lost. */
export async function advanceAccount(tx: Queryable, claim: AccountClaim, owner: string, next: string | undefined, leaseSeconds: number) {
  const rows = await tx.query(
    `UPDATE directory_accounts SET sweep_token = $3, sweep_lease_until = now() + make_interval(secs => $4)
     WHERE account_id = $1 AND sweep_owner = $2 RETURNING 1`,
    [claim.accountId, owner, next ?? null, leaseSeconds],
  );
  return rows.length > 0;
}

/**
 * The last page was read: users not read since the sweep began are gone, and so are the console's
 * records of invitations to them (closed as Removed). The account is due again after `everySeconds`,
 * or at once if the console marked it stale after this sweep began (it may have missed that change).
 */
export async function finishAccount(db: Database, claim: AccountClaim, owner: string, everySeconds: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [held] = await tx.query(
      `UPDATE directory_accounts SET users_swept_at = sweep_started_at, sweep_started_at = NULL, sweep_token = NULL,
         sweep_owner = NULL, sweep_lease_until = NULL,
         stale_since = CASE WHEN stale_since < sweep_started_at THEN NULL ELSE stale_since END,
         next_sweep_at = CASE WHEN stale_since >= sweep_started_at THEN '-infinity' ELSE now() + make_interval(secs => $3) END
       WHERE account_id = $1 AND sweep_owner = $2 RETURNING 1`,
      [claim.accountId, owner, everySeconds],
    );
    if (held === undefined) return false;
    await tx.query('DELETE FROM directory_users WHERE account_id = $1 AND read_at < $2', [claim.accountId, claim.startedAt]);
    // This sweep began after those removals: its pages are Chime's word on them now.
    await tx.query('DELETE FROM directory_removed_users WHERE account_id = $1 AND removed_at < $2', [claim.accountId, claim.startedAt]);
    await tx.query(
      `UPDATE invitations i SET status = 'Removed', checked_at = $2
       WHERE i.account_id = $1 AND i.sent_at < $2 AND i.status IS DISTINCT FROM 'Removed'
         AND NOT EXISTS (SELECT 1 FROM directory_users u WHERE u.account_id = i.account_id AND u.email = i.email)`,
      [claim.accountId, claim.startedAt],
    );
    await countAccountInvitations(tx, claim.accountId);
    return true;
  });
}

/** A sweep that failed keeps its place (the token) and is tried again after `retrySeconds`. */
export async function releaseAccount(db: Queryable, claim: AccountClaim, owner: string, retrySeconds: number): Promise<void> {
  await db.query(
    `UPDATE directory_accounts SET sweep_owner = NULL, sweep_lease_until = NULL, next_sweep_at = now() + make_interval(secs => $3)
     WHERE account_id = $1 AND sweep_owner = $2`,
    [claim.accountId, owner, retrySeconds],
  );
}

export interface ListingClaim {
  startedAt: Date;
  token?: string;
}

/** The list of accounts, when it is due and no live replica is reading it. */
export async function claimListing(db: Queryable, owner: string, leaseSeconds: number): Promise<ListingClaim | undefined> {
  const [row] = await db.query<{ started_at: Date; token: string | null }>(
    `UPDATE directory_listing SET owner = $1, lease_until = now() + make_interval(secs => $2), started_at = coalesce(started_at, $3)
     WHERE next_at <= now() AND (lease_until IS NULL OR lease_until < now())
     RETURNING started_at, token`,
    [owner, leaseSeconds, new Date()],
  );
  return row && { startedAt: row.started_at, ...(row.token !== null && { token: row.token }) };
}

export async function advanceListing(tx: Queryable, owner: string, next: string | undefined, leaseSeconds: number): Promise<boolean> {
  const rows = await tx.query(
    `UPDATE directory_listing SET token = $2, lease_until = now() + make_interval(secs => $3) WHERE owner = $1 RETURNING 1`,
    [owner, next ?? null, leaseSeconds],
  );
  return rows.length > 0;
}

/** Accounts not listed since the listing began are gone: they leave the index with their users and invitation records. */
export async function finishListing(db: Database, claim: ListingClaim, owner: string, everySeconds: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [held] = await tx.query(
      `UPDATE directory_listing SET listed_at = started_at, started_at = NULL, token = NULL, owner = NULL, lease_until = NULL,
         next_at = now() + make_interval(secs => $2)
       WHERE owner = $1 RETURNING 1`,
      [owner, everySeconds],
    );
    if (held === undefined) return false;
    await tx.query(`DELETE FROM invitations WHERE account_id IN (SELECT account_id FROM directory_accounts WHERE read_at < $1)`, [
      claim.startedAt,
    ]);
    await tx.query('DELETE FROM directory_accounts WHERE read_at < $1', [claim.startedAt]);
    return true;
  });
}

export async function releaseListing(db: Queryable, owner: string, retrySeconds: number): Promise<void> {
  await db.query(
    `UPDATE directory_listing SET owner = NULL, lease_until = NULL, next_at = now() + make_interval(secs => $2) WHERE owner = $1`,
    [owner, retrySeconds],
  );
}

/**
 * PGlite is one process's: whatever leases its data holds were left by this process's predecessor,
 * killed mid-sweep. They are free at once, their tokens kept.
 */
export async function freeDeadLeases(db: Queryable): Promise<void> {
  await db.query('UPDATE directory_accounts SET sweep_owner = NULL, sweep_lease_until = NULL WHERE sweep_owner IS NOT NULL');
  await db.query('UPDATE directory_listing SET owner = NULL, lease_until = NULL WHERE owner IS NOT NULL');
}

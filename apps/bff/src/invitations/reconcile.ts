import type { ChimeGateway } from '../chime/index.ts';
import type { Database } from '../db/index.ts';
import { updateStatuses } from './invitation-store.ts';

/** Statuses older than this are read back from Chime when the invitations are viewed. */
export const RECONCILE_AFTER_MS = 60_000;

const running = new Map<string, Promise<Date>>();

/**
 * Reads the account's users page by page and copies each invited user's UserInvitationStatus onto
 * the console's record. One run per account at a time: concurrent viewers share it.
 */
export function reconcileAccount(db: Database, gateway: ChimeGateway, accountId: string): Promise<Date> {
  const current = running.get(accountId);
  if (current) return current;
  const run = (async () => {
    const startedAt = new Date();
    for await (const page of gateway.scanUsers(accountId, {})) {
      const statuses = page.items.flatMap((user) =>
        user.email !== undefined && user.invitationStatus !== undefined ? [{ email: user.email, status: user.invitationStatus }] : [],
      );
      await updateStatuses(db, accountId, statuses);
    }
    await db.query(
      `INSERT INTO invitation_reconciliations (account_id, reconciled_at) VALUES ($1, $2)
       ON CONFLICT (account_id) DO UPDATE SET reconciled_at = excluded.reconciled_at`,
      [accountId, startedAt],
    );
    return startedAt;
  })().finally(() => running.delete(accountId));
  running.set(accountId, run);
  return run;
}

export async function lastReconciled(db: Database, accountId: string): Promise<Date | undefined> {
  const [row] = await db.query<{ reconciled_at: Date | null }>(
    `SELECT reconciled_at FROM invitation_reconciliations WHERE account_id = $1`,
    [accountId],
  );
  return row?.reconciled_at ?? undefined;
}

/**
 * Claims up to `limit` accounts whose invitations may still change (some not yet accepted or
 * failed) and that no replica has checked for `everySeconds`, least recently checked first. The
 * claim moves each one's next check on, so another replica running the same query skips it.
 */
export async function claimAccountsToCheck(db: Database, everySeconds: number, limit: number): Promise<string[]> {
  const rows = await db.query<{ account_id: string }>(
    `INSERT INTO invitation_reconciliations AS r (account_id, next_check_at)
     SELECT open.account_id, now() + make_interval(secs => $1)
     FROM (SELECT DISTINCT account_id FROM invitations WHERE status IS NULL OR status = 'Pending') open
     LEFT JOIN invitation_reconciliations seen ON seen.account_id = open.account_id
     WHERE seen.next_check_at IS NULL OR seen.next_check_at <= now()
     ORDER BY seen.reconciled_at NULLS FIRST, open.account_id
     LIMIT $2
     ON CONFLICT (account_id) DO UPDATE SET next_check_at = excluded.next_check_at
       WHERE r.next_check_at IS NULL OR r.next_check_at <= now()
     RETURNING r.account_id`,
    [everySeconds, limit],
  );
  return rows.map((row) => row.account_id);
}

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
  const run = scanAccount(db, gateway, accountId).finally(() => running.delete(accountId));
  running.set(accountId, run);
  return run;
}

/** One pass over the account's users; `pace` (the background's) waits between pages. */
async function scanAccount(db: Database, gateway: ChimeGateway, accountId: string, pace?: () => Promise<void>): Promise<Date> {
  const startedAt = new Date();
  let readAt = new Date();
  for await (const page of gateway.scanUsers(accountId, {})) {
    const statuses = page.items.flatMap((user) =>
      user.email !== undefined && user.invitationStatus !== undefined ? [{ email: user.email, status: user.invitationStatus }] : [],
    );
    await updateStatuses(db, accountId, statuses, readAt);
    await pace?.();
    // The generator asks Chime for the next page when the loop comes round again.
    readAt = new Date();
  }
  await markReconciled(db, accountId, startedAt);
  return startedAt;
}

/** Open invitations up to this many are looked up one by one; past it, one pass over the account's users costs fewer calls. */
export const LOOKUPS_AT_MOST = 50;

/**
 * The background check of one account: its few open invitations by email lookups, or all of them
 * by a pass over the users when there are many. Either way every call waits for `pace`.
 */
export async function checkAccountInvitations(
  db: Database,
  gateway: ChimeGateway,
  accountId: string,
  pace: () => Promise<void>,
): Promise<void> {
  const open = await db.query<{ email: string }>(
    `SELECT email FROM invitations WHERE account_id = $1 AND (status IS NULL OR status = 'Pending') ORDER BY email LIMIT $2`,
    [accountId, LOOKUPS_AT_MOST + 1],
  );
  if (open.length > LOOKUPS_AT_MOST) {
    // Not shared with viewers' runs: a person opening the account should not wait on the background's pace.
    await scanAccount(db, gateway, accountId, pace);
    return;
  }
  const startedAt = new Date();
  for (const { email } of open) {
    await pace();
    const readAt = new Date();
    const [user] = (await gateway.listUsers(accountId, { email, maxResults: 1 })).items;
    if (user?.invitationStatus !== undefined) await updateStatuses(db, accountId, [{ email, status: user.invitationStatus }], readAt);
  }
  await markReconciled(db, accountId, startedAt);
}

async function markReconciled(db: Database, accountId: string, at: Date): Promise<void> {
  await db.query(
    `INSERT INTO invitation_reconciliations (account_id, reconciled_at) VALUES ($1, $2)
     ON CONFLICT (account_id) DO UPDATE SET reconciled_at = excluded.reconciled_at`,
    [accountId, at],
  );
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

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
  const [row] = await db.query<{ reconciled_at: Date }>(`SELECT reconciled_at FROM invitation_reconciliations WHERE account_id = $1`, [
    accountId,
  ]);
  return row?.reconciled_at;
}

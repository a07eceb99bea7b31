import { randomUUID } from 'node:crypto';
import type { ChimeGateway } from '../chime/index.ts';
import type { Database } from '../db/index.ts';
import { sweepAccount } from '../directory/sweep.ts';
import { takeAccount } from '../directory/sweep-claims.ts';
import { notFound } from '../http/app-error.ts';

export interface RefreshDependencies {
  chime: ChimeGateway;
  db: Database;
  /** When the account is due again, as after any sweep. */
  sweepSeconds: number;
}

const LEASE_SECONDS = 30;

/**
 * "Refresh now": the account's users read from Chime at once, for a person waiting, so its calls
 * are interactive (never paced). It takes the account from a sweep reading it, continuing from the
 * page that sweep reached, so nothing is read twice.
 */
export async function refreshAccount({ chime, db, sweepSeconds }: RefreshDependencies, accountId: string) {
  const owner = `refresh-${randomUUID()}`;
  let claim = await takeAccount(db, accountId, owner, LEASE_SECONDS);
  if (!claim) {
    // Not in the index yet: reading it puts it there (or answers 404 when Chime has no such account).
    await chime.getAccount(accountId);
    claim = await takeAccount(db, accountId, owner, LEASE_SECONDS);
  }
  if (!claim) throw notFound(`No Chime account ${accountId}.`);
  // The sweep writes each page with its claim; the gateway's write-through would write it twice.
  const reader = chime.unobserved();
  const outcome = await sweepAccount({ db, chime: reader, owner, leaseSeconds: LEASE_SECONDS, everySeconds: sweepSeconds }, claim);
  if (outcome === 'gone') throw notFound(`No Chime account ${accountId}.`);
  const [row] = await db.query<{ users: number; swept_at: Date | null }>(
    `SELECT (SELECT count(*)::int FROM directory_users WHERE account_id = $1) AS users, users_swept_at AS swept_at
     FROM directory_accounts WHERE account_id = $1`,
    [accountId],
  );
  return { accountId, users: row?.users ?? 0, sweptAt: (row?.swept_at ?? claim.startedAt).toISOString() };
}

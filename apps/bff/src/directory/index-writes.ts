import type { Account, User } from '@chime-console/contracts';
import type { UsersChange } from '../chime/index.ts';
import type { Queryable } from '../db/index.ts';
import { invitationsChanged } from '../invitations/invitation-days.ts';

/**
 * Every write to the directory index. Rows carry the time the read that produced them started
 * (`readAt`), and an older read never overwrites a newer one: the sweep, the pages people open and
 * the changes they make all write here, in whatever order their answers arrive.
 */

const userRow = (user: User) => ({
  user_id: user.id,
  email: user.email?.toLowerCase() ?? null,
  display_name: user.displayName ?? null,
  license_type: user.licenseType ?? null,
  user_type: user.userType ?? null,
  registration_status: user.registrationStatus ?? null,
  invitation_status: user.invitationStatus ?? null,
  invited_on: user.invitedOn ?? null,
  registered_on: user.registeredOn ?? null,
  record: user,
});

/** Accounts as Chime returned them; their sweep state is left alone. */
export async function upsertAccounts(db: Queryable, accounts: readonly Account[], readAt: Date): Promise<void> {
  if (accounts.length === 0) return;
  await db.query(
    `INSERT INTO directory_accounts AS a (account_id, name, record, read_at)
     SELECT r.id, r.name, r.record, $2 FROM jsonb_to_recordset($1::text::jsonb) AS r(id text, name text, record jsonb)
     ON CONFLICT (account_id) DO UPDATE SET name = excluded.name, record = excluded.record, read_at = excluded.read_at
       WHERE a.read_at <= excluded.read_at`,
    [JSON.stringify(accounts.map((account) => ({ id: account.id, name: account.name, record: account }))), readAt],
  );
}

/**
 * Users of one account as Chime returned them. Written only once the index knows the account (the
 * sweep lists accounts first), and the console's records of their invitations take their status.
 */
export async function upsertUsers(db: Queryable, accountId: string, users: readonly User[], readAt: Date): Promise<void> {
  if (users.length === 0) return;
  await db.query(
    `INSERT INTO directory_users AS u (account_id, user_id, email, display_name, license_type, user_type, registration_status,
       invitation_status, invited_on, registered_on, record, read_at)
     SELECT $1, r.user_id, r.email, r.display_name, r.license_type, r.user_type, r.registration_status, r.invitation_status,
       r.invited_on, r.registered_on, r.record, $3
     FROM jsonb_to_recordset($2::text::jsonb) AS r(user_id text, email text, display_name text, license_type text, user_type text,
       registration_status text, invitation_status text, invited_on timestamptz, registered_on timestamptz, record jsonb)
     WHERE EXISTS (SELECT 1 FROM directory_accounts WHERE account_id = $1)
       AND NOT EXISTS (SELECT 1 FROM directory_removed_users g WHERE g.account_id = $1 AND g.user_id = r.user_id AND g.removed_at > $3)
     ON CONFLICT (account_id, user_id) DO UPDATE SET email = excluded.email, display_name = excluded.display_name,
       license_type = excluded.license_type, user_type = excluded.user_type, registration_status = excluded.registration_status,
       invitation_status = excluded.invitation_status, invited_on = excluded.invited_on, registered_on = excluded.registered_on,
       record = excluded.record, read_at = excluded.read_at
     WHERE u.read_at <= excluded.read_at`,
    [accountId, JSON.stringify(users.map(userRow)), readAt],
  );
  const emails = users.flatMap((user) => (user.email === undefined ? [] : [user.email.toLowerCase()]));
  await takeInvitationStatuses(db, accountId, emails, readAt);
  if (users.some((user) => user.invitationStatus !== undefined)) await invitationsChanged(db, accountId);
}

/** A change Chime confirmed without answering the users: the index applies it as Chime does. */
export async function changeUsers(db: Queryable, accountId: string, userIds: readonly string[], change: UsersChange, at: Date) {
  if (userIds.length === 0) return;
  const params = [accountId, [...userIds], at];
  if (change.kind === 'license') {
    await db.query(
      `UPDATE directory_users SET license_type = $4, record = record || jsonb_build_object('licenseType', $4::text), read_at = $3
       WHERE account_id = $1 AND user_id = ANY($2::text[])`,
      [...params, change.license],
    );
  } else if (change.kind === 'suspend') {
    // Team accounts drop a suspended user; the others keep it, marked Suspended.
    // The removal is remembered, so that a page read before it (a sweep's, in flight) cannot put them back.
    await db.query(
      `WITH gone AS (
         DELETE FROM directory_users u USING directory_accounts a
         WHERE u.account_id = $1 AND u.user_id = ANY($2::text[]) AND a.account_id = u.account_id AND a.record->>'type' = 'Team'
         RETURNING u.user_id)
       INSERT INTO directory_removed_users (account_id, user_id, removed_at) SELECT $1, user_id, $3 FROM gone
       ON CONFLICT (account_id, user_id) DO UPDATE SET removed_at = excluded.removed_at`,
      params,
    );
    await setRegistration(db, params, 'Suspended', null);
    await invitationsChanged(db, accountId);
  } else {
    await setRegistration(db, params, 'Registered', 'Suspended');
  }
}

async function setRegistration(db: Queryable, params: unknown[], status: string, from: string | null) {
  await db.query(
    `UPDATE directory_users SET registration_status = $4, record = record || jsonb_build_object('registrationStatus', $4::text), read_at = $3
     WHERE account_id = $1 AND user_id = ANY($2::text[]) AND ($5::text IS NULL OR registration_status = $5)`,
    [...params, status, from],
  );
}

/** Gone from Chime: its users and the console's records of its invitations leave the index and the counts. */
export async function removeAccount(db: Queryable, accountId: string): Promise<void> {
  await db.query('DELETE FROM invitations WHERE account_id = $1', [accountId]);
  await db.query('DELETE FROM directory_accounts WHERE account_id = $1', [accountId]);
}

/**
 * Something changed in the account that the console could not see in full: it is read again as
 * soon as the sweep can, and until then its users are asked of Chime.
 */
export async function markStale(db: Queryable, accountId: string, at: Date): Promise<void> {
  await db.query(
    `UPDATE directory_accounts SET next_sweep_at = '-infinity', stale_since = coalesce(stale_since, $2) WHERE account_id = $1`,
    [accountId, at],
  );
}

/**
 * The console's record of an invitation takes the status of the user the index holds for it,
 * unless the record was written (a send) after that user was read.
 */
async function takeInvitationStatuses(db: Queryable, accountId: string, emails: readonly string[], readAt: Date): Promise<void> {
  // Only the page's emails: a page costs the same in an account of 100 users or of 100,000.
  await db.query(
    `UPDATE invitations i SET status = u.invitation_status, checked_at = u.read_at
     FROM directory_users u
     WHERE i.account_id = $1 AND i.email = ANY($2::text[]) AND u.account_id = $1 AND u.email = i.email AND u.read_at = $3
       AND u.invitation_status IS NOT NULL AND i.sent_at < u.read_at AND i.status IS DISTINCT FROM u.invitation_status`,
    [accountId, [...emails], readAt],
  );
}

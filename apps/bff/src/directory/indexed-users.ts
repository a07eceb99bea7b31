import type { ListUsersQuery, User } from '@chime-console/contracts';
import type { Queryable } from '../db/index.ts';
import { containing } from './like-pattern.ts';

/** The users tab's filters the index answers (the exact email is always asked of Chime). */
export type IndexedFilters = Pick<ListUsersQuery, 'userType' | 'registrationStatus' | 'invitationStatus' | 'license' | 'nameContains'>;

/** The text search looks in: the trigram index's expression, exactly. */
export const SEARCH_TEXT = `(coalesce(email, '') || ' ' || lower(coalesce(display_name, '')))`;

const WHERE = `account_id = $1
  AND ($2::text IS NULL OR user_type = $2)
  AND ($3::text IS NULL OR registration_status = $3)
  AND ($4::text IS NULL OR invitation_status = $4)
  AND ($5::text IS NULL OR license_type = $5)
  AND ($6::text IS NULL OR ${SEARCH_TEXT} LIKE $6)`;

const filterParams = (accountId: string, filters: IndexedFilters) => [
  accountId,
  filters.userType ?? null,
  filters.registrationStatus ?? null,
  filters.invitationStatus ?? null,
  filters.license ?? null,
  filters.nameContains === undefined ? null : containing(filters.nameContains.toLowerCase()),
];

/** When the index last read the account's users in full; absent when it never has (it may know some users). */
export async function accountSweptAt(db: Queryable, accountId: string): Promise<Date | undefined> {
  return (await sweepOf(db, accountId))?.sweptAt;
}

/**
 * When the index can answer for the account's users: read in full, and nothing changed since that
 * it could not see (an invitation). Absent means Chime must be asked.
 */
export async function accountIndexedAt(db: Queryable, accountId: string): Promise<Date | undefined> {
  const sweep = await sweepOf(db, accountId);
  return sweep?.stale === false ? sweep.sweptAt : undefined;
}

async function sweepOf(db: Queryable, accountId: string) {
  const [row] = await db.query<{ users_swept_at: Date | null; stale: boolean }>(
    'SELECT users_swept_at, stale_since IS NOT NULL AS stale FROM directory_accounts WHERE account_id = $1',
    [accountId],
  );
  return row?.users_swept_at ? { sweptAt: row.users_swept_at, stale: row.stale } : undefined;
}

export interface UserPosition {
  email: string;
  id: string;
}

/** A page of the account's indexed users by email (then ID), after `after`. */
export async function readIndexedUsers(
  db: Queryable,
  accountId: string,
  filters: IndexedFilters,
  page: { after?: UserPosition | undefined; limit: number },
): Promise<User[]> {
  const rows = await db.query<{ record: User }>(
    `SELECT record FROM directory_users WHERE ${WHERE}
       AND ($7::text IS NULL OR (coalesce(email, ''), user_id) > ($7::text, $8::text))
     ORDER BY coalesce(email, ''), user_id LIMIT $9`,
    [...filterParams(accountId, filters), page.after?.email ?? null, page.after?.id ?? null, page.limit],
  );
  return rows.map((row) => row.record);
}

export async function countIndexedUsers(db: Queryable, accountId: string, filters: IndexedFilters): Promise<number> {
  const [row] = await db.query<{ total: number }>(
    `SELECT count(*)::int AS total FROM directory_users WHERE ${WHERE}`,
    filterParams(accountId, filters),
  );
  return row?.total ?? 0;
}

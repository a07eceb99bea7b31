import type { Queryable } from '../db/index.ts';
import { NO_INVITATIONS, type InvitationCounts } from './invitation-store.ts';

/**
 * Every invitation across accounts, for the overview: each user the index holds with an invitation
 * status (Chime's truth, whoever sent it), plus the console's records the index has no such user
 * for (sent since the last sweep, or closed as Removed). Deleted accounts' records are gone with them.
 */
const ALL_INVITATIONS = `(
  SELECT u.account_id, u.invitation_status AS status, coalesce(u.invited_on, u.read_at) AS sent_at, u.registered_on
  FROM directory_users u WHERE u.invitation_status IS NOT NULL
  UNION ALL
  SELECT i.account_id, i.status, i.sent_at, NULL FROM invitations i
  WHERE NOT EXISTS (SELECT 1 FROM directory_users u WHERE u.account_id = i.account_id AND u.email = i.email AND u.invitation_status IS NOT NULL)
) v`;

/** Pending by how long it has waited, in the buckets a manager chases them by. */
const AGE_BUCKETS = [
  { label: 'under 1 day', fromDays: 0, toDays: 1 },
  { label: '1 to 7 days', fromDays: 1, toDays: 7 },
  { label: '7 to 30 days', fromDays: 7, toDays: 30 },
  { label: 'over 30 days', fromDays: 30 },
] as const;

const pendingAged = (fromDays: number, toDays?: number) =>
  `count(*) FILTER (WHERE status = 'Pending' AND sent_at < now() - interval '${fromDays} days'${
    toDays === undefined ? '' : ` AND sent_at >= now() - interval '${toDays} days'`
  })::int`;

type AccountRow = InvitationCounts & { accountId: string; accountName: string; aged: number[] };

/** Counts per account in one pass: the totals and the pending ages are their sums. */
export async function countByAccount(db: Queryable): Promise<AccountRow[]> {
  return db.query<AccountRow>(
    `SELECT v.account_id AS "accountId", coalesce(min(a.name), v.account_id) AS "accountName",
       count(*) FILTER (WHERE status = 'Pending')::int AS pending,
       count(*) FILTER (WHERE status = 'Accepted')::int AS accepted,
       count(*) FILTER (WHERE status = 'Failed')::int AS failed,
       count(*) FILTER (WHERE status = 'Removed')::int AS removed,
       ${pendingAged(7)} AS "pendingOver7Days",
       ARRAY[${AGE_BUCKETS.map((bucket) => pendingAged(bucket.fromDays, 'toDays' in bucket ? bucket.toDays : undefined)).join(', ')}] AS aged
     FROM ${ALL_INVITATIONS} LEFT JOIN directory_accounts a USING (account_id)
     GROUP BY v.account_id`,
  );
}

export function totalsOf(rows: readonly AccountRow[]) {
  const totals = { ...NO_INVITATIONS };
  const aged = AGE_BUCKETS.map(() => 0);
  for (const row of rows) {
    totals.pending += row.pending;
    totals.accepted += row.accepted;
    totals.failed += row.failed;
    totals.removed += row.removed;
    totals.pendingOver7Days += row.pendingOver7Days;
    row.aged.forEach((count, index) => (aged[index] = (aged[index] ?? 0) + count));
  }
  return { totals, pendingByAge: AGE_BUCKETS.map((bucket, index) => ({ ...bucket, count: aged[index] ?? 0 })) };
}

/**
 * The console users who sent invitations, by the status the index now shows; what the index holds
 * beyond the console's records was sent outside the console (no `sentBy`).
 */
export async function countBySender(db: Queryable, totals: InvitationCounts, limit: number) {
  const senders = await db.query<InvitationCounts & { sentBy: string }>(
    `SELECT sent_by AS "sentBy",
       count(*) FILTER (WHERE status = 'Pending')::int AS pending,
       count(*) FILTER (WHERE status = 'Accepted')::int AS accepted,
       count(*) FILTER (WHERE status = 'Failed')::int AS failed,
       count(*) FILTER (WHERE status = 'Removed')::int AS removed,
       count(*) FILTER (WHERE status = 'Pending' AND sent_at < now() - interval '7 days')::int AS "pendingOver7Days"
     FROM invitations GROUP BY sent_by ORDER BY count(*) DESC, sent_by LIMIT $1`,
    [limit],
  );
  const outside = { ...totals };
  for (const sender of senders) for (const key of Object.keys(outside) as (keyof InvitationCounts)[]) outside[key] -= sender[key];
  const anyOutside = Object.values(outside).some((count) => count > 0);
  return anyOutside ? [...senders, outside] : senders;
}

export const TREND_WEEKS = 12;

/** Invitations sent, accepted and failed per week (Monday to Sunday, UTC), the last TREND_WEEKS weeks, oldest first. */
export async function weeklyTrend(db: Queryable) {
  const rows = await db.query<{ week: Date; sent: number; accepted: number; failed: number }>(
    `WITH weeks AS (
       SELECT generate_series(date_trunc('week', now()) - make_interval(weeks => $1 - 1), date_trunc('week', now()), interval '1 week') AS week
     ), events AS (
       SELECT date_trunc('week', sent_at) AS week, 1 AS sent, 0 AS accepted, (status = 'Failed')::int AS failed
       FROM ${ALL_INVITATIONS} WHERE sent_at >= (SELECT min(week) FROM weeks)
       UNION ALL
       SELECT date_trunc('week', registered_on), 0, 1, 0 FROM directory_users
       WHERE invitation_status = 'Accepted' AND registered_on >= (SELECT min(week) FROM weeks)
     )
     SELECT weeks.week, coalesce(sum(sent), 0)::int AS sent, coalesce(sum(accepted), 0)::int AS accepted, coalesce(sum(failed), 0)::int AS failed
     FROM weeks LEFT JOIN events USING (week) GROUP BY weeks.week ORDER BY weeks.week`,
    [TREND_WEEKS],
  );
  return rows.map(({ week, ...counts }) => ({ weekStart: week.toISOString().slice(0, 10), ...counts }));
}

/** The least recent complete read of an account's users: every count is at least this fresh. */
export async function oldestSweep(db: Queryable): Promise<Date | undefined> {
  const [row] = await db.query<{ oldest: Date | null }>('SELECT min(users_swept_at) AS oldest FROM directory_accounts');
  return row?.oldest ?? undefined;
}

import type { Queryable } from '../db/index.ts';
import { NO_INVITATIONS, type InvitationCounts } from './invitation-store.ts';

// The overview reads the per-account, per-day counts (invitation-days.ts), never the users: a few
// rows per account whether it has ten users or a hundred thousand. A day is whole, so "over 7 days"
// counts invitations sent before the day a week ago.

/** Pending by how long it has waited, in the buckets a manager chases them by. */
const AGE_BUCKETS = [
  { label: 'under 1 day', fromDays: 0, toDays: 1 },
  { label: '1 to 7 days', fromDays: 1, toDays: 7 },
  { label: '7 to 30 days', fromDays: 7, toDays: 30 },
  { label: 'over 30 days', fromDays: 30 },
] as const;

const pendingAged = (fromDays: number, toDays?: number) =>
  `coalesce(sum(sent) FILTER (WHERE status = 'Pending' AND day <= current_date - ${fromDays}${
    toDays === undefined ? '' : ` AND day > current_date - ${toDays}`
  }), 0)::int`;
const sentWith = (status: string) => `coalesce(sum(sent) FILTER (WHERE status = '${status}'), 0)::int`;

/** InvitationCounts, summed over rows of directory_invitation_days. */
const COUNTS = `${sentWith('Pending')} AS pending, ${sentWith('Accepted')} AS accepted, ${sentWith('Failed')} AS failed,
  ${sentWith('Removed')} AS removed, ${pendingAged(7)} AS "pendingOver7Days"`;

type AccountRow = InvitationCounts & { accountId: string; accountName: string; aged: number[] };

/** Counts per account in one pass: the totals and the pending ages are their sums. */
export async function countByAccount(db: Queryable): Promise<AccountRow[]> {
  return db.query<AccountRow>(
    `SELECT d.account_id AS "accountId", min(a.name) AS "accountName", ${COUNTS},
       ARRAY[${AGE_BUCKETS.map((bucket) => pendingAged(bucket.fromDays, 'toDays' in bucket ? bucket.toDays : undefined)).join(', ')}] AS aged
     FROM directory_invitation_days d JOIN directory_accounts a USING (account_id)
     WHERE d.sent > 0
     GROUP BY d.account_id`,
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
 * Who sent the invitations: each console user, by the status the index now shows, and (no
 * `sentBy`) whoever sent the ones the console has no record of, outside the console.
 */
export async function countBySender(db: Queryable, limit: number) {
  const [senders, [outside]] = await Promise.all([
    db.query<InvitationCounts & { sentBy: string }>(
      `SELECT sent_by AS "sentBy",
         count(*) FILTER (WHERE status = 'Pending')::int AS pending,
         count(*) FILTER (WHERE status = 'Accepted')::int AS accepted,
         count(*) FILTER (WHERE status = 'Failed')::int AS failed,
         count(*) FILTER (WHERE status = 'Removed')::int AS removed,
         count(*) FILTER (WHERE status = 'Pending' AND sent_at < now() - interval '7 days')::int AS "pendingOver7Days"
       FROM invitations GROUP BY sent_by ORDER BY count(*) DESC, sent_by LIMIT $1`,
      [limit],
    ),
    db.query<InvitationCounts>(`SELECT ${COUNTS} FROM directory_invitation_days WHERE NOT from_console`),
  ]);
  return outside && Object.values(outside).some((count) => count > 0) ? [...senders, outside] : senders;
}

export const TREND_WEEKS = 12;

/** Invitations sent, accepted and failed per week (Monday to Sunday, UTC), the last TREND_WEEKS weeks, oldest first. */
export async function weeklyTrend(db: Queryable) {
  const rows = await db.query<{ week: Date; sent: number; accepted: number; failed: number }>(
    `WITH weeks AS (
       SELECT generate_series(date_trunc('week', current_date) - make_interval(weeks => $1 - 1), date_trunc('week', current_date), interval '1 week')::date AS week
     )
     SELECT weeks.week, coalesce(sum(d.sent), 0)::int AS sent, coalesce(sum(d.accepted), 0)::int AS accepted,
       coalesce(sum(d.sent) FILTER (WHERE d.status = 'Failed'), 0)::int AS failed
     FROM weeks LEFT JOIN directory_invitation_days d ON date_trunc('week', d.day)::date = weeks.week
     GROUP BY weeks.week ORDER BY weeks.week`,
    [TREND_WEEKS],
  );
  return rows.map(({ week, ...counts }) => ({ weekStart: week.toISOString().slice(0, 10), ...counts }));
}

/** The least recent complete read of an account's users: every count is at least this fresh. */
export async function oldestSweep(db: Queryable): Promise<Date | undefined> {
  const [row] = await db.query<{ oldest: Date | null }>('SELECT min(users_swept_at) AS oldest FROM directory_accounts');
  return row?.oldest ?? undefined;
}

import type { Invitation } from '@chime-console/contracts';
import type { InviteResult } from '../chime/index.ts';
import type { Queryable } from '../db/index.ts';

/** Records what Chime answered for each invitation sent (emails lower-cased, as Chime matches them); a resend counts up. */
export async function recordInvitations(
  tx: Queryable,
  sent: { accountId: string; sentBy: string; jobId?: string | undefined },
  invites: readonly InviteResult[],
): Promise<void> {
  if (invites.length === 0) return;
  const rows = invites.map((invite) => ({
    email: invite.email.toLowerCase(),
    invite_id: invite.inviteId ?? null,
    status: invite.status ?? null,
    email_status: invite.emailStatus ?? null,
  }));
  await tx.query(
    `INSERT INTO invitations (account_id, email, invite_id, status, email_status, sent_by, job_id)
     SELECT $1, r.email, r.invite_id, r.status, r.email_status, $2, $3::uuid
     FROM jsonb_to_recordset($4::text::jsonb) AS r(email text, invite_id text, status text, email_status text)
     ON CONFLICT (account_id, email) DO UPDATE SET
       invite_id = excluded.invite_id, status = excluded.status, email_status = excluded.email_status,
       sent_by = excluded.sent_by, sent_at = date_trunc('milliseconds', now()), sends = invitations.sends + 1,
       job_id = excluded.job_id, checked_at = NULL`,
    [sent.accountId, sent.sentBy, sent.jobId ?? null, JSON.stringify(rows)],
  );
}

/**
 * Chime's user list says what became of each invitation: the status it shows wins, unless the
 * record changed after Chime was read (`readAt`). Readers overlap (the background check, a
 * manager's refresh, a resend), and an older read must not undo a newer one.
 */
export async function updateStatuses(
  tx: Queryable,
  accountId: string,
  statuses: readonly { email: string; status: string }[],
  readAt: Date,
): Promise<void> {
  if (statuses.length === 0) return;
  await tx.query(
    `UPDATE invitations i SET status = r.status, checked_at = $3
     FROM jsonb_to_recordset($2::text::jsonb) AS r(email text, status text)
     WHERE i.account_id = $1 AND i.email = lower(r.email)
       AND i.sent_at < $3 AND (i.checked_at IS NULL OR i.checked_at < $3)`,
    [accountId, JSON.stringify(statuses), readAt],
  );
}

export interface InvitationFilters {
  status?: Invitation['status'] | undefined;
  pendingOlderThanDays?: number | undefined;
  sentBy?: string | undefined;
  emailContains?: string | undefined;
}

const WHERE = `i.account_id = $1
  AND ($2::text IS NULL OR i.status = $2)
  AND ($3::int IS NULL OR (i.status = 'Pending' AND i.sent_at < now() - make_interval(days => $3::int)))
  AND ($4::text IS NULL OR i.sent_by = $4)
  AND ($5::text IS NULL OR strpos(lower(i.email), lower($5)) > 0)`;

interface InvitationRow {
  account_id: string;
  email: string;
  invite_id: string | null;
  status: Invitation['status'] | null;
  email_status: Invitation['emailStatus'] | null;
  sent_by: string;
  sent_at: Date;
  sends: number;
  job_id: string | null;
  checked_at: Date | null;
}

function toInvitation(row: InvitationRow): Invitation {
  return {
    accountId: row.account_id,
    email: row.email,
    ...(row.invite_id !== null && { inviteId: row.invite_id }),
    ...(row.status !== null && { status: row.status }),
    ...(row.email_status !== null && { emailStatus: row.email_status }),
    sentBy: row.sent_by,
    sentAt: row.sent_at.toISOString(),
    sends: row.sends,
    ...(row.job_id !== null && { jobId: row.job_id }),
    ...(row.checked_at !== null && { checkedAt: row.checked_at.toISOString() }),
  };
}

/** Newest first; `after` is the last row of the previous page (keyset on sent_at, email). */
export async function listInvitations(
  db: Queryable,
  accountId: string,
  filters: InvitationFilters,
  page: { after?: { sentAt: string; email: string } | undefined; limit: number },
): Promise<Invitation[]> {
  const rows = await db.query<InvitationRow>(
    `SELECT * FROM invitations i WHERE ${WHERE}
       AND ($6::timestamptz IS NULL OR (i.sent_at, i.email) < ($6::timestamptz, $7::text))
     ORDER BY i.sent_at DESC, i.email DESC LIMIT $8`,
    [
      accountId,
      filters.status ?? null,
      filters.pendingOlderThanDays ?? null,
      filters.sentBy ?? null,
      filters.emailContains ?? null,
      page.after?.sentAt ?? null,
      page.after?.email ?? null,
      page.limit,
    ],
  );
  return rows.map(toInvitation);
}

const COUNTS = `count(*) FILTER (WHERE status = 'Pending')::int AS pending,
  count(*) FILTER (WHERE status = 'Accepted')::int AS accepted,
  count(*) FILTER (WHERE status = 'Failed')::int AS failed,
  count(*) FILTER (WHERE status = 'Pending' AND sent_at < now() - interval '7 days')::int AS "pendingOver7Days"`;

export interface InvitationCounts {
  pending: number;
  accepted: number;
  failed: number;
  pendingOver7Days: number;
}

/** One account's counts, or every account's together when none is named. */
export async function countInvitations(db: Queryable, accountId?: string): Promise<InvitationCounts> {
  const [row] = await db.query<InvitationCounts>(`SELECT ${COUNTS} FROM invitations WHERE $1::text IS NULL OR account_id = $1`, [
    accountId ?? null,
  ]);
  return row ?? { pending: 0, accepted: 0, failed: 0, pendingOver7Days: 0 };
}

/** Accounts in one overview; past this the overview says it is cut short rather than growing without bound. */
export const OVERVIEW_ACCOUNT_LIMIT = 2000;

/** Up to `limit` accounts, those with the most pending invitations first. */
export async function countInvitationsByAccount(db: Queryable, limit: number): Promise<(InvitationCounts & { accountId: string })[]> {
  return db.query(
    `SELECT account_id AS "accountId", ${COUNTS} FROM invitations GROUP BY account_id
     ORDER BY count(*) FILTER (WHERE status = 'Pending') DESC, account_id LIMIT $1`,
    [limit],
  );
}

/** Who sent the invitations, across accounts: the console users behind the funnel. */
export async function countInvitationsBySender(db: Queryable, limit: number): Promise<(InvitationCounts & { sentBy: string })[]> {
  return db.query(`SELECT sent_by AS "sentBy", ${COUNTS} FROM invitations GROUP BY sent_by ORDER BY count(*) DESC, sent_by LIMIT $1`, [
    limit,
  ]);
}

export interface PendingAge {
  label: string;
  fromDays: number;
  toDays?: number;
  count: number;
}

/** How long the pending invitations have waited, in the buckets a manager chases them by. */
export async function countPendingByAge(db: Queryable): Promise<PendingAge[]> {
  const [row] = await db.query<{ d0: number; d1: number; d7: number; d30: number }>(
    `SELECT
       count(*) FILTER (WHERE sent_at >= now() - interval '1 day')::int AS d0,
       count(*) FILTER (WHERE sent_at < now() - interval '1 day' AND sent_at >= now() - interval '7 days')::int AS d1,
       count(*) FILTER (WHERE sent_at < now() - interval '7 days' AND sent_at >= now() - interval '30 days')::int AS d7,
       count(*) FILTER (WHERE sent_at < now() - interval '30 days')::int AS d30
     FROM invitations WHERE status = 'Pending'`,
  );
  return [
    { label: 'under 1 day', fromDays: 0, toDays: 1, count: row?.d0 ?? 0 },
    { label: '1 to 7 days', fromDays: 1, toDays: 7, count: row?.d1 ?? 0 },
    { label: '7 to 30 days', fromDays: 7, toDays: 30, count: row?.d7 ?? 0 },
    { label: 'over 30 days', fromDays: 30, count: row?.d30 ?? 0 },
  ];
}

/** The rows of one CSV export, read a page at a time so the export streams. */
export async function* scanInvitations(db: Queryable, accountId: string, filters: InvitationFilters): AsyncGenerator<Invitation[]> {
  let after: { sentAt: string; email: string } | undefined;
  for (;;) {
    const page = await listInvitations(db, accountId, filters, { after, limit: 500 });
    if (page.length === 0) return;
    yield page;
    const last = page.at(-1);
    after = last && { sentAt: last.sentAt, email: last.email };
  }
}

import type { Invitation } from '@chime-console/contracts';
import type { InviteResult } from '../chime/index.ts';
import type { Queryable } from '../db/index.ts';
import { invitationsChanged } from './invitation-days.ts';

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
  await invitationsChanged(tx, sent.accountId);
}

export interface InvitationFilters {
  status?: Invitation['status'] | undefined;
  pendingOlderThanDays?: number | undefined;
  sentBy?: string | undefined;
  source?: 'console' | 'outside' | undefined;
  emailContains?: string | undefined;
}

/**
 * An account's invitations: every user the index holds with an invitation status, whether or not
 * the console sent it, full-joined with the console's records (sender, InviteId, EmailStatus). A
 * record with no such user is one the sweep has not seen yet, or closed as Removed.
 */
const MERGED = `(
  SELECT $1::text AS account_id, coalesce(u.email, i.email) AS email, u.user_id, u.display_name, i.invite_id,
    -- A send after the index read the user (a resend) is newer than what the index shows.
    CASE WHEN i.sent_at > u.read_at THEN i.status ELSE coalesce(u.invitation_status, i.status) END AS status,
    i.email_status, i.sent_by,
    coalesce(i.sent_at, u.invited_on, u.read_at) AS sent_at, coalesce(i.sends, 0) AS sends, i.job_id,
    coalesce(u.read_at, i.checked_at) AS checked_at
  FROM (SELECT * FROM directory_users WHERE account_id = $1 AND invitation_status IS NOT NULL) u
  FULL JOIN (SELECT * FROM invitations WHERE account_id = $1) i ON i.email = u.email
) m`;

const WHERE = `($2::text IS NULL OR m.status = $2)
  AND ($3::int IS NULL OR (m.status = 'Pending' AND m.sent_at < now() - make_interval(days => $3::int)))
  AND ($4::text IS NULL OR m.sent_by = $4)
  AND ($5::text IS NULL OR ($5 = 'console') = (m.sent_by IS NOT NULL))
  AND ($6::text IS NULL OR strpos(m.email, lower($6)) > 0)`;

interface InvitationRow {
  account_id: string;
  email: string;
  user_id: string | null;
  display_name: string | null;
  invite_id: string | null;
  status: Invitation['status'] | null;
  email_status: Invitation['emailStatus'] | null;
  sent_by: string | null;
  sent_at: Date;
  sends: number;
  job_id: string | null;
  checked_at: Date | null;
}

function toInvitation(row: InvitationRow): Invitation {
  return {
    accountId: row.account_id,
    email: row.email,
    ...(row.user_id !== null && { userId: row.user_id }),
    ...(row.display_name !== null && { displayName: row.display_name }),
    ...(row.invite_id !== null && { inviteId: row.invite_id }),
    ...(row.status !== null && { status: row.status }),
    ...(row.email_status !== null && { emailStatus: row.email_status }),
    ...(row.sent_by !== null && { sentBy: row.sent_by }),
    sentAt: row.sent_at.toISOString(),
    sends: row.sends,
    ...(row.job_id !== null && { jobId: row.job_id }),
    ...(row.checked_at !== null && { checkedAt: row.checked_at.toISOString() }),
  };
}

const filterParams = (accountId: string, filters: InvitationFilters) => [
  accountId,
  filters.status ?? null,
  filters.pendingOlderThanDays ?? null,
  filters.sentBy ?? null,
  filters.source ?? null,
  filters.emailContains ?? null,
];

/** Newest first; `after` is the last row of the previous page (keyset on sent_at, email). */
export async function listInvitations(
  db: Queryable,
  accountId: string,
  filters: InvitationFilters,
  page: { after?: { sentAt: string; email: string } | undefined; limit: number },
): Promise<Invitation[]> {
  const rows = await db.query<InvitationRow>(
    `SELECT * FROM ${MERGED} WHERE ${WHERE}
       AND ($7::timestamptz IS NULL OR (m.sent_at, m.email) < ($7::timestamptz, $8::text))
     ORDER BY m.sent_at DESC, m.email DESC LIMIT $9`,
    [...filterParams(accountId, filters), page.after?.sentAt ?? null, page.after?.email ?? null, page.limit],
  );
  return rows.map(toInvitation);
}

const COUNTS = `count(*) FILTER (WHERE status = 'Pending')::int AS pending,
  count(*) FILTER (WHERE status = 'Accepted')::int AS accepted,
  count(*) FILTER (WHERE status = 'Failed')::int AS failed,
  count(*) FILTER (WHERE status = 'Removed')::int AS removed,
  count(*) FILTER (WHERE status = 'Pending' AND sent_at < now() - interval '7 days')::int AS "pendingOver7Days"`;

export interface InvitationCounts {
  pending: number;
  accepted: number;
  failed: number;
  removed: number;
  pendingOver7Days: number;
}

export const NO_INVITATIONS: InvitationCounts = { pending: 0, accepted: 0, failed: 0, removed: 0, pendingOver7Days: 0 };

/** One account's counts. */
export async function countInvitations(db: Queryable, accountId: string): Promise<InvitationCounts> {
  const [row] = await db.query<InvitationCounts>(`SELECT ${COUNTS} FROM ${MERGED}`, [accountId]);
  return row ?? NO_INVITATIONS;
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

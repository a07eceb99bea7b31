import { USER_HISTORY_LIMIT, type AuditEntry, type Role, type UserHistoryEntry } from '@chime-console/contracts';
import type { Queryable } from '../db/database.ts';
import { z } from 'zod';
import type { CursorCodec } from '../pagination/cursor-codec.ts';
import { keysetPage, type KeysetPage, type KeysetRequest } from '../pagination/keyset-page.ts';
import { summariseInput, visibleText } from './audit-input.ts';

export interface AuditFilters {
  actor?: string | undefined;
  action?: string | undefined;
  accountId?: string | undefined;
  /** The target user: entries about them alone, or naming them among a batch's users. */
  userId?: string | undefined;
  /** ISO-8601, inclusive. */
  from?: string | undefined;
  /** ISO-8601, exclusive. */
  to?: string | undefined;
}

/** The last entry of a page: the next page starts strictly after it in (at, id) descending order. */
const positionSchema = z.object({ at: z.iso.datetime(), id: z.string().regex(/^\d{1,19}$/) });
type AuditPosition = z.infer<typeof positionSchema>;

type PageRequest = Omit<KeysetRequest, 'scope'>;

/** An entry names the last Chime call (the one that changed or failed), and every call when there were several. */
export function upstreamCalls(requestIds: readonly string[]): Pick<NewAuditEntry, 'upstreamRequestId' | 'upstreamRequestIds'> {
  return {
    ...(requestIds.length > 0 && { upstreamRequestId: requestIds.at(-1) }),
    ...(requestIds.length > 1 && { upstreamRequestIds: [...requestIds] }),
  };
}

/** What a caller records; `at` defaults to the database's clock. */
export type NewAuditEntry = Omit<AuditEntry, 'id' | 'at'> & { at?: string | Date | undefined };

export const AUDIT_STREAM_BATCH = 500;

interface AuditRow {
  id: string;
  at: Date;
  actor: string;
  role: Role | null;
  action: string;
  account_id: string | null;
  account_name: string | null;
  user_id: string | null;
  user_name: string | null;
  input: Record<string, unknown> | null;
  result: AuditEntry['result'];
  error_code: string | null;
  upstream_request_id: string | null;
  upstream_request_ids: string[] | null;
  client_ip: string | null;
}

// On these the target is a console user, not a Chime user.
const CONSOLE_USER_ACTIONS = ['createConsoleUser', 'updateConsoleUser', 'forceConsolePassword'];

// Every column qualified: the joined tables have their own id, account_id and user_id. Names come
// from the directory index and the console users as they are now, so entries written before the
// index knew an account gain its name; a deleted account's entries keep only its ID.
const COLUMNS = `l.id::text AS id, l.at, l.actor, l.role, l.action, l.account_id, a.name AS account_name, l.user_id,
  coalesce(u.email, c.username) AS user_name, l.input, l.result, l.error_code, l.upstream_request_id, l.upstream_request_ids, l.client_ip`;
const FROM = `audit_log l
  LEFT JOIN directory_accounts a ON a.account_id = l.account_id
  LEFT JOIN directory_users u ON u.account_id = l.account_id AND u.user_id = l.user_id
  LEFT JOIN console_users c ON l.action IN (${CONSOLE_USER_ACTIONS.map((action) => `'${action}'`).join(', ')}) AND c.id::text = l.user_id`;

const toEntry = (row: AuditRow): AuditEntry => ({
  id: row.id,
  at: row.at.toISOString(),
  actor: row.actor,
  ...(row.role !== null && { role: row.role }),
  action: row.action,
  ...(row.account_id !== null && { accountId: row.account_id }),
  ...(row.account_name !== null && { accountName: row.account_name }),
  ...(row.user_id !== null && { userId: row.user_id }),
  ...(row.user_name !== null && { userName: row.user_name }),
  ...(row.input !== null && { input: row.input }),
  result: row.result,
  ...(row.error_code !== null && { errorCode: row.error_code }),
  ...(row.upstream_request_id !== null && { upstreamRequestId: row.upstream_request_id }),
  ...(row.upstream_request_ids !== null && { upstreamRequestIds: row.upstream_request_ids }),
  ...(row.client_ip !== null && { clientIp: row.client_ip }),
});

/**
 * Appends one entry (the table refuses UPDATE and DELETE); accepts a transaction so the entry commits
 * with the change. The input is bounded and stripped of secrets here too, and every string made
 * storable, whoever the caller is: nothing written can be taken back, and a write that fails after
 * Chime changed something would lose the change's only record.
 */
export async function recordAudit(db: Queryable, entry: NewAuditEntry): Promise<void> {
  const summary = summariseInput(entry.input);
  const text = (value: string | undefined) => (value === undefined ? null : visibleText(value));
  const input = summary === undefined ? null : JSON.stringify(summary);
  const at = entry.at instanceof Date ? entry.at.toISOString() : entry.at;
  await db.query(
    `INSERT INTO audit_log (at, actor, role, action, account_id, user_id, input, result, error_code, upstream_request_id, upstream_request_ids, client_ip)
     VALUES (date_trunc('milliseconds', coalesce($1::timestamptz, now())), $2, $3, $4, $5, $6, $7::text::jsonb, $8, $9, $10, $11::text[], $12)`,
    [
      at ?? null,
      text(entry.actor),
      entry.role ?? null,
      text(entry.action),
      text(entry.accountId),
      text(entry.userId),
      input,
      entry.result,
      text(entry.errorCode),
      text(entry.upstreamRequestId),
      entry.upstreamRequestIds?.map(visibleText) ?? null,
      text(entry.clientIp),
    ],
  );
}

/** Newest first, one page at a time; the cursor is signed, and only valid with the filters it was issued for. */
export function listAudit(db: Queryable, cursors: CursorCodec, filters: AuditFilters, page: PageRequest): Promise<KeysetPage<AuditEntry>> {
  return keysetPage(
    cursors,
    { ...page, scope: filters },
    { position: positionSchema, read: (after, limit) => selectEntries(db, filters, after, limit) },
  );
}

/** Every matching entry, newest first, read in batches so an export of any size holds one batch in memory. */
export async function* streamAudit(db: Queryable, filters: AuditFilters, batchSize = AUDIT_STREAM_BATCH): AsyncGenerator<AuditEntry> {
  let after: AuditPosition | undefined;
  for (;;) {
    const batch = await selectEntries(db, filters, after, batchSize);
    yield* batch;
    const last = batch.at(-1);
    if (batch.length < batchSize || !last) return;
    after = last;
  }
}

/** The user's last entries, newest first, without the fields only admins read. */
export async function userHistory(db: Queryable, accountId: string, userId: string): Promise<{ items: UserHistoryEntry[] }> {
  const entries = await selectEntries(db, { accountId, userId }, undefined, USER_HISTORY_LIMIT);
  return {
    items: entries.map(({ id, at, actor, role, action, result, errorCode }) => ({
      id,
      at,
      actor,
      action,
      result,
      ...(role !== undefined && { role }),
      ...(errorCode !== undefined && { errorCode }),
    })),
  };
}

async function selectEntries(db: Queryable, filters: AuditFilters, after: AuditPosition | undefined, limit: number): Promise<AuditEntry[]> {
  const params: unknown[] = [];
  const conditions: string[] = [];
  const where = (condition: (...placeholders: string[]) => string, ...values: unknown[]) => {
    const placeholders = values.map((value) => `$${params.push(value)}`);
    conditions.push(condition(...placeholders));
  };
  if (filters.actor !== undefined) where((p) => `l.actor = ${p}`, filters.actor);
  if (filters.action !== undefined) where((p) => `l.action = ${p}`, filters.action);
  if (filters.accountId !== undefined) where((p) => `l.account_id = ${p}`, filters.accountId);
  // A batch's entry names its users in its input (the first 20 of a request's, a job chunk's targets).
  if (filters.userId !== undefined) {
    where((p) => `(l.user_id = ${p} OR l.input->'userIds' ? ${p} OR l.input->'targets' ? ${p})`, filters.userId);
  }
  if (filters.from !== undefined) where((p) => `l.at >= ${p}::timestamptz`, filters.from);
  if (filters.to !== undefined) where((p) => `l.at < ${p}::timestamptz`, filters.to);
  if (after) where((at, id) => `(l.at, l.id) < (${at}::timestamptz, ${id}::bigint)`, after.at, after.id);
  const rows = await db.query<AuditRow>(
    `SELECT ${COLUMNS} FROM ${FROM} ${conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : ''}
     ORDER BY l.at DESC, l.id DESC LIMIT $${params.push(limit)}`,
    params,
  );
  return rows.map(toEntry);
}

import type { Job, JobItem, JobKind } from '@chime-console/contracts';
import type { Queryable } from '../db/index.ts';
import { JOB_KINDS } from './job-kinds.ts';

export interface NewJob {
  kind: JobKind;
  accountId: string;
  accountName?: string | undefined;
  targets: readonly string[];
  createdBy: string;
  licenseType?: string | undefined;
  userType?: string | undefined;
}

interface JobRow {
  id: string;
  kind: JobKind;
  account_id: string;
  account_name: string | null;
  status: Job['status'];
  created_by: string;
  created_at: Date;
  finished_at: Date | null;
  license_type: string | null;
  user_type: string | null;
  total: number;
  pending: number;
  ok: number;
  failed: number;
  cancelled: number;
  retryable: number;
}

/**
 * Items Retry sends again: cancelled ones, and failed ones whose failure a retry can get past
 * (items failed before failures were classified count as retryable, as they were then).
 */
const RETRYABLE_ITEM = `(i.status = 'cancelled' OR (i.status = 'failed' AND coalesce((i.result->'error'->>'retryable')::boolean, true)))`;

const JOB_COLUMNS = `j.id, j.kind, j.account_id, j.account_name, j.status, j.created_by, j.created_at, j.finished_at, j.license_type, j.user_type,
  (SELECT count(*)::int FROM job_items i WHERE i.job_id = j.id) AS total,
  (SELECT count(*)::int FROM job_items i WHERE i.job_id = j.id AND i.status = 'pending') AS pending,
  (SELECT count(*)::int FROM job_items i WHERE i.job_id = j.id AND i.status = 'ok') AS ok,
  (SELECT count(*)::int FROM job_items i WHERE i.job_id = j.id AND i.status = 'failed') AS failed,
  (SELECT count(*)::int FROM job_items i WHERE i.job_id = j.id AND i.status = 'cancelled') AS cancelled,
  (SELECT count(*)::int FROM job_items i WHERE i.job_id = j.id AND ${RETRYABLE_ITEM}) AS retryable`;

function toJob(row: JobRow): Job {
  return {
    id: row.id,
    kind: row.kind,
    accountId: row.account_id,
    ...(row.account_name !== null && { accountName: row.account_name }),
    status: row.status,
    createdBy: row.created_by,
    createdAt: row.created_at.toISOString(),
    ...(row.finished_at && { finishedAt: row.finished_at.toISOString() }),
    ...(row.license_type !== null && { licenseType: row.license_type as Job['licenseType'] }),
    ...(row.user_type !== null && { userType: row.user_type as Job['userType'] }),
    counts: { total: row.total, pending: row.pending, ok: row.ok, failed: row.failed, cancelled: row.cancelled, retryable: row.retryable },
  };
}

/** Records the job and every item, chunked to the API's size, before anything is sent. */
export async function insertJob(tx: Queryable, job: NewJob): Promise<string> {
  const { chunkSize } = JOB_KINDS[job.kind];
  const [row] = await tx.query<{ id: string }>(
    `INSERT INTO jobs (kind, account_id, account_name, created_by, license_type, user_type) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [job.kind, job.accountId, job.accountName ?? null, job.createdBy, job.licenseType ?? null, job.userType ?? null],
  );
  const id = row?.id;
  if (id === undefined) throw new Error('INSERT INTO jobs returned no row');
  await tx.query(
    `INSERT INTO job_items (job_id, seq, target, chunk_no)
     SELECT $1, t.n - 1, t.target, (t.n - 1) / $3 FROM jsonb_array_elements_text($2::text::jsonb) WITH ORDINALITY AS t(target, n)`,
    [id, JSON.stringify(job.targets), chunkSize],
  );
  await tx.query(`INSERT INTO job_chunks (job_id, chunk_no) SELECT $1, generate_series(0, $2 - 1)`, [
    id,
    Math.ceil(job.targets.length / chunkSize),
  ]);
  return id;
}

export async function findJob(db: Queryable, id: string): Promise<Job | undefined> {
  const [row] = await db.query<JobRow>(`SELECT ${JOB_COLUMNS} FROM jobs j WHERE j.id = $1`, [id]);
  return row && toJob(row);
}

export interface JobListFilters {
  accountId?: string | undefined;
  status?: Job['status'] | undefined;
  /** Keyset: jobs created before this one. */
  after?: { createdAt: string; id: string } | undefined;
  limit: number;
}

export async function listJobs(db: Queryable, filters: JobListFilters): Promise<Job[]> {
  const rows = await db.query<JobRow>(
    `SELECT ${JOB_COLUMNS} FROM jobs j
     WHERE ($1::text IS NULL OR j.account_id = $1) AND ($2::text IS NULL OR j.status = $2)
       AND ($3::timestamptz IS NULL OR (j.created_at, j.id) < ($3::timestamptz, $4::uuid))
     ORDER BY j.created_at DESC, j.id DESC LIMIT $5`,
    [filters.accountId ?? null, filters.status ?? null, filters.after?.createdAt ?? null, filters.after?.id ?? null, filters.limit],
  );
  return rows.map(toJob);
}

interface ItemRow {
  seq: number;
  target: string;
  status: JobItem['status'];
  attempts: number;
  result: Omit<JobItem, 'seq' | 'target' | 'targetName' | 'status' | 'attempts' | 'retryable'> | null;
  retryable: boolean;
  target_name: string | null;
}

export async function listJobItems(
  db: Queryable,
  jobId: string,
  filters: { status?: JobItem['status'] | undefined; afterSeq?: number | undefined; limit: number },
): Promise<JobItem[]> {
  const rows = await db.query<ItemRow>(
    // A user's email from the directory index, so people read who an item was for rather than an ID.
    `SELECT i.seq, i.target, i.status, i.attempts, i.result, ${RETRYABLE_ITEM} AS retryable, u.email AS target_name
     FROM job_items i JOIN jobs j ON j.id = i.job_id
     LEFT JOIN directory_users u ON u.account_id = j.account_id AND u.user_id = i.target
     WHERE i.job_id = $1 AND ($2::text IS NULL OR i.status = $2) AND i.seq > $3 ORDER BY i.seq LIMIT $4`,
    [jobId, filters.status ?? null, filters.afterSeq ?? -1, filters.limit],
  );
  return rows.map((row) => ({
    seq: row.seq,
    target: row.target,
    ...(row.target_name !== null && row.target_name !== row.target && { targetName: row.target_name }),
    status: row.status,
    attempts: row.attempts,
    ...row.result,
    retryable: row.retryable,
  }));
}

/**
 * Items not yet sent are cancelled; a chunk already claimed finishes and records what Chime did,
 * so nothing sent is ever shown as cancelled. The chunks are closed first and only their items are
 * cancelled: on PostgreSQL a claim committing meanwhile holds its chunk's row lock, so this update
 * waits for it, sees the chunk claimed and leaves its items to the worker that is sending them. A
 * chunk whose earlier call may have reached Chime stays open too: a worker reconciles it first.
 */
export async function cancelJob(tx: Queryable, id: string): Promise<void> {
  await tx.query(`UPDATE jobs SET status = 'cancelled', finished_at = now() WHERE id = $1 AND status = 'running'`, [id]);
  await tx.query(
    `WITH closed AS (UPDATE job_chunks SET state = 'done' WHERE job_id = $1 AND state = 'pending' AND NOT maybe_sent RETURNING chunk_no)
     UPDATE job_items SET status = 'cancelled'
     WHERE job_id = $1 AND status = 'pending' AND chunk_no IN (SELECT chunk_no FROM closed)`,
    [id],
  );
}

/**
 * Failed items a retry can help, and cancelled ones, go back into new chunks of their own, and the job runs again. A new
 * chunk holding an item whose last call may have reached Chime is reconciled before it is sent.
 */
export async function retryFailedItems(tx: Queryable, id: string, kind: JobKind): Promise<number> {
  const { chunkSize } = JOB_KINDS[kind];
  // Two retries at once would number their new chunks alike: they take turns on the job's row.
  await tx.query(`SELECT 1 FROM jobs WHERE id = $1 FOR UPDATE`, [id]);
  const [base] = await tx.query<{ next: number }>(`SELECT coalesce(max(chunk_no), -1)::int + 1 AS next FROM job_chunks WHERE job_id = $1`, [
    id,
  ]);
  const next = base?.next ?? 0;
  const retried = await tx.query<{ chunk_no: number; maybe_sent: boolean }>(
    `UPDATE job_items i SET status = 'pending', result = NULL, chunk_no = $2 + r.rank / $3
     FROM (SELECT i.seq, (row_number() OVER (ORDER BY i.seq) - 1)::int AS rank, c.maybe_sent
           FROM job_items i JOIN job_chunks c ON c.job_id = i.job_id AND c.chunk_no = i.chunk_no
           WHERE i.job_id = $1 AND ${RETRYABLE_ITEM}) r
     WHERE i.job_id = $1 AND i.seq = r.seq
     RETURNING i.chunk_no, r.maybe_sent`,
    [id, next, chunkSize],
  );
  if (retried.length === 0) return 0;
  const maybeSent = new Map<number, boolean>();
  for (const row of retried) maybeSent.set(row.chunk_no, (maybeSent.get(row.chunk_no) ?? false) || row.maybe_sent);
  await tx.query(
    `INSERT INTO job_chunks (job_id, chunk_no, maybe_sent)
     SELECT $1, r.chunk_no, r.maybe_sent FROM jsonb_to_recordset($2::text::jsonb) AS r(chunk_no int, maybe_sent boolean)`,
    [id, JSON.stringify([...maybeSent].map(([chunkNo, sent]) => ({ chunk_no: chunkNo, maybe_sent: sent })))],
  );
  await tx.query(`UPDATE jobs SET status = 'running', finished_at = NULL WHERE id = $1`, [id]);
  return retried.length;
}

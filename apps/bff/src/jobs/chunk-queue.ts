import type { JobItem, JobKind } from '@chime-console/contracts';
import type { Database, Queryable } from '../db/index.ts';

/** One claimed chunk: what to send, for which job, and whether an earlier attempt may have reached Chime. */
export interface ClaimedChunk {
  jobId: string;
  chunkNo: number;
  kind: JobKind;
  accountId: string;
  createdBy: string;
  licenseType: string | null;
  userType: string | null;
  /** Calls made for the chunk so far: counted as each starts (`startSend`), so reads and waits spend none. */
  attempts: number;
  /** An earlier attempt ended without a recorded answer (5xx, timeout, or its worker died). */
  uncertain: boolean;
  /**
   * The job was cancelled: the chunk is claimed only because an earlier call may have reached
   * Chime, to find out what it did before its other items are cancelled.
   */
  jobCancelled: boolean;
  items: { seq: number; target: string }[];
}

export type ItemOutcome = { seq: number; status: 'ok' | 'failed' } & Omit<JobItem, 'seq' | 'target' | 'status' | 'attempts' | 'retryable'>;

/**
 * Claims the oldest runnable chunk for this worker. SKIP LOCKED lets several BFF replicas on one
 * PostgreSQL claim different chunks at once; a chunk whose lease ran out (its worker died) is
 * claimable again, and counts as uncertain because its call may have reached Chime. That is
 * stored at once, so a later release (a 429 while reconciling) cannot forget it. A cancelled
 * job's uncertain chunks are still claimed: what Chime did with them must be found out.
 */
export async function claimChunk(db: Database, owner: string, leaseSeconds: number): Promise<ClaimedChunk | undefined> {
  return db.transaction(async (tx) => {
    const [chunk] = await tx.query<{
      job_id: string;
      chunk_no: number;
      attempts: number;
      uncertain: boolean;
      job_cancelled: boolean;
      kind: JobKind;
      account_id: string;
      created_by: string;
      license_type: string | null;
      user_type: string | null;
    }>(
      `WITH picked AS (
         SELECT c.job_id, c.chunk_no, (c.maybe_sent OR c.state = 'claimed') AS uncertain
         FROM job_chunks c JOIN jobs j ON j.id = c.job_id
         WHERE c.not_before <= now()
           AND (c.state = 'pending' OR (c.state = 'claimed' AND c.lease_until < now()))
           AND (j.status = 'running' OR (j.status = 'cancelled' AND (c.maybe_sent OR c.state = 'claimed')))
         -- Jobs take turns chunk by chunk: a small job started behind a 10,000-item one is not kept waiting.
         ORDER BY c.chunk_no, j.created_at
         LIMIT 1
         FOR UPDATE OF c SKIP LOCKED)
       UPDATE job_chunks c
       SET state = 'claimed', lease_owner = $1, lease_until = now() + make_interval(secs => $2), maybe_sent = picked.uncertain,
         in_flight_since = NULL
       FROM picked, jobs j
       WHERE c.job_id = picked.job_id AND c.chunk_no = picked.chunk_no AND j.id = c.job_id
       RETURNING c.job_id, c.chunk_no, c.attempts, picked.uncertain, j.status = 'cancelled' AS job_cancelled,
         j.kind, j.account_id, j.created_by, j.license_type, j.user_type`,
      [owner, leaseSeconds],
    );
    if (!chunk) return undefined;
    const items = await tx.query<{ seq: number; target: string }>(
      `SELECT seq, target FROM job_items WHERE job_id = $1 AND chunk_no = $2 AND status = 'pending' ORDER BY seq`,
      [chunk.job_id, chunk.chunk_no],
    );
    return {
      jobId: chunk.job_id,
      chunkNo: chunk.chunk_no,
      kind: chunk.kind,
      accountId: chunk.account_id,
      createdBy: chunk.created_by,
      licenseType: chunk.license_type,
      userType: chunk.user_type,
      attempts: chunk.attempts,
      uncertain: chunk.uncertain,
      jobCancelled: chunk.job_cancelled,
      items,
    };
  });
}

/** Writes item outcomes (only over items still pending, so nothing is counted twice). */
export async function recordOutcomes(tx: Queryable, chunk: ClaimedChunk, outcomes: readonly ItemOutcome[]): Promise<void> {
  if (outcomes.length === 0) return;
  const rows = outcomes.map(({ seq, status, ...result }) => ({ seq, status, result: Object.keys(result).length > 0 ? result : null }));
  await tx.query(
    `UPDATE job_items i SET status = r.status, result = r.result, attempts = i.attempts + 1
     FROM jsonb_to_recordset($3::text::jsonb) AS r(seq int, status text, result jsonb)
     WHERE i.job_id = $1 AND i.chunk_no = $2 AND i.seq = r.seq AND i.status = 'pending'`,
    [chunk.jobId, chunk.chunkNo, JSON.stringify(rows)],
  );
}

/** The chunk is finished; the job too once no chunk is left. */
export async function completeChunk(tx: Queryable, chunk: ClaimedChunk, owner: string): Promise<void> {
  // Completions of one job take turns: two replicas finishing its last two chunks at once would
  // each still see the other's chunk open, and neither would mark the job done.
  await tx.query(`SELECT 1 FROM jobs WHERE id = $1 FOR UPDATE`, [chunk.jobId]);
  await tx.query(
    `UPDATE job_chunks SET state = 'done', lease_owner = NULL, lease_until = NULL, done_by = $3 WHERE job_id = $1 AND chunk_no = $2`,
    [chunk.jobId, chunk.chunkNo, owner],
  );
  await tx.query(
    `UPDATE jobs SET status = 'done', finished_at = now()
     WHERE id = $1 AND status = 'running' AND NOT EXISTS (SELECT 1 FROM job_chunks WHERE job_id = $1 AND state <> 'done')`,
    [chunk.jobId],
  );
}

/**
 * Puts the chunk back to be tried again after `delayMs`. `maybeSent` marks a call that may have
 * reached Chime (a 5xx or a timeout): the next attempt reconciles first. If the job was cancelled
 * meanwhile, the chunk's items are cancelled instead, unless a call may have reached Chime: then
 * it goes back to be reconciled, so nothing sent is shown as cancelled.
 */
export async function releaseChunk(db: Database, chunk: ClaimedChunk, delayMs: number, maybeSent: boolean): Promise<void> {
  await db.transaction((tx) => putBack(tx, chunk, delayMs, maybeSent));
}

/** `releaseChunk` inside a transaction that records something with it. */
export async function putBack(tx: Queryable, chunk: ClaimedChunk, delayMs: number, maybeSent: boolean): Promise<void> {
  // The job row's lock orders this after a cancel committing meanwhile (which takes it first),
  // so a chunk it left to this worker is not put back where no worker would claim it.
  const [row] = await tx.query<{ status: string; maybe_sent: boolean }>(
    `SELECT j.status, c.maybe_sent FROM jobs j JOIN job_chunks c ON c.job_id = j.id
     WHERE j.id = $1 AND c.chunk_no = $2 FOR SHARE OF j`,
    [chunk.jobId, chunk.chunkNo],
  );
  if (row?.status === 'cancelled' && !maybeSent && !row.maybe_sent) {
    await cancelPendingItems(tx, chunk);
    await tx.query(`UPDATE job_chunks SET state = 'done', lease_owner = NULL, lease_until = NULL WHERE job_id = $1 AND chunk_no = $2`, [
      chunk.jobId,
      chunk.chunkNo,
    ]);
    return;
  }
  await tx.query(
    `UPDATE job_chunks SET state = 'pending', lease_owner = NULL, lease_until = NULL,
       not_before = now() + make_interval(secs => $3), maybe_sent = maybe_sent OR $4
     WHERE job_id = $1 AND chunk_no = $2 AND state = 'claimed'`,
    [chunk.jobId, chunk.chunkNo, delayMs / 1000, maybeSent],
  );
}

/** The chunk's items still pending end cancelled: nothing of them reached Chime. */
export async function cancelPendingItems(tx: Queryable, chunk: ClaimedChunk): Promise<void> {
  await tx.query(`UPDATE job_items SET status = 'cancelled' WHERE job_id = $1 AND chunk_no = $2 AND status = 'pending'`, [
    chunk.jobId,
    chunk.chunkNo,
  ]);
}

/** A call that failed for good may still have reached Chime: a retry of its items reconciles first. */
export async function markMaybeSent(tx: Queryable, chunk: ClaimedChunk): Promise<void> {
  await tx.query(`UPDATE job_chunks SET maybe_sent = true WHERE job_id = $1 AND chunk_no = $2`, [chunk.jobId, chunk.chunkNo]);
}

/** After reconciling, the items still pending are known not to have been sent. */
export async function markReconciled(tx: Queryable, chunk: ClaimedChunk): Promise<void> {
  await tx.query(`UPDATE job_chunks SET maybe_sent = false WHERE job_id = $1 AND chunk_no = $2`, [chunk.jobId, chunk.chunkNo]);
}

/** Extends the lease; false means another worker took the chunk over. */
export async function renewLease(db: Queryable, chunk: ClaimedChunk, owner: string, leaseSeconds: number): Promise<boolean> {
  const rows = await db.query(
    `UPDATE job_chunks SET lease_until = now() + make_interval(secs => $4)
     WHERE job_id = $1 AND chunk_no = $2 AND state = 'claimed' AND lease_owner = $3 RETURNING 1`,
    [chunk.jobId, chunk.chunkNo, owner, leaseSeconds],
  );
  return rows.length === 1;
}

/**
 * Extends the lease right before a call (which then keeps it while the call lasts) and counts the
 * attempt, so a worker killed during the call has still spent it. The attempt's number; undefined
 * means another worker took the chunk over: do not send.
 */
export async function startSend(db: Queryable, chunk: ClaimedChunk, owner: string, leaseSeconds: number): Promise<number | undefined> {
  const [row] = await db.query<{ attempts: number }>(
    `UPDATE job_chunks SET lease_until = now() + make_interval(secs => $4), attempts = attempts + 1, in_flight_since = now()
     WHERE job_id = $1 AND chunk_no = $2 AND state = 'claimed' AND lease_owner = $3 RETURNING attempts`,
    [chunk.jobId, chunk.chunkNo, owner, leaseSeconds],
  );
  return row?.attempts;
}

/** As `startSend`, for a reconcile round: counted before its lookups, so a worker dying in every round still ends it. */
export async function startReconcile(db: Queryable, chunk: ClaimedChunk, owner: string, leaseSeconds: number): Promise<number | undefined> {
  const [row] = await db.query<{ reconciles: number }>(
    `UPDATE job_chunks SET lease_until = now() + make_interval(secs => $4), reconciles = reconciles + 1
     WHERE job_id = $1 AND chunk_no = $2 AND state = 'claimed' AND lease_owner = $3 RETURNING reconciles`,
    [chunk.jobId, chunk.chunkNo, owner, leaseSeconds],
  );
  return row?.reconciles;
}

/**
 * Chime answered the call: it is no longer in flight. Committed before the answer is recorded, so a
 * worker dying in between leaves a chunk to reconcile (it may have been sent), not one to wait for.
 */
export async function markAnswered(db: Queryable, chunk: ClaimedChunk, owner: string): Promise<void> {
  await db.query(
    `UPDATE job_chunks SET in_flight_since = NULL, maybe_sent = true
     WHERE job_id = $1 AND chunk_no = $2 AND state = 'claimed' AND lease_owner = $3`,
    [chunk.jobId, chunk.chunkNo, owner],
  );
}

/**
 * For a process that alone uses its database (PGlite): every chunk still claimed was claimed by a
 * process that is gone. Those with no call in flight go back at once (to be reconciled first if a
 * call may have reached Chime); one whose call may still be in flight waits out its lease.
 */
export async function releaseOrphanedClaims(db: Queryable): Promise<number> {
  const rows = await db.query(
    `UPDATE job_chunks SET state = 'pending', lease_owner = NULL, lease_until = NULL
     WHERE state = 'claimed' AND in_flight_since IS NULL RETURNING 1`,
  );
  return rows.length;
}

/**
 * Locks the chunk for the rest of the transaction if this worker still holds it: a reconcile's
 * lookups take a while, and what they found is recorded (and audited) by one worker only.
 */
export async function holdsClaim(tx: Queryable, chunk: ClaimedChunk, owner: string): Promise<boolean> {
  const rows = await tx.query(
    `SELECT 1 FROM job_chunks WHERE job_id = $1 AND chunk_no = $2 AND state = 'claimed' AND lease_owner = $3 FOR UPDATE`,
    [chunk.jobId, chunk.chunkNo, owner],
  );
  return rows.length === 1;
}

import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Queryable } from '../db/index.ts';
import { forEachDatabase } from '../db/testing.ts';
import { claimChunk, completeChunk, recordOutcomes } from './chunk-queue.ts';
import { cancelJob, findJob, insertJob } from './job-store.ts';

const OWNER = 'worker-a';
const targets = Array.from({ length: 120 }, (_, i) => `person${i}@cancel.example`);

async function itemStatusesByChunk(db: Queryable, jobId: string): Promise<Record<number, string[]>> {
  const rows = await db.query<{ chunk_no: number; statuses: string[] }>(
    `SELECT chunk_no, array_agg(DISTINCT status ORDER BY status) AS statuses FROM job_items WHERE job_id = $1 GROUP BY chunk_no ORDER BY chunk_no`,
    [jobId],
  );
  return Object.fromEntries(rows.map((row) => [row.chunk_no, row.statuses]));
}

forEachDatabase('cancelling a job', (context) => {
  it('when a chunk is already claimed, then its items are left to its worker, the rest are cancelled, and the worker records what it sent', async () => {
    const jobId = await context.db.transaction((tx) => insertJob(tx, { kind: 'invite', accountId: 'a', targets, createdBy: 'admin' }));
    const claimed = await claimChunk(context.db, OWNER, 60);

    await context.db.transaction((tx) => cancelJob(tx, jobId));
    assert.deepEqual(await itemStatusesByChunk(context.db, jobId), { 0: ['pending'], 1: ['cancelled'], 2: ['cancelled'] });

    const chunk = claimed ?? assert.fail('a chunk was claimed');
    await context.db.transaction(async (tx) => {
      await recordOutcomes(
        tx,
        chunk,
        chunk.items.map(({ seq }) => ({ seq, status: 'ok' as const })),
      );
      await completeChunk(tx, chunk, OWNER);
    });
    const job = (await findJob(context.db, jobId)) ?? assert.fail('the job exists');
    assert.equal(job.status, 'cancelled');
    assert.deepEqual(job.counts, { total: 120, pending: 0, ok: 50, failed: 0, cancelled: 70 });
  });

  it('when a cancel races a claim that has not committed yet (PostgreSQL), then the claimed chunk is not cancelled under its worker', async (t) => {
    if (context.backend !== 'postgres') {
      t.skip('PGlite runs one transaction at a time: there is no race');
      return;
    }
    const jobId = await context.db.transaction((tx) => insertJob(tx, { kind: 'invite', accountId: 'a', targets, createdBy: 'admin' }));
    const other = await context.openAnother();

    let commitClaim = () => {};
    const claimHeld = Promise.withResolvers<number>();
    const claim = context.db.transaction(async (tx) => {
      // What claimChunk does, held open: the chunk's row is locked and changed but not committed.
      await tx.query(`UPDATE job_chunks SET state = 'claimed', lease_owner = $2 WHERE job_id = $1 AND chunk_no = 0`, [jobId, OWNER]);
      const [backend] = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      claimHeld.resolve(backend?.pid ?? -1);
      await new Promise<void>((resolve) => (commitClaim = resolve));
    });
    const claimPid = await claimHeld.promise;
    const cancel = other.transaction((tx) => cancelJob(tx, jobId));
    await waitUntilBlockedBy(context.db, claimPid);
    commitClaim();
    await Promise.all([claim, cancel]);

    assert.deepEqual(await itemStatusesByChunk(context.db, jobId), { 0: ['pending'], 1: ['cancelled'], 2: ['cancelled'] });
  });
});

/** Waits (bounded) until some backend is waiting on a lock held by `pid`: the cancel has reached the claimed row. */
async function waitUntilBlockedBy(db: Queryable, pid: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const rows = await db.query(`SELECT 1 FROM pg_stat_activity WHERE $1::int = ANY (pg_blocking_pids(pid))`, [pid]);
    if (rows.length > 0) return;
    if (Date.now() > deadline) assert.fail(`nothing waited on backend ${pid} within 10 s`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { Queryable } from '../db/index.ts';
import { forEachDatabase } from '../testing/databases.ts';
import { claimChunk, completeChunk, markMaybeSent, recordOutcomes, releaseChunk, type ClaimedChunk } from './chunk-queue.ts';
import { cancelJob, findJob, insertJob, retryFailedItems } from './job-store.ts';

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
    assert.deepEqual(job.counts, { total: 120, pending: 0, ok: 50, failed: 0, cancelled: 70, retryable: 70 });
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

const claimed = async (db: Parameters<typeof claimChunk>[0], owner = OWNER): Promise<ClaimedChunk> =>
  (await claimChunk(db, owner, 60)) ?? assert.fail('a chunk was claimed');

const finish = (db: Parameters<typeof claimChunk>[0], chunk: ClaimedChunk, status: 'ok' | 'failed', maybeSent = false) =>
  db.transaction(async (tx) => {
    const error = { code: 'upstream_unavailable', message: 'Chime is unavailable.' };
    await recordOutcomes(
      tx,
      chunk,
      chunk.items.map(({ seq }) => ({ seq, status, ...(status === 'failed' && { error }) })),
    );
    if (maybeSent) await markMaybeSent(tx, chunk);
    await completeChunk(tx, chunk, OWNER);
  });

forEachDatabase('releasing and retrying chunks', (context) => {
  const newJob = () => context.db.transaction((tx) => insertJob(tx, { kind: 'invite', accountId: 'a', targets, createdBy: 'admin' }));

  it('when a chunk whose worker died is released after a 429 while reconciling, then the next claim still reconciles it', async () => {
    await newJob();
    const first = await claimed(context.db);
    await context.db.query(`UPDATE job_chunks SET lease_until = now() - interval '1 second' WHERE chunk_no = $1`, [first.chunkNo]);
    const takenOver = await claimed(context.db, 'worker-b');
    await releaseChunk(context.db, takenOver, 0, false);
    const again = await claimed(context.db, 'worker-c');

    assert.deepEqual([first.uncertain, takenOver.chunkNo, takenOver.uncertain], [false, first.chunkNo, true]);
    assert.deepEqual([again.chunkNo, again.uncertain], [first.chunkNo, true]);
  });

  it('when a job is cancelled while a chunk that may have reached Chime waits for its retry, then that chunk is left open to be reconciled', async () => {
    const jobId = await newJob();
    const chunk = await claimed(context.db);
    await releaseChunk(context.db, chunk, 0, true);

    await context.db.transaction((tx) => cancelJob(tx, jobId));
    const again = await claimed(context.db);

    assert.deepEqual(await itemStatusesByChunk(context.db, jobId), { 0: ['pending'], 1: ['cancelled'], 2: ['cancelled'] });
    assert.deepEqual([again.chunkNo, again.uncertain, again.jobCancelled], [0, true, true]);
    assert.equal(await claimChunk(context.db, OWNER, 60), undefined, 'nothing else of the cancelled job is claimable');
  });

  it('when failed items are retried, then only those whose last call may have reached Chime are reconciled first', async () => {
    const jobId = await newJob();
    await finish(context.db, await claimed(context.db), 'failed', true);
    await finish(context.db, await claimed(context.db), 'failed');
    await finish(context.db, await claimed(context.db), 'ok');

    const retried = await context.db.transaction((tx) => retryFailedItems(tx, jobId, 'invite'));
    const [maybeSent, certain] = [await claimed(context.db), await claimed(context.db)];

    assert.equal(retried, 100);
    assert.deepEqual([maybeSent.chunkNo, maybeSent.uncertain, maybeSent.items.length], [3, true, 50]);
    assert.deepEqual([certain.chunkNo, certain.uncertain, certain.items.length], [4, false, 50]);
  });

  it('when a small job starts behind a large one, then their chunks take turns', async () => {
    const large = await newJob();
    const small = await context.db.transaction((tx) =>
      insertJob(tx, { kind: 'suspend', accountId: 'b', targets: targets.slice(0, 10), createdBy: 'admin' }),
    );
    const order = [await claimed(context.db), await claimed(context.db), await claimed(context.db)].map((c) => `${c.jobId}#${c.chunkNo}`);
    // Both jobs may carry the same millisecond: which chunk 0 comes first is not the point.
    assert.deepEqual([...order.slice(0, 2)].sort(), [`${large}#0`, `${small}#0`].sort());
    assert.equal(order[2], `${large}#1`);
  });

  it('when a release races a cancel that has not committed yet (PostgreSQL), then the chunk is cancelled, not left pending forever', async (t) => {
    if (context.backend !== 'postgres') {
      t.skip('PGlite runs one transaction at a time: there is no race');
      return;
    }
    const jobId = await newJob();
    const chunk = await claimed(context.db);
    const other = await context.openAnother();

    let commitCancel = () => {};
    const cancelHeld = Promise.withResolvers<number>();
    const cancel = context.db.transaction(async (tx) => {
      await cancelJob(tx, jobId);
      const [backend] = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      cancelHeld.resolve(backend?.pid ?? -1);
      await new Promise<void>((resolve) => (commitCancel = resolve));
    });
    const cancelPid = await cancelHeld.promise;
    const release = releaseChunk(other, chunk, 0, false);
    await waitUntilBlockedBy(context.db, cancelPid);
    commitCancel();
    await Promise.all([cancel, release]);

    const job = (await findJob(context.db, jobId)) ?? assert.fail('the job exists');
    assert.deepEqual(job.counts, { total: 120, pending: 0, ok: 0, failed: 0, cancelled: 120, retryable: 120 });
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

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CountersSnapshot } from '@chime-console/chime-emulator';
import { startGatewayUnderTest, type GatewayUnderTest } from '../testing/gateway-under-test.ts';
import { openDatabase, migrate, type Database } from '../db/index.ts';
import { createLogger } from '../http/logging.ts';
import { JobRunner } from './job-runner.ts';
import { findJob, insertJob } from './job-store.ts';
import { UpstreamBudget } from '../upstream/upstream-budget.ts';
import { emails, notExactlyOnce, waitUntil } from '../testing/job-helpers.ts';

/** Far shorter than the call: a lease that only covered the call's start would run out under it. */
const LEASE_SECONDS = 1;
const CALL_MS = 3000;

describe('a job chunk whose call outlasts the lease', () => {
  let chime: GatewayUnderTest;
  let db: Database;
  const runners: JobRunner[] = [];
  const startRunner = () => {
    const runner = new JobRunner({
      db,
      gateway: chime.gatewayWith({ maxAttempts: 1, requestTimeoutMs: 30_000 }),
      pacer: new UpstreamBudget(db, { rate: 10, burst: 10, lookupRate: 50 }).pacer('jobs'),
      logger: createLogger('silent'),
      concurrency: 1,
      leaseSeconds: LEASE_SECONDS,
      pollMs: 100,
      maxAttempts: 3,
    });
    runners.push(runner);
    runner.start();
    return runner;
  };

  before(async () => {
    chime = await startGatewayUnderTest({ seed: { set: 'empty' } });
    db = await openDatabase({ dataDir: 'memory://' });
    await migrate(db);
  });
  after(async () => {
    await Promise.all(runners.map((runner) => runner.stop()));
    await db.close();
    await chime.close();
  });

  it('when a call takes longer than the lease, then its worker keeps the chunk: no other worker reconciles and resends it meanwhile', async () => {
    const account = await chime.gateway.createAccount('Slow Onboarding');
    await chime.emulator.control('PUT', '/faults', { latencyMs: CALL_MS, operations: ['InviteUsers'] });
    const sent = emails(50, 'slow.example');
    const jobId = await db.transaction((tx) => insertJob(tx, { kind: 'invite', accountId: account.id, targets: sent, createdBy: 'admin' }));
    const first = startRunner();
    const calling = async () => (await db.query(`SELECT 1 FROM job_chunks WHERE job_id = $1 AND attempts = 1`, [jobId])).length === 1;
    await waitUntil(calling, 10_000);

    const second = startRunner();
    await waitUntil(async () => (await findJob(db, jobId))?.status === 'done', 20_000);
    const counters = await chime.emulator.control<CountersSnapshot>('GET', '/counters');
    const [chunk] = await db.query<{ done_by: string; attempts: number }>(`SELECT done_by, attempts FROM job_chunks WHERE job_id = $1`, [
      jobId,
    ]);

    assert.deepEqual(notExactlyOnce(counters.invitationsSent, sent), []);
    assert.equal(counters.operations.ListUsers, undefined, 'nobody reconciled the chunk under its worker');
    assert.deepEqual(chunk, { done_by: first.owner, attempts: 1 });
    assert.notEqual(second.owner, first.owner);
  });
});

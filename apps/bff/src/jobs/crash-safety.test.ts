import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { startTestEmulator, type TestEmulator } from '@chime-console/chime-emulator/testing';
import type { CountersSnapshot } from '@chime-console/chime-emulator';
import type { AuditEntry, Invitation, Job, JobItem } from '@chime-console/contracts';
import type { ApiClient } from '../testing/test-bff.ts';
import { connectTo } from '../testing/test-bff.ts';
import { startBffFor, type BffProcess } from '../testing/bff-process.ts';
import { withSharedSchema } from '../testing/databases.ts';
import { chunkAudit, createTeamAccount, emails, notExactlyOnce, waitForJob, waitUntil } from '../testing/job-helpers.ts';

const ADMIN = { username: 'crash-admin', password: 'crash-test-password' };

interface InvitationPage {
  items: Invitation[];
  counts: { pending: number };
}

/** Items the runner settled by reading Chime's users back rather than by an answer of its own. */
async function reconciledItems(client: ApiClient, jobId: string): Promise<number> {
  let reconciled = 0;
  for (let cursor: string | undefined, first = true; first || cursor !== undefined; first = false) {
    const page = (await client.call('GET', `/api/jobs/${jobId}/items?pageSize=200${cursor ? `&cursor=${cursor}` : ''}`)).json<{
      items: JobItem[];
      nextCursor?: string;
    }>();
    reconciled += page.items.filter((item) => item.reconciled === true).length;
    cursor = page.nextCursor;
  }
  return reconciled;
}

/**
 * Items each chunk's successful entries account for. An entry names only its first 20 targets, so
 * completeness is counted: the sent entry and the "confirmed by lookup" entry of a chunk add up.
 */
function auditedPerChunk(entries: readonly AuditEntry[]): Map<number, number> {
  const perChunk = new Map<number, number>();
  for (const entry of entries.filter((e) => e.result === 'ok')) {
    const chunk = Number(entry.input?.chunk);
    perChunk.set(chunk, (perChunk.get(chunk) ?? 0) + Number(entry.input?.ok));
  }
  return new Map([...perChunk].sort(([x], [y]) => x - y));
}

describe('bulk jobs across crashes and replicas', () => {
  let emulator: TestEmulator;
  const running: BffProcess[] = [];
  const start = async (env: Record<string, string>) => {
    const bff = await startBffFor(emulator, ADMIN, { JOB_LEASE_SECONDS: '15', ...env });
    running.push(bff);
    return bff;
  };
  /** Before its data directory goes: a BFF must not go on working in a directory being deleted under it. */
  const stopAll = () => Promise.all(running.splice(0).map((bff) => bff.stop()));
  const invitationsSent = async () => (await emulator.control<CountersSnapshot>('GET', '/counters')).invitationsSent;

  before(async () => {
    emulator = await startTestEmulator({ seed: { set: 'empty' } });
  });
  after(async () => {
    await stopAll();
    await emulator.close();
  });

  it('when the BFF is killed (SIGKILL) mid-job and restarted, then the job resumes and every email is invited exactly once', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'chime-crash-'));
    try {
      const first = await start({ DATA_DIR: dataDir });
      const admin = await connectTo(first.url).signIn(ADMIN.username, ADMIN.password);
      const account = await createTeamAccount(admin, 'Crash Onboarding');
      // Latency keeps calls in flight, so the kill lands on one whose answer is never recorded; and
      // 5% of calls invite and then answer 500/503, so retries must reconcile rather than resend.
      await emulator.control('PUT', '/throttle', { operations: { InviteUsers: { rate: 10, burst: 10 } } });
      await emulator.control('PUT', '/faults', {
        latencyMs: 150,
        errorRate: 0.05,
        statuses: [500, 503],
        afterServing: true,
        operations: ['InviteUsers'],
      });
      await emulator.control('DELETE', '/counters');
      const sent = emails(10_000, 'crash.example');
      const job = (await admin.call('POST', `/api/accounts/${account.id}/jobs`, { body: { kind: 'invite', emails: sent } })).json<Job>();

      while (Object.keys(await invitationsSent()).length < 3000) await new Promise((resolve) => setTimeout(resolve, 50));
      await first.kill();
      const atKill = Object.keys(await invitationsSent()).length;

      const second = await start({ DATA_DIR: dataDir });
      const again = await connectTo(second.url).signIn(ADMIN.username, ADMIN.password);
      const done = await waitForJob(again, job.id, 180_000);

      assert.ok(atKill < 10_000, 'the job was cut off mid-run');
      assert.deepEqual(done.counts, { total: 10_000, pending: 0, ok: 10_000, failed: 0, cancelled: 0, retryable: 0 });
      assert.deepEqual(notExactlyOnce(await invitationsSent(), sent), []);
      assert.ok((await reconciledItems(again, job.id)) > 0, 'some chunks were reconciled instead of sent again');
      const tracked = (await again.call('GET', `/api/accounts/${account.id}/invitations?pageSize=1`)).json<InvitationPage>();
      assert.equal(tracked.counts.pending, 10_000, 'every invitation is tracked, the reconciled ones too');
    } finally {
      await emulator.control('DELETE', '/faults');
      await stopAll();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('when the BFF on PGlite is killed while its chunks wait for their turn, then the restarted BFF takes them over at once, not after their lease', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'chime-orphans-'));
    try {
      // A call every 5 s, and leases far longer than the test may take; no background check, so every
      // ListUsers call would be a reconcile's.
      const slow = { DATA_DIR: dataDir, JOB_RATE: '0.2', JOB_BURST: '1', JOB_LEASE_SECONDS: '600', DIRECTORY_SWEEP_SECONDS: '0' };
      const first = await start(slow);
      const admin = await connectTo(first.url).signIn(ADMIN.username, ADMIN.password);
      const account = await createTeamAccount(admin, 'Orphaned Onboarding');
      await emulator.control('DELETE', '/counters');
      const sent = emails(150, 'orphans.example');
      const job = (await admin.call('POST', `/api/accounts/${account.id}/jobs`, { body: { kind: 'invite', emails: sent } })).json<Job>();
      const ok = async () => (await admin.call('GET', `/api/jobs/${job.id}`)).json<Job>().counts.ok;

      // The first chunk goes at once; the kill lands while both workers hold a chunk seconds from its token.
      await waitUntil(async () => (await ok()) === 50, 30_000);
      await first.kill();
      const second = await start(slow);
      const done = await waitForJob(await connectTo(second.url).signIn(ADMIN.username, ADMIN.password), job.id, 60_000);
      const counters = await emulator.control<CountersSnapshot>('GET', '/counters');

      assert.deepEqual(done.counts, { total: 150, pending: 0, ok: 150, failed: 0, cancelled: 0, retryable: 0 });
      assert.deepEqual(notExactlyOnce(counters.invitationsSent, sent), []);
      assert.equal(counters.operations.ListUsers, undefined, 'chunks never sent were not taken for uncertain ones');
    } finally {
      await stopAll();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  const databaseUrl = process.env.TEST_DATABASE_URL;
  it(
    'when two BFF processes on one PostgreSQL work one job through 10% faulty reads and writes and each is killed (SIGKILL) and restarted, then every email is invited once, recorded, tracked and audited',
    { skip: databaseUrl === undefined && 'TEST_DATABASE_URL is not set' },
    async () => {
      await withSharedSchema(databaseUrl ?? '', async ({ url, schema, admin }) => {
        try {
          // Two calls a second each keep the job running for the two kills; the directory sweep stays
          // off, so every ListUsers call is a reconcile's lookup.
          const replica = () => start({ DATABASE_URL: url, JOB_RATE: '2', JOB_BURST: '2', DIRECTORY_SWEEP_SECONDS: '0' });
          const [a, b] = [await replica(), await replica()];
          const client = await connectTo(a.url).signIn(ADMIN.username, ADMIN.password);
          const account = await createTeamAccount(client, 'Replicated Onboarding');
          // Half the failures lose the answer of a call Chime served: reads and writes alike.
          await emulator.control('PUT', '/faults', {
            errorRate: 0.1,
            statuses: [500, 503],
            afterServingRate: 0.5,
            latencyMs: 100,
            operations: ['InviteUsers', 'ListUsers'],
          });
          await emulator.control('DELETE', '/counters');
          const sent = emails(1000, 'replicas.example');
          const job = (
            await client.call('POST', `/api/accounts/${account.id}/jobs`, { body: { kind: 'invite', emails: sent } })
          ).json<Job>();
          const invited = async () => Object.keys(await invitationsSent()).length;

          await waitUntil(async () => (await invited()) >= 200, 60_000);
          await a.kill();
          const restartedA = await replica();
          await waitUntil(async () => (await invited()) >= 500, 60_000);
          await b.kill();
          await replica();
          const again = await connectTo(restartedA.url).signIn(ADMIN.username, ADMIN.password);
          const done = await waitForJob(again, job.id, 90_000);
          const counters = await emulator.control<CountersSnapshot>('GET', '/counters');
          const { rows } = await admin.query<{ workers: number }>(
            `SELECT count(DISTINCT done_by)::int AS workers FROM ${schema}.job_chunks WHERE job_id = $1`,
            [job.id],
          );
          const tracked = (await again.call('GET', `/api/accounts/${account.id}/invitations?pageSize=1`)).json<InvitationPage>();
          const audited = auditedPerChunk(await chunkAudit(again, account.id));

          assert.deepEqual(done.counts, { total: 1000, pending: 0, ok: 1000, failed: 0, cancelled: 0, retryable: 0 });
          assert.deepEqual(notExactlyOnce(counters.invitationsSent, sent), []);
          // Which calls the 10% strike is chance (a chunk reads its account a page at a time, a few dozen
          // reads in all): reconcile-invites.test.ts fails reads and served writes on purpose.
          assert.ok((rows[0]?.workers ?? 0) >= 2, 'the replicas shared the job');
          assert.equal(tracked.counts.pending, 1000, 'every invitation is tracked, the reconciled ones too');
          assert.deepEqual(
            audited,
            new Map(Array.from({ length: 20 }, (_, chunk) => [chunk, 50])),
            'every item of every chunk is in an audit entry',
          );
        } finally {
          await emulator.control('DELETE', '/faults');
        }
      });
    },
  );
});

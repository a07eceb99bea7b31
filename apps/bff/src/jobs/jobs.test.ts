import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { JOB_CHUNK_AUDIT_ACTION, type AuditEntry, type Job, type JobItem, type Problem, type User } from '@chime-console/contracts';
import type { CountersSnapshot } from '@chime-console/chime-emulator';
import { startTestBff, type TestBff } from '../testing/test-bff.ts';
import { createTeamAccount, emails, notExactlyOnce, seedAccount, waitForJob } from '../testing/job-helpers.ts';

describe('bulk jobs', () => {
  let bff: TestBff;
  before(async () => {
    bff = await startTestBff({ seed: 'empty' });
  });
  after(() => bff.close());

  it('when 10,000 emails are invited against a throttled (10 calls/s) and failing (10% 500/503) Chime, then each is invited exactly once', async () => {
    const account = await createTeamAccount(bff.as('admin'), 'Bulk Onboarding');
    await bff.emulator.control('PUT', '/throttle', { operations: { InviteUsers: { rate: 10, burst: 10 } } });
    await bff.emulator.control('PUT', '/faults', { errorRate: 0.1, statuses: [500, 503], operations: ['InviteUsers'] });
    await bff.emulator.control('DELETE', '/counters');
    const sent = emails(10_000, 'bulk.example');

    const created = await bff.as('admin').call('POST', `/api/accounts/${account.id}/jobs`, { body: { kind: 'invite', emails: sent } });
    assert.equal(created.status, 201, created.text);
    const job = await waitForJob(bff.as('admin'), created.json<Job>().id, 120_000);

    const counters = await bff.emulator.control<CountersSnapshot>('GET', '/counters');
    assert.deepEqual(job.counts, { total: 10_000, pending: 0, ok: 10_000, failed: 0, cancelled: 0, retryable: 0 });
    assert.equal(job.status, 'done');
    assert.deepEqual(notExactlyOnce(counters.invitationsSent, sent), []);
    const outcomes = counters.operations.InviteUsers?.outcomes ?? {};
    assert.ok(
      Object.keys(outcomes).some((outcome) => outcome !== '201'),
      `faults were injected: ${JSON.stringify(outcomes)}`,
    );
    await bff.emulator.control('DELETE', '/faults');
    await bff.emulator.control('PUT', '/throttle', { operations: { InviteUsers: null } });
  });

  it('when 1,000 users of an EnterpriseLWA account and some unknown IDs are suspended, then each gets its own result, and the unknown ones are not offered for retry', async () => {
    const accountId = await seedAccount(bff.emulator, 1000, 'EnterpriseLWA');
    const ids: string[] = [];
    for (let cursor: string | undefined, first = true; first || cursor !== undefined; first = false) {
      const page = await bff.as('viewer').call('GET', `/api/accounts/${accountId}/users?pageSize=200${cursor ? `&cursor=${cursor}` : ''}`);
      const body = page.json<{ items: User[]; nextCursor?: string }>();
      ids.push(...body.items.map((user) => user.id));
      cursor = body.nextCursor;
    }
    const unknown = Array.from({ length: 7 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);

    const created = await bff
      .as('admin')
      .call('POST', `/api/accounts/${accountId}/jobs`, { body: { kind: 'suspend', userIds: [...ids, ...unknown] } });
    const job = await waitForJob(bff.as('admin'), created.json<Job>().id, 60_000);

    assert.equal(ids.length, 1000);
    assert.deepEqual(job.counts, { total: 1007, pending: 0, ok: 1000, failed: 7, cancelled: 0, retryable: 0 });
    const failed = (await bff.as('viewer').call('GET', `/api/jobs/${job.id}/items?status=failed&pageSize=200`)).json<{
      items: JobItem[];
    }>();
    assert.deepEqual(failed.items.map((item) => item.target).sort(), unknown);
    assert.ok(
      failed.items.every(
        (item) => item.error?.code === 'NotFound' && item.error.message.startsWith('Chime has no such user') && !item.retryable,
      ),
      JSON.stringify(failed.items[0]),
    );
    const suspended = (
      await bff.as('viewer').call('GET', `/api/accounts/${accountId}/users?registrationStatus=Suspended&pageSize=200`)
    ).json<{
      items: User[];
    }>();
    assert.equal(suspended.items.length, 200, 'every user is suspended in Chime (first page of the scan)');

    const retried = await bff.as('admin').call('POST', `/api/jobs/${job.id}/retry-failed`);
    assert.equal(retried.json<Job>().counts.pending, 0, 'a user Chime does not know is not sent again');
    const items = (await bff.as('viewer').call('GET', `/api/jobs/${job.id}/items?status=failed`)).json<{ items: JobItem[] }>();
    assert.ok(items.items.every((item) => item.attempts === 1));

    const audit = (
      await bff.as('admin').call('GET', `/api/audit?action=${JOB_CHUNK_AUDIT_ACTION}&accountId=${accountId}&pageSize=200`)
    ).json<{ items: AuditEntry[] }>();
    assert.equal(audit.items.length, 21, 'one entry per chunk call, and none for the retry that had nothing to send');
    assert.ok(audit.items.every((entry) => entry.actor === 'admin' && entry.upstreamRequestId !== undefined && entry.result === 'ok'));
    const auditedOk = audit.items.reduce((sum, entry) => sum + Number(entry.input?.ok ?? 0), 0);
    assert.equal(auditedOk, 1000);
  });

  it('when licenses, unsuspensions and sign-outs run as jobs, then each user gets its result and Chime shows the change', async () => {
    const accountId = await seedAccount(bff.emulator, 45, 'EnterpriseLWA');
    const users = (await bff.as('viewer').call('GET', `/api/accounts/${accountId}/users?pageSize=200`)).json<{ items: User[] }>().items;
    const ids = users.map((user) => user.id);
    // The generated set suspends some users already; the suspend job takes ten of the others.
    const active = users.filter((user) => user.registrationStatus !== 'Suspended').map((user) => user.id);
    const run = async (body: Record<string, unknown>) => {
      const created = await bff.as('admin').call('POST', `/api/accounts/${accountId}/jobs`, { body });
      assert.equal(created.status, 201, created.text);
      return waitForJob(bff.as('admin'), created.json<Job>().id, 30_000);
    };
    await bff.emulator.control('DELETE', '/counters');

    const licensed = await run({ kind: 'license', userIds: ids, licenseType: 'Basic' });
    const suspended = await run({ kind: 'suspend', userIds: active.slice(0, 10) });
    const unsuspended = await run({ kind: 'unsuspend', userIds: ids });
    const signedOut = await run({ kind: 'logout', userIds: ids.slice(0, 3) });
    const after = (await bff.as('viewer').call('GET', `/api/accounts/${accountId}/users?pageSize=200`)).json<{ items: User[] }>().items;
    const { operations } = await bff.emulator.control<CountersSnapshot>('GET', '/counters');

    for (const job of [licensed, suspended, unsuspended, signedOut]) assert.equal(job.counts.ok, job.counts.total, JSON.stringify(job));
    assert.ok(
      after.every((user) => user.licenseType === 'Basic' && user.registrationStatus !== 'Suspended'),
      JSON.stringify(after),
    );
    assert.deepEqual(operations.BatchUpdateUser?.outcomes, { '200': 3 }, '45 users in chunks of 20');
    assert.deepEqual(operations.LogoutUser?.outcomes, { '204': 3 }, 'one call per user');
    // The list above wrote the users into the directory index: each item names its user by email.
    const items = (await bff.as('viewer').call('GET', `/api/jobs/${signedOut.id}/items`)).json<{ items: JobItem[] }>().items;
    const emails = new Map(users.map((user) => [user.id, user.email]));
    assert.deepEqual(
      items.map((item) => item.targetName),
      ids.slice(0, 3).map((id) => emails.get(id)),
    );
  });

  it('when a job is created, then it names its account as it was then, and still does once the account is deleted', async () => {
    const account = await createTeamAccount(bff.as('admin'), 'Named Onboarding');
    const created = await bff
      .as('admin')
      // Signing out a user the account does not have: the job ends, and the account stays empty, so it can be deleted.
      .call('POST', `/api/accounts/${account.id}/jobs`, { body: { kind: 'logout', userIds: ['no-such-user'] } });
    assert.equal(created.status, 201, created.text);

    const listed = (await bff.as('viewer').call('GET', `/api/jobs?accountId=${account.id}`)).json<{ items: Job[] }>().items;

    assert.equal(created.json<Job>().accountName, 'Named Onboarding');
    assert.deepEqual(
      listed.map((job) => job.accountName),
      ['Named Onboarding'],
    );
    await waitForJob(bff.as('admin'), created.json<Job>().id, 30_000);
    const deleted = await bff.as('admin').call('DELETE', `/api/accounts/${account.id}`);
    assert.equal(deleted.status, 204, deleted.text);
    assert.equal((await bff.as('viewer').call('GET', `/api/jobs/${created.json<Job>().id}`)).json<Job>().accountName, 'Named Onboarding');
  });

  it('when a job is cancelled, then items not yet sent are cancelled and none of them reaches Chime', async () => {
    const account = await createTeamAccount(bff.as('admin'), 'Cancelled Onboarding');
    await bff.emulator.control('PUT', '/throttle', { operations: { InviteUsers: { rate: 2, burst: 1 } } });
    await bff.emulator.control('DELETE', '/counters');
    const sent = emails(1000, 'cancel.example');
    const created = (
      await bff.as('admin').call('POST', `/api/accounts/${account.id}/jobs`, { body: { kind: 'invite', emails: sent } })
    ).json<Job>();

    const cancelled = (await bff.as('admin').call('POST', `/api/jobs/${created.id}/cancel`)).json<Job>();
    const settled = await waitForJob(bff.as('admin'), created.id, 30_000);
    // A chunk already claimed finishes; allow the in-flight calls to land before counting.
    const counters = await bff.emulator.control<CountersSnapshot>('GET', '/counters');

    assert.equal(cancelled.status, 'cancelled');
    assert.ok(settled.counts.cancelled >= 900, JSON.stringify(settled.counts));
    assert.equal(settled.counts.ok + settled.counts.cancelled + settled.counts.failed, 1000);
    assert.equal(Object.keys(counters.invitationsSent).length, settled.counts.ok);
    await bff.emulator.control('PUT', '/throttle', { operations: { InviteUsers: null } });
  });

  it('when a job is cancelled after a call that Chime served but answered 500, then that chunk is reconciled: what was sent shows as ok, never as cancelled', async () => {
    const account = await createTeamAccount(bff.as('admin'), 'Cancelled After A Fault');
    await bff.emulator.control('DELETE', '/counters');
    await bff.emulator.control('PUT', '/faults', {
      errorRate: 1,
      statuses: [500],
      afterServing: true,
      times: 1,
      operations: ['InviteUsers'],
    });
    const sent = emails(150, 'served.example');
    const created = (
      await bff.as('admin').call('POST', `/api/accounts/${account.id}/jobs`, { body: { kind: 'invite', emails: sent } })
    ).json<Job>();
    const faulted = async () => (await bff.emulator.control<CountersSnapshot>('GET', '/counters')).operations.InviteUsers?.outcomes;
    for (let outcomes = await faulted(); outcomes?.ServiceFailureException === undefined; outcomes = await faulted()) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }

    await bff.as('admin').call('POST', `/api/jobs/${created.id}/cancel`);
    const settled = await waitForJob(bff.as('admin'), created.id, 30_000);
    const counters = await bff.emulator.control<CountersSnapshot>('GET', '/counters');
    const shownOk = (await bff.as('viewer').call('GET', `/api/jobs/${created.id}/items?status=ok&pageSize=200`)).json<{
      items: JobItem[];
    }>();

    assert.equal(settled.status, 'cancelled');
    assert.deepEqual(
      notExactlyOnce(
        counters.invitationsSent,
        shownOk.items.map((item) => item.target),
      ),
      [],
      'each item shown ok was invited once',
    );
    assert.equal(Object.keys(counters.invitationsSent).length, settled.counts.ok, 'nothing Chime got is shown as cancelled');
    assert.ok(settled.counts.ok >= 50, JSON.stringify(settled.counts));
    assert.equal(settled.counts.ok + settled.counts.cancelled, 150);
    await bff.emulator.control('DELETE', '/faults');
  });

  it('when Chime would refuse the whole job (invites to a non-Team account), then it is refused before anything is recorded', async () => {
    const lwa = await seedAccount(bff.emulator, 1, 'EnterpriseLWA');
    const response = await bff.as('admin').call('POST', `/api/accounts/${lwa}/jobs`, { body: { kind: 'invite', emails: ['a@b.example'] } });
    assert.equal(response.status, 422);
    assert.match(response.json<Problem>().detail, /Team/);
    const jobs = (await bff.as('viewer').call('GET', `/api/jobs?accountId=${lwa}`)).json<{ items: Job[] }>();
    assert.deepEqual(jobs.items, []);
  });

  it('when a job body is too large or malformed, then 400 names the field', async () => {
    const response = await bff.as('admin').call('POST', '/api/accounts/any/jobs', { body: { kind: 'invite', emails: ['not-an-email'] } });
    assert.equal(response.status, 400);
    assert.match(response.json<Problem>().fields?.[0]?.field ?? '', /emails/);
  });
});

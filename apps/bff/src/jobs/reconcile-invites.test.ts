import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import { startTestEmulator, type TestEmulator } from '@chime-console/chime-emulator/testing';
import type { CountersSnapshot } from '@chime-console/chime-emulator';
import type { Job, JobItem } from '@chime-console/contracts';
import { connectTo, type ApiClient } from '../testing/test-bff.ts';
import { startBffFor, type BffProcess } from '../testing/bff-process.ts';
import { LOOKUP_TRIES } from './reconcile-invites.ts';
import { chunkAudit, createTeamAccount, emails, notExactlyOnce, waitForJob } from '../testing/job-helpers.ts';

const ADMIN = { username: 'reconcile-admin', password: 'reconcile-test-password' };
/** Send attempts per chunk, and so reconcile rounds too: small, so a spent budget shows quickly. */
const MAX_ATTEMPTS = 3;
const EMAILS = 10;
/** Failed ListUsers calls that make one whole reconcile round fail: every lookup uses all its tries. */
const FAILED_ROUND = EMAILS * LOOKUP_TRIES;

describe('reconciling an interrupted invite chunk', () => {
  let emulator: TestEmulator;
  let bff: BffProcess;
  let admin: ApiClient;

  before(async () => {
    emulator = await startTestEmulator({ seed: { set: 'empty' } });
    bff = await startBffFor(emulator, ADMIN, {
      DATA_DIR: 'memory://',
      JOB_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
      // The background check reads ListUsers too, and would spend the faults these tests count.
      DIRECTORY_SWEEP_SECONDS: '0',
    });
    admin = await connectTo(bff.url).signIn(ADMIN.username, ADMIN.password);
  });
  after(async () => {
    await bff.stop();
    await emulator.close();
  });
  beforeEach(async () => {
    await emulator.control('DELETE', '/faults');
    await emulator.control('DELETE', '/counters');
  });

  /** Invites `count` addresses after the faults are set: the first InviteUsers call fails, then `lookupFailures` ListUsers calls. */
  const inviteThrough = async (name: string, faults: { afterServing: boolean; lookupFailures: number | null }, count = EMAILS) => {
    const account = await createTeamAccount(admin, name);
    await emulator.control('PUT', '/faults', {
      errorRate: 1,
      statuses: [500, 503],
      operations: ['InviteUsers', 'ListUsers'],
      times: faults.lookupFailures === null ? null : 1 + faults.lookupFailures,
      afterServing: faults.afterServing,
    });
    const sent = emails(count, `${name.toLowerCase().replaceAll(' ', '-')}.example`);
    const created = await admin.call('POST', `/api/accounts/${account.id}/jobs`, { body: { kind: 'invite', emails: sent } });
    assert.equal(created.status, 201, created.text);
    return { accountId: account.id, sent, job: await waitForJob(admin, created.json<Job>().id, 60_000) };
  };
  const counters = () => emulator.control<CountersSnapshot>('GET', '/counters');
  const items = async (jobId: string) =>
    (await admin.call('GET', `/api/jobs/${jobId}/items?pageSize=200`)).json<{ items: JobItem[] }>().items;

  it('when some lookups fail, then only those are tried again, the others are kept, and every served invitation is confirmed, not resent', async () => {
    const { accountId, sent, job } = await inviteThrough('Lookup Faults', { afterServing: true, lookupFailures: 3 });

    const { operations, invitationsSent } = await counters();
    assert.deepEqual(job.counts, { total: EMAILS, pending: 0, ok: EMAILS, failed: 0, cancelled: 0, retryable: 0 });
    assert.ok((await items(job.id)).every((item) => item.reconciled === true));
    assert.deepEqual(notExactlyOnce(invitationsSent, sent), []);
    assert.equal(operations.InviteUsers?.requests, 1, 'the served call was not repeated');
    assert.equal(operations.ListUsers?.requests, EMAILS + 3, 'one lookup per email, and one more per failed lookup');

    const entries = await chunkAudit(admin, accountId);
    assert.equal(entries.length, 1, JSON.stringify(entries));
    const entry = entries[0] ?? assert.fail('no audit entry');
    const input = entry.input ?? {};
    assert.equal(entry.result, 'ok');
    assert.equal(input.operation, 'InviteUsers');
    assert.equal(input.confirmedBy, 'lookup');
    assert.equal(input.ok, EMAILS);
    assert.equal(input.lookupOperation, 'ListUsers');
    const lookupIds = input.lookupRequestIds as string[];
    assert.equal(new Set(lookupIds).size, EMAILS, 'one lookup request ID per confirmed email');
    assert.equal(entry.upstreamRequestId, undefined, 'no ListUsers request ID under an InviteUsers entry');
  });

  it('when whole reconcile rounds fail, then no send attempt is spent: the unsent chunk is sent once its lookups answer', async () => {
    // Two failed rounds and the failed send would be three attempts, all the chunk has.
    const { accountId, sent, job } = await inviteThrough('Rounds Fail', { afterServing: false, lookupFailures: 2 * FAILED_ROUND });

    const { operations, invitationsSent } = await counters();
    assert.deepEqual(job.counts, { total: EMAILS, pending: 0, ok: EMAILS, failed: 0, cancelled: 0, retryable: 0 });
    assert.deepEqual(notExactlyOnce(invitationsSent, sent), []);
    assert.equal(operations.InviteUsers?.requests, 2, 'the failed send and one more');
    assert.equal(operations.ListUsers?.requests, 2 * FAILED_ROUND + EMAILS, 'two failed rounds, then one lookup each');
    const entries = await chunkAudit(admin, accountId);
    assert.deepEqual(
      entries.map((entry) => [entry.result, entry.input?.operation, entry.input?.attempt]),
      [['ok', 'InviteUsers', 2]],
    );
  });

  it('when an uncertain item cannot be looked up for two rounds, then it is not resent, and the third round confirms it', async () => {
    const { sent, job } = await inviteThrough('Served Then Unreadable', { afterServing: true, lookupFailures: 2 * FAILED_ROUND });

    const { operations, invitationsSent } = await counters();
    assert.deepEqual(job.counts, { total: EMAILS, pending: 0, ok: EMAILS, failed: 0, cancelled: 0, retryable: 0 });
    assert.ok((await items(job.id)).every((item) => item.reconciled === true));
    assert.deepEqual(notExactlyOnce(invitationsSent, sent), []);
    assert.equal(operations.InviteUsers?.requests, 1);
  });

  it('when the lookups keep failing, then after the reconcile budget the items fail as outcome_unknown, are never resent, and the entry names ListUsers; a retry confirms them', async () => {
    const { accountId, sent, job } = await inviteThrough('Never Readable', { afterServing: true, lookupFailures: null });
    const failed = await items(job.id);
    const whileFailing = await counters();
    await emulator.control('DELETE', '/faults');

    assert.deepEqual(job.counts, { total: EMAILS, pending: 0, ok: 0, failed: EMAILS, cancelled: 0, retryable: EMAILS });
    assert.ok(
      failed.every((item) => item.error?.code === 'outcome_unknown' && /may have been sent/.test(item.error.message)),
      JSON.stringify(failed[0]),
    );
    assert.equal(whileFailing.operations.InviteUsers?.requests, 1, 'never resent');
    assert.equal(whileFailing.operations.ListUsers?.requests, MAX_ATTEMPTS * FAILED_ROUND);
    const entries = await chunkAudit(admin, accountId);
    assert.equal(entries.length, 1, JSON.stringify(entries));
    const entry = entries[0] ?? assert.fail('no audit entry');
    const input = entry.input ?? {};
    assert.equal(entry.result, 'error');
    assert.equal(input.operation, 'ListUsers');
    assert.equal(input.failed, EMAILS);
    assert.ok(entry.upstreamRequestId !== undefined, 'the failed lookup is named by its request ID');

    await admin.call('POST', `/api/jobs/${job.id}/retry-failed`);
    const retried = await waitForJob(admin, job.id, 30_000);
    assert.deepEqual(retried.counts, { total: EMAILS, pending: 0, ok: EMAILS, failed: 0, cancelled: 0, retryable: 0 });
    assert.deepEqual(notExactlyOnce((await counters()).invitationsSent, sent), [], 'the retry looked them up and found them invited');
    const confirmed = await chunkAudit(admin, accountId);
    assert.equal(confirmed[0]?.input?.confirmedBy, 'lookup');
  });

  it('when a full chunk was served but its answer lost, then one pass over the account confirms every email, a failing page is read again, and nothing is resent', async () => {
    // A full chunk: enough emails for a pass over the account's users to cost less than a lookup each.
    const count = 50;
    const { accountId, sent, job } = await inviteThrough('Scan Served', { afterServing: true, lookupFailures: 2 }, count);

    const { operations, invitationsSent } = await counters();
    assert.deepEqual(job.counts, { total: count, pending: 0, ok: count, failed: 0, cancelled: 0, retryable: 0 });
    assert.ok((await items(job.id)).every((item) => item.reconciled === true));
    assert.deepEqual(notExactlyOnce(invitationsSent, sent), []);
    assert.equal(operations.InviteUsers?.requests, 1, 'the served call was not repeated');
    assert.equal(operations.ListUsers?.requests, 1 + 2, 'one page of 200 users, read again after each failure, instead of 50 lookups');
    const [entry] = await chunkAudit(admin, accountId);
    assert.equal(entry?.input?.confirmedBy, 'lookup');
    assert.equal(entry.input.ok, count);
    // The audit keeps the first 20 of a list, and its length.
    const { first, count: ids } = entry.input.lookupRequestIds as { first: string[]; count: number };
    assert.deepEqual([new Set(first).size, ids], [1, count], 'every email confirmed by the one page');
  });

  it('when a full chunk was not served, then the pass shows every email absent, and each is sent once', async () => {
    const count = 50;
    const { sent, job } = await inviteThrough('Scan Not Served', { afterServing: false, lookupFailures: 0 }, count);

    const { operations, invitationsSent } = await counters();
    assert.deepEqual(job.counts, { total: count, pending: 0, ok: count, failed: 0, cancelled: 0, retryable: 0 });
    assert.deepEqual(notExactlyOnce(invitationsSent, sent), []);
    assert.equal(operations.InviteUsers?.requests, 2, 'the failed send and one more');
    assert.equal(operations.ListUsers?.requests, 1);
  });
});

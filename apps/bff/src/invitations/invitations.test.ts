import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { checkEmailsResponseSchema, Invitation, invitationOverviewSchema, Job, JobItem } from '@chime-console/contracts';
import type { z } from 'zod';
import { InviteUsersCommand } from '@aws-sdk/client-chime';
import { createChimeClient } from '../chime/index.ts';
import { createTeamAccount, waitForJob } from '../testing/job-helpers.ts';
import { startTestBff, type TestBff } from '../testing/test-bff.ts';

type CheckEmailsResponse = z.infer<typeof checkEmailsResponseSchema>;

interface InvitationPage {
  items: Invitation[];
  nextCursor?: string;
  counts: { pending: number; accepted: number; failed: number; removed: number; pendingOver7Days: number };
  reconciledAt?: string;
}

describe('invitation tracking', () => {
  let bff: TestBff;
  let accountId: string;
  const sent = ['ada@track.example', 'grace@track.example', 'edsger@track.example', 'barbara@track.example'];
  before(async () => {
    bff = await startTestBff({ seed: 'empty' });
    accountId = (await createTeamAccount(bff.as('admin'), 'Tracked Invitations')).id;
    await bff.as('admin').call('POST', `/api/accounts/${accountId}/invitations`, { body: { emails: sent.slice(0, 1) } });
    const job = await bff.as('admin').call('POST', `/api/accounts/${accountId}/jobs`, { body: { kind: 'invite', emails: sent.slice(1) } });
    await waitForJob(bff.as('admin'), job.json<Job>().id, 30_000);
  });
  after(() => bff.close());

  it('when the console invites, by a direct call or a job, then each invitation is recorded with its sender and InviteId', async () => {
    const page = (await bff.as('viewer').call('GET', `/api/accounts/${accountId}/invitations`)).json<InvitationPage>();
    assert.deepEqual(page.items.map((invitation) => invitation.email).sort(), [...sent].sort());
    assert.ok(
      page.items.every((invitation) => invitation.sentBy === 'admin' && invitation.inviteId !== undefined && invitation.sends === 1),
    );
    assert.equal(page.items.filter((invitation) => invitation.jobId !== undefined).length, 3);
    assert.deepEqual(page.counts, { pending: 4, accepted: 0, failed: 0, removed: 0, pendingOver7Days: 0 });
  });

  it("when Chime's users show invitations accepted or failed, then a refresh reconciles the records and the counts", async () => {
    await bff.emulator.control('POST', '/invitations/accept', { accountId, email: sent[0] });
    await bff.emulator.control('POST', '/invitations/fail', { accountId, email: sent[1] });
    const page = (await bff.as('viewer').call('GET', `/api/accounts/${accountId}/invitations?refresh=true`)).json<InvitationPage>();
    const statusOf = Object.fromEntries(page.items.map((invitation) => [invitation.email, invitation.status]));
    assert.deepEqual([statusOf[sent[0] ?? ''], statusOf[sent[1] ?? ''], statusOf[sent[2] ?? '']], ['Accepted', 'Failed', 'Pending']);
    assert.deepEqual(page.counts, { pending: 2, accepted: 1, failed: 1, removed: 0, pendingOver7Days: 0 });
    assert.ok(page.reconciledAt !== undefined);

    const pending = (await bff.as('viewer').call('GET', `/api/accounts/${accountId}/invitations?status=Pending`)).json<InvitationPage>();
    assert.equal(pending.items.length, 2);
    const overview = (await bff.as('viewer').call('GET', '/api/invitations/overview')).json<{ totals: InvitationPage['counts'] }>();
    assert.deepEqual(overview.totals, { pending: 2, accepted: 1, failed: 1, removed: 0, pendingOver7Days: 0 });
  });

  it('when invitations are paged, then the cursor is bound to the filters', async () => {
    const first = (await bff.as('viewer').call('GET', `/api/accounts/${accountId}/invitations?pageSize=3`)).json<InvitationPage>();
    const second = (
      await bff.as('viewer').call('GET', `/api/accounts/${accountId}/invitations?pageSize=3&cursor=${first.nextCursor ?? ''}`)
    ).json<InvitationPage>();
    const reused = await bff
      .as('viewer')
      .call('GET', `/api/accounts/${accountId}/invitations?status=Pending&cursor=${first.nextCursor ?? ''}`);
    assert.equal(first.items.length + second.items.length, 4);
    assert.equal(second.nextCursor, undefined);
    assert.equal(reused.status, 400);
  });

  it('when a failed invitation is resent by helpdesk, then the record counts the send', async () => {
    const users = (await bff.as('viewer').call('GET', `/api/accounts/${accountId}/users?email=${sent[1] ?? ''}`)).json<{
      items: { id: string }[];
    }>();
    const resent = await bff.as('helpdesk').call('POST', `/api/accounts/${accountId}/users/${users.items[0]?.id ?? ''}/resend-invitation`);
    assert.equal(resent.status, 200, resent.text);
    const page = (await bff.as('viewer').call('GET', `/api/accounts/${accountId}/invitations?emailContains=grace`)).json<InvitationPage>();
    assert.deepEqual(
      [page.items[0]?.sends, page.items[0]?.sentBy, page.items[0]?.status],
      [2, 'helpdesk', 'Pending'],
      'the resend, not the failure the index read before it',
    );
  });

  it('when a manager exports invitations, then the CSV has a row per matching invitation', async () => {
    const csv = await bff.as('viewer').call('GET', `/api/accounts/${accountId}/invitations.csv?status=Accepted`);
    const lines = csv.text.trim().split('\n');
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    assert.equal(lines[0], 'email,displayName,status,emailStatus,inviteId,sentBy,sentAt,sends,checkedAt,jobId,userId');
    assert.deepEqual(
      lines.slice(1).map((line) => line.split(',')[0]),
      [sent[0]],
    );
  });

  it('when an admin checks emails before inviting, then the ones already in the account are named with their status, whatever their case', async () => {
    const small = await bff.as('admin').call('POST', `/api/accounts/${accountId}/invitations/check`, {
      // Edsger's invitation stays pending in every test (Ada's is accepted by an earlier one): still Unregistered.
      body: { emails: ['EDSGER@track.example', 'new@track.example'] },
    });
    assert.deepEqual(small.json<CheckEmailsResponse>().existing, [
      { email: 'EDSGER@track.example', accountId, registrationStatus: 'Unregistered' },
    ]);
    const many = Array.from({ length: 30 }, (_, i) => `someone${i}@track.example`).concat(sent[2] ?? '');
    const large = await bff.as('admin').call('POST', `/api/accounts/${accountId}/invitations/check`, { body: { emails: many } });
    assert.deepEqual(
      large.json<CheckEmailsResponse>().existing.map((existing) => existing.email),
      [sent[2]],
    );
  });

  it('when an address is a user of another account, then the check names that account, and an invitation sent anyway fails saying why, with no retry offered', async () => {
    const other = await createTeamAccount(bff.as('admin'), 'Other Team');
    const taken = 'taken@elsewhere.example';
    assert.equal((await bff.as('admin').call('POST', `/api/accounts/${other.id}/users`, { body: { email: taken } })).status, 201);

    const check = await bff.as('admin').call('POST', `/api/accounts/${accountId}/invitations/check`, { body: { emails: [taken] } });
    assert.deepEqual(check.json<CheckEmailsResponse>().existing, [
      { email: taken, accountId: other.id, accountName: 'Other Team', registrationStatus: 'Unregistered' },
    ]);

    const created = await bff.as('admin').call('POST', `/api/accounts/${accountId}/jobs`, { body: { kind: 'invite', emails: [taken] } });
    const job = await waitForJob(bff.as('admin'), created.json<Job>().id, 30_000);
    assert.deepEqual([job.counts.failed, job.counts.retryable], [1, 0]);
    const item = (await bff.as('viewer').call('GET', `/api/jobs/${job.id}/items`)).json<{ items: JobItem[] }>().items.at(0);
    assert.ok(item);
    assert.deepEqual({ retryable: item.retryable, code: item.error?.code }, { retryable: false, code: 'invitation_failed' });
    assert.match(String(item.error?.message), /another Chime account/);
    const retried = await bff.as('admin').call('POST', `/api/jobs/${job.id}/retry-failed`);
    assert.equal(retried.json<Job>().counts.pending, 0, 'nothing that would fail the same way is sent again');
  });
});

describe("the invitations overview, from Chime's truth", () => {
  let bff: TestBff;
  before(async () => {
    bff = await startTestBff({ seed: 'empty', directorySweepSeconds: 1 });
  });
  after(() => bff.close());

  it('when Chime shows an invitation accepted, then the overview counts it without anyone opening the account', async () => {
    const accountId = (await createTeamAccount(bff.as('admin'), 'Checked In The Background')).id;
    const emails = ['lin@checked.example', 'mae@checked.example', 'ola@checked.example'];
    await bff.as('admin').call('POST', `/api/accounts/${accountId}/invitations`, { body: { emails } });
    await bff.emulator.control('POST', '/invitations/accept', { accountId, email: emails[0] });

    const overview = await waitForOverview(bff, (o) => o.totals.accepted === 1);

    const counts = { pending: 2, accepted: 1, failed: 0, removed: 0, pendingOver7Days: 0 };
    assert.deepEqual(overview.totals, counts);
    assert.deepEqual(overview.accounts, [{ accountId, accountName: 'Checked In The Background', ...counts }]);
    assert.equal(overview.accountsTruncated, false);
    assert.deepEqual(overview.senders, [{ sentBy: 'admin', ...counts }]);
    assert.deepEqual(
      overview.pendingByAge.map((bucket) => [bucket.label, bucket.count]),
      [
        ['under 1 day', 2],
        ['1 to 7 days', 0],
        ['7 to 30 days', 0],
        ['over 30 days', 0],
      ],
    );
    assert.deepEqual(overview.trend.at(-1), { weekStart: overview.trend.at(-1)?.weekStart, sent: 3, accepted: 1, failed: 0 });
    assert.equal(overview.trend.length, 12);
    const csv = await bff.as('viewer').call('GET', '/api/invitations/overview.csv');
    assert.match(csv.headers.get('content-type') ?? '', /text\/csv/);
    assert.deepEqual(csv.text.trim().split('\n'), [
      'accountId,accountName,pending,accepted,failed,removed,pendingOver7Days',
      `${accountId},Checked In The Background,2,1,0,0,0`,
    ]);
  });

  it('when invitations were sent outside the console or their user was removed, then the overview says so', async () => {
    const accountId = (await createTeamAccount(bff.as('admin'), 'Outside And Removed')).id;
    await bff.as('admin').call('POST', `/api/accounts/${accountId}/invitations`, { body: { emails: ['gone@outside.example'] } });
    const [credentials] = bff.emulator.credentials;
    const outside = createChimeClient({ region: 'us-east-1', endpoint: bff.emulator.endpoint, credentials });
    await outside.send(new InviteUsersCommand({ AccountId: accountId, UserEmailList: ['elsewhere@outside.example'] })).finally(() => {
      outside.destroy();
    });
    const gone = await waitForUser(bff, accountId, 'gone@outside.example');
    // A Team account drops a suspended user: its invitation record is closed by the next sweep.
    await bff.as('admin').call('POST', `/api/accounts/${accountId}/users/batch/suspend`, { body: { userIds: [gone] } });

    const overview = await waitForOverview(bff, (o) =>
      o.accounts.some((a) => a.accountId === accountId && a.removed === 1 && a.pending === 1),
    );

    assert.deepEqual(
      overview.senders.find((sender) => sender.sentBy === undefined),
      { pending: 1, accepted: 0, failed: 0, removed: 0, pendingOver7Days: 0 },
      'the invitation sent outside the console has a sender of its own',
    );
    const page = (await bff.as('viewer').call('GET', `/api/accounts/${accountId}/invitations`)).json<InvitationPage>();
    assert.deepEqual(page.items.map((invitation) => [invitation.email, invitation.status, invitation.sentBy ?? 'outside']).sort(), [
      ['elsewhere@outside.example', 'Pending', 'outside'],
      ['gone@outside.example', 'Removed', 'admin'],
    ]);
  });
});

/** The user the index holds for `email`, once a sweep has read it. */
async function waitForUser(bff: TestBff, accountId: string, email: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const page = (await bff.as('viewer').call('GET', `/api/accounts/${accountId}/users?email=${email}`)).json<{
      items: { id: string }[];
    }>();
    const [user] = page.items;
    if (user) return user.id;
    if (Date.now() > deadline) assert.fail(`${email} did not appear in 15 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

type Overview = z.infer<typeof invitationOverviewSchema>;

/** Polls the overview until it shows what the background check should bring, bounded in time. */
async function waitForOverview(bff: TestBff, done: (overview: Overview) => boolean): Promise<Overview> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const overview = (await bff.as('viewer').call('GET', '/api/invitations/overview')).json<Overview>();
    if (done(overview)) return overview;
    if (Date.now() > deadline) assert.fail(`the overview did not change in 15 s: ${JSON.stringify(overview)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

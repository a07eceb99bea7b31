import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Account, AuditEntry, ConsoleUser, Job, Problem } from '@chime-console/contracts';
import { AUDIT_INPUT_BYTES, AUDIT_LIST_ENTRIES } from '../audit/audit-input.ts';
import { startTestBff, type TestBff } from '../testing/test-bff.ts';

interface ListSummary {
  first: unknown[];
  count: number;
}

describe('what the audit log keeps of a call', () => {
  let bff: TestBff;
  let acme: string;
  const entriesOf = async (action: string) => {
    const response = await bff.as('admin').call('GET', `/api/audit?action=${action}&pageSize=200`);
    assert.equal(response.status, 200, response.text);
    return response.json<{ items: AuditEntry[] }>().items;
  };
  const emails = (count: number, length = 0) => Array.from({ length: count }, (_, i) => `${'p'.repeat(length)}person${i}@acme.example`);

  before(async () => {
    bff = await startTestBff();
    acme = (await bff.as('admin').call('GET', '/api/accounts?namePrefix=Acme')).json<{ items: Account[] }>().items[0]?.id ?? '';
  });
  after(() => bff.close());

  it('when a change makes several Chime calls, then its entry names every one, in order, the failed last one too', async () => {
    const settings = await bff.as('admin').call('PATCH', `/api/accounts/${acme}/settings`, { body: { enableDialOut: true } });
    assert.equal(settings.status, 200, settings.text);
    const [written] = await entriesOf('updateAccountSettings');
    // UpdateAccountSettings, then GetAccountSettings to answer what Chime now holds.
    const calls = written?.upstreamRequestIds ?? [];
    assert.equal(calls.length, 2);
    assert.equal(new Set(calls).size, 2);
    assert.equal(written?.upstreamRequestId, calls.at(-1));

    const pending = (await bff.as('admin').call('GET', `/api/accounts/${acme}/users?invitationStatus=Pending&pageSize=1`)).json<{
      items: { id: string }[];
    }>().items[0];
    assert.ok(pending);
    await bff.emulator.control('PUT', '/faults', { errorRate: 1, statuses: [500], operations: ['InviteUsers'] });
    try {
      const resent = await bff.as('admin').call('POST', `/api/accounts/${acme}/users/${pending.id}/resend-invitation`);
      assert.equal(resent.status, 502, resent.text);
      const [entry] = await entriesOf('resendInvitation');
      // GetUser answered, then InviteUsers failed: the failed call is the one the entry names first.
      assert.deepEqual([entry?.result, entry?.errorCode, entry?.upstreamRequestIds?.length], ['error', 'upstream_failure', 2]);
      assert.equal(new Set(entry?.upstreamRequestIds).size, 2);
      assert.equal(entry?.upstreamRequestId, entry?.upstreamRequestIds?.at(-1));
    } finally {
      await bff.emulator.control('DELETE', '/faults');
    }
  });

  it('when a viewer is refused a job creation with a 4 MB body, then its entry is small, secret-free and says how many emails came', async () => {
    const body = { kind: 'invite', emails: emails(10_000, 370), password: 'never-in-the-audit', note: 'n'.repeat(100_000) };
    assert.ok(JSON.stringify(body).length > 3_800_000);

    const response = await bff.as('viewer').call('POST', `/api/accounts/${acme}/jobs`, { body });

    assert.equal(response.status, 403);
    assert.equal(response.json<Problem>().code, 'forbidden');
    const [entry] = await entriesOf('createJob');
    assert.deepEqual([entry?.actor, entry?.result, entry?.errorCode], ['viewer', 'denied', 'forbidden']);
    const stored = JSON.stringify(entry?.input);
    assert.ok(Buffer.byteLength(stored) <= AUDIT_INPUT_BYTES, `${Buffer.byteLength(stored)} bytes kept`);
    assert.ok(!stored.includes('never-in-the-audit'));
    const kept = entry?.input?.emails as ListSummary;
    assert.equal(kept.count, 10_000);
    assert.ok(kept.first.length >= 1 && kept.first.length <= AUDIT_LIST_ENTRIES);
    assert.equal(entry?.input?.kind, 'invite');
  });

  it('when an admin creates a 10,000-email invite job, then its entry keeps the first 20 emails and the count', async () => {
    const all = emails(10_000);

    const response = await bff.as('admin').call('POST', `/api/accounts/${acme}/jobs`, { body: { kind: 'invite', emails: all } });

    assert.equal(response.status, 201, response.text);
    const job = response.json<Job>();
    assert.equal((await bff.as('admin').call('POST', `/api/jobs/${job.id}/cancel`)).status, 200);
    const entry = (await entriesOf('createJob')).find((e) => e.result === 'ok');
    assert.deepEqual(entry?.input, { kind: 'invite', emails: { first: all.slice(0, AUDIT_LIST_ENTRIES), count: 10_000 } });
    assert.equal(entry.accountId, acme);
    assert.ok(Buffer.byteLength(JSON.stringify(entry.input)) <= AUDIT_INPUT_BYTES);
  });

  it('when an admin creates a console user, then its entry names the new console user and keeps no password', async () => {
    const created = await bff
      .as('admin')
      .call('POST', '/api/console-users', { body: { username: 'audited.target', password: 'target-password-123', role: 'viewer' } });
    assert.equal(created.status, 201, created.text);
    const user = created.json<ConsoleUser>();

    const [entry] = await entriesOf('createConsoleUser');

    assert.deepEqual([entry?.result, entry?.userId, entry?.input], ['ok', user.id, { username: 'audited.target', role: 'viewer' }]);
  });

  it('when a person with a forced password calls anything else, then the 403 is audited as denied', async () => {
    const admin = bff.as('admin');
    const person = (
      await admin.call('POST', '/api/console-users', { body: { username: 'forced.person', password: 'first-password-123', role: 'admin' } })
    ).json<ConsoleUser>();
    assert.equal(
      (await admin.call('POST', `/api/console-users/${person.id}/password`, { body: { password: 'temporary-pass-456' } })).status,
      204,
    );
    const client = await bff.signIn('forced.person', 'temporary-pass-456');

    const refused = await client.call('POST', '/api/accounts', { body: { name: 'Before Changing' } });

    assert.equal(refused.status, 403);
    assert.equal(refused.json<Problem>().code, 'password_change_required');
    const [entry] = await entriesOf('createAccount');
    assert.deepEqual(
      [entry?.actor, entry?.role, entry?.result, entry?.errorCode, entry?.input],
      ['forced.person', 'admin', 'denied', 'password_change_required', { name: 'Before Changing' }],
    );
  });
});

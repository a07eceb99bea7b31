import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Account, AuditEntry, Problem, User } from '@chime-console/contracts';
import { startTestBff, type TestBff } from '../testing/test-bff.ts';

describe('helpdesk actions on a user', () => {
  let bff: TestBff;
  let acme: string;
  let globex: string;
  const userIn = async (accountId: string, filter: string) =>
    (await bff.as('viewer').call('GET', `/api/accounts/${accountId}/users?${filter}&pageSize=1`)).json<{ items: User[] }>()
      .items[0] as User;
  before(async () => {
    bff = await startTestBff();
    const id = async (name: string) =>
      (await bff.as('viewer').call('GET', `/api/accounts?namePrefix=${name}`)).json<{ items: Account[] }>().items[0]?.id ?? '';
    acme = await id('Acme');
    globex = await id('Globex');
  });
  after(() => bff.close());

  it('when helpdesk resets a PIN, then the new PIN is in that answer only, and the audit has no PIN', async () => {
    const user = await userIn(acme, 'registrationStatus=Registered');
    const before = bff.emulator.store.requireUser(bff.emulator.store.requireAccount(acme), user.id).PersonalPIN;
    const response = await bff.as('helpdesk').call('POST', `/api/accounts/${acme}/users/${user.id}/reset-pin`);
    assert.equal(response.status, 200);
    const { pin } = response.json<{ pin: string }>();
    assert.match(pin, /^\d{10}$/);
    assert.notEqual(pin, before);
    assert.equal(bff.emulator.store.requireUser(bff.emulator.store.requireAccount(acme), user.id).PersonalPIN, pin);
    const audit = await bff.as('admin').call('GET', '/api/audit?action=resetPin');
    const [entry] = audit.json<{ items: AuditEntry[] }>().items;
    assert.deepEqual([entry?.actor, entry?.result, entry?.userId], ['helpdesk', 'ok', user.id]);
    assert.ok(entry?.upstreamRequestId);
    assert.ok(!audit.text.includes(pin));
  });

  it('when helpdesk reveals the current PIN, then it matches Chime and the reveal is audited', async () => {
    const user = await userIn(acme, 'registrationStatus=Registered');
    const { pin } = (await bff.as('helpdesk').call('POST', `/api/accounts/${acme}/users/${user.id}/reveal-pin`)).json<{ pin: string }>();
    assert.equal(pin, bff.emulator.store.requireUser(bff.emulator.store.requireAccount(acme), user.id).PersonalPIN);
    const audit = (await bff.as('admin').call('GET', '/api/audit?action=revealPin')).json<{ items: AuditEntry[] }>();
    assert.equal(audit.items[0]?.userId, user.id);
  });

  it('when helpdesk signs a user out, then Chime gets LogoutUser and the answer is 204', async () => {
    const user = await userIn(globex, 'registrationStatus=Registered');
    const response = await bff.as('helpdesk').call('POST', `/api/accounts/${globex}/users/${user.id}/logout`);
    assert.equal(response.status, 204);
    const counters = await bff.emulator.control<{ operations: Record<string, { outcomes: Record<string, number> }> }>('GET', '/counters');
    assert.equal(counters.operations.LogoutUser?.outcomes['204'], 1);
  });

  it('resends a pending invitation, and refuses one that was accepted', async () => {
    const pending = await userIn(acme, 'invitationStatus=Pending');
    const resent = await bff.as('helpdesk').call('POST', `/api/accounts/${acme}/users/${pending.id}/resend-invitation`);
    assert.equal(resent.status, 200);
    assert.deepEqual([resent.json<{ status: string }>().status, resent.json<{ emailStatus: string }>().emailStatus], ['Pending', 'Sent']);
    const accepted = await userIn(acme, 'invitationStatus=Accepted');
    const refused = await bff.as('helpdesk').call('POST', `/api/accounts/${acme}/users/${accepted.id}/resend-invitation`);
    assert.equal(refused.status, 409);
    assert.equal(refused.json<Problem>().code, 'not_invited');
  });

  it('when an admin changes licenses in a batch, then each user gets a result, unknown IDs included', async () => {
    const { items } = (await bff.as('viewer').call('GET', `/api/accounts/${acme}/users?pageSize=2`)).json<{ items: User[] }>();
    const ids = items.map((u) => u.id);
    const response = await bff
      .as('admin')
      .call('POST', `/api/accounts/${acme}/users/batch/license`, { body: { userIds: [...ids, 'ghost'], licenseType: 'Basic' } });
    assert.equal(response.status, 200);
    const { results } = response.json<{ results: { userId: string; ok: boolean; error?: { code: string } }[] }>();
    assert.deepEqual(
      results.map((r) => [r.userId, r.ok]),
      [...ids.map((id) => [id, true]), ['ghost', false]],
    );
    const tooMany = await bff.as('admin').call('POST', `/api/accounts/${acme}/users/batch/license`, {
      body: { userIds: Array.from({ length: 21 }, (_, i) => `u${i}`), licenseType: 'Basic' },
    });
    assert.equal(tooMany.status, 400);
  });

  it('suspends and unsuspends EnterpriseLWA users with a result each', async () => {
    const user = await userIn(globex, 'registrationStatus=Registered');
    const suspended = (
      await bff.as('admin').call('POST', `/api/accounts/${globex}/users/batch/suspend`, { body: { userIds: [user.id] } })
    ).json<{ results: { ok: boolean }[] }>();
    assert.deepEqual(
      suspended.results.map((r) => r.ok),
      [true],
    );
    assert.equal(
      (await bff.as('viewer').call('GET', `/api/accounts/${globex}/users/${user.id}`)).json<User>().registrationStatus,
      'Suspended',
    );
    await bff.as('admin').call('POST', `/api/accounts/${globex}/users/batch/unsuspend`, { body: { userIds: [user.id] } });
    assert.equal(
      (await bff.as('viewer').call('GET', `/api/accounts/${globex}/users/${user.id}`)).json<User>().registrationStatus,
      'Registered',
    );
  });

  it('invites emails to a Team account, and Chime refusing a non-Team account is a 403 that says why', async () => {
    const invited = await bff
      .as('admin')
      .call('POST', `/api/accounts/${acme}/invitations`, { body: { emails: ['new1@acme.example', 'new2@acme.example'] } });
    assert.equal(invited.status, 201);
    assert.equal(invited.json<{ invites: unknown[] }>().invites.length, 2);
    const refused = await bff.as('admin').call('POST', `/api/accounts/${globex}/invitations`, { body: { emails: ['x@globex.example'] } });
    assert.equal(refused.status, 403);
    assert.equal(refused.json<Problem>().code, 'upstream_forbidden');
    const malformed = await bff
      .as('admin')
      .call('POST', `/api/accounts/${acme}/invitations`, { body: { emails: ['ok@acme.example', 'nope'] } });
    assert.equal(malformed.status, 400);
    assert.deepEqual(
      malformed.json<Problem>().fields?.map((f) => f.field),
      ['emails.1'],
    );
  });
});

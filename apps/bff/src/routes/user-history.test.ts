import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Account, AuditEntry, User, UserHistoryEntry } from '@chime-console/contracts';
import { startTestBff, type ApiClient, type TestBff } from '../testing/test-bff.ts';

describe("a user's history", () => {
  let bff: TestBff;
  let admin: ApiClient;
  let acme: Account;
  let user: User;
  let other: User;
  let third: User;
  let pin: string;
  const historyPath = () => `/api/accounts/${acme.id}/users/${user.id}/history`;
  const actions = (entries: readonly { actor: string; action: string; result: string }[]) =>
    entries.map((e) => `${e.actor}:${e.action}:${e.result}`);

  before(async () => {
    bff = await startTestBff();
    admin = bff.as('admin');
    acme = (await admin.call('GET', '/api/accounts?namePrefix=Acme')).json<{ items: Account[] }>().items[0] as Account;
    const users = (await admin.call('GET', `/api/accounts/${acme.id}/users?registrationStatus=Registered&pageSize=3`)).json<{
      items: User[];
    }>().items;
    assert.equal(users.length, 3);
    [user, other, third] = users as [User, User, User];
    // Read once, so the directory index knows the user's email (no sweep runs here).
    assert.equal((await admin.call('GET', `/api/accounts/${acme.id}/users/${third.id}`)).status, 200);

    // Oldest first: a PIN reset, a refused one, a PIN reset of someone else, and a batch naming both.
    pin = (await bff.as('helpdesk').call('POST', `/api/accounts/${acme.id}/users/${user.id}/reset-pin`)).json<{ pin: string }>().pin;
    assert.equal((await bff.as('viewer').call('POST', `/api/accounts/${acme.id}/users/${user.id}/reset-pin`)).status, 403);
    assert.equal((await bff.as('helpdesk').call('POST', `/api/accounts/${acme.id}/users/${other.id}/reset-pin`)).status, 200);
    const batch = await admin.call('POST', `/api/accounts/${acme.id}/users/batch/suspend`, { body: { userIds: [other.id, user.id] } });
    assert.equal(batch.status, 200, batch.text);
  });
  after(() => bff.close());

  it('when helpdesk reads it, then it lists what was done to this user alone, newest first, batches included', async () => {
    const response = await bff.as('helpdesk').call('GET', historyPath());

    assert.equal(response.status, 200, response.text);
    const { items } = response.json<{ items: UserHistoryEntry[] }>();
    assert.deepEqual(actions(items), ['admin:batchSuspend:ok', 'viewer:resetPin:denied', 'helpdesk:resetPin:ok']);
    assert.deepEqual(
      items.map((e) => e.role),
      ['admin', 'viewer', 'helpdesk'],
    );
  });

  it('when it is read, then it never holds a PIN nor the admin-only fields', async () => {
    const response = await bff.as('admin').call('GET', historyPath());

    assert.equal(response.status, 200);
    assert.ok(!response.text.includes(pin), 'the reset PIN');
    assert.doesNotMatch(response.text, /pin"\s*:/i);
    for (const entry of response.json<{ items: Record<string, unknown>[] }>().items) {
      assert.deepEqual(
        Object.keys(entry).filter((key) => ['input', 'clientIp', 'upstreamRequestId', 'upstreamRequestIds'].includes(key)),
        [],
      );
    }
  });

  it('when the user has more than 20 entries, then the last 20 come back', async () => {
    for (let i = 0; i < 21; i++) {
      assert.equal((await bff.as('helpdesk').call('POST', `/api/accounts/${acme.id}/users/${third.id}/logout`)).status, 204);
    }

    const { items } = (await admin.call('GET', `/api/accounts/${acme.id}/users/${third.id}/history`)).json<{ items: UserHistoryEntry[] }>();

    assert.equal(items.length, 20);
    assert.ok(items.every((e) => e.action === 'logoutUser'));
  });

  it('when an admin filters the audit log by target user, then the same entries come back, named', async () => {
    const response = await admin.call('GET', `/api/audit?accountId=${acme.id}&userId=${user.id}`);

    assert.equal(response.status, 200, response.text);
    const { items } = response.json<{ items: AuditEntry[] }>();
    assert.deepEqual(actions(items), ['admin:batchSuspend:ok', 'viewer:resetPin:denied', 'helpdesk:resetPin:ok']);
    // The suspension took the user out of the Team account, and so out of the index: the ID remains.
    assert.deepEqual(
      items.map((e) => [e.accountName, e.userName]),
      items.map(() => [acme.name, undefined]),
    );
    const [signOut] = (await admin.call('GET', `/api/audit?userId=${third.id}&pageSize=1`)).json<{ items: AuditEntry[] }>().items;
    assert.deepEqual([signOut?.action, signOut?.accountName, signOut?.userName], ['logoutUser', acme.name, third.email]);
    assert.deepEqual(
      actions((await admin.call('GET', `/api/audit?userId=${user.id}&action=resetPin`)).json<{ items: AuditEntry[] }>().items),
      ['viewer:resetPin:denied', 'helpdesk:resetPin:ok'],
    );
  });

  // Last: the refusal is itself an entry about the user.
  it('when a viewer or someone signed out asks, then 403 or 401', async () => {
    assert.equal((await bff.as('viewer').call('GET', historyPath())).status, 403);
    assert.equal((await bff.anonymous.call('GET', historyPath())).status, 401);
  });
});

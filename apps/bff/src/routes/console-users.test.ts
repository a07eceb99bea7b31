import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { AuditEntry, ConsoleUser, Problem, Role, Session } from '@chime-console/contracts';
import { startTestBff, TEST_PASSWORD, type ApiClient, type TestBff } from '../testing/test-bff.ts';

const NEW_PASSWORD = 'a brand new password 7';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('console users', () => {
  let bff: TestBff;
  let admin: ApiClient;
  const login = (username: string, password: string) =>
    fetch(`${bff.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
  const list = async () => (await admin.call('GET', '/api/console-users')).json<{ items: ConsoleUser[] }>().items;
  const create = (username: string, role: Role) => bff.addConsoleUser(username, role);
  const update = (id: string, body: { role?: Role; disabled?: boolean }, as = admin) =>
    as.call('PATCH', `/api/console-users/${id}`, { body });
  /** The admin's own entries, newest first. */
  const auditByAdmin = async (pageSize: number) =>
    (await admin.call('GET', `/api/audit?actor=admin&pageSize=${pageSize}`)).json<{ items: AuditEntry[] }>().items;

  before(async () => {
    bff = await startTestBff();
    admin = bff.as('admin');
  });
  after(() => bff.close());

  it('when an admin lists console users, then each comes with role and state, and never a password hash', async () => {
    const response = await admin.call('GET', '/api/console-users');

    assert.equal(response.status, 200);
    const { items } = response.json<{ items: ConsoleUser[] }>();
    assert.deepEqual(
      items.map((u) => [u.username, u.role, u.disabled]),
      [
        ['admin', 'admin', false],
        ['helpdesk', 'helpdesk', false],
        ['viewer', 'viewer', false],
      ],
    );
    for (const user of items)
      assert.deepEqual(Object.keys(user).sort(), ['createdAt', 'disabled', 'id', 'mustChangePassword', 'role', 'username']);
    assert.doesNotMatch(response.text, /password_?hash|scrypt\$/i);
  });

  it('when an admin creates a user, then 201 answers it, and that person signs in with the role given once they set their own password', async () => {
    const response = await admin.call('POST', '/api/console-users', {
      body: { username: 'nina', password: TEST_PASSWORD, role: 'helpdesk' },
    });

    assert.equal(response.status, 201);
    const created = response.json<ConsoleUser>();
    assert.match(created.id, UUID);
    assert.deepEqual([created.username, created.role, created.disabled, created.mustChangePassword], ['nina', 'helpdesk', false, true]);
    assert.ok(!response.text.includes(TEST_PASSWORD));
    const nina = await bff.signIn('nina', TEST_PASSWORD);
    assert.equal(nina.role, 'helpdesk');
    assert.equal((await nina.call('GET', '/api/auth/me')).json<Session>().mustChangePassword, true);
    assert.equal((await nina.call('GET', '/api/accounts?pageSize=1')).json<Problem>().code, 'password_change_required');
    const ownPassword = 'nina chose this herself';
    const changed = await nina.call('POST', '/api/auth/password', { body: { currentPassword: TEST_PASSWORD, newPassword: ownPassword } });
    assert.equal(changed.status, 204);
    assert.equal((await nina.call('GET', '/api/accounts?pageSize=1')).status, 200);
    assert.equal((await nina.call('GET', '/api/console-users')).status, 403);
  });

  it('when the password is weak, then 400 names the password field and no user is created', async () => {
    const response = await admin.call('POST', '/api/console-users', { body: { username: 'weakling', password: 'short', role: 'viewer' } });

    assert.equal(response.status, 400);
    const problem = response.json<Problem>();
    assert.equal(problem.code, 'validation_failed');
    assert.deepEqual(problem.fields, [{ field: 'password', message: 'Enter 12 to 256 characters' }]);
    assert.equal(problem.detail, 'The request body is invalid: password: Enter 12 to 256 characters.');
    assert.ok(!response.text.includes('"short"'));
    assert.ok(!(await list()).some((u) => u.username === 'weakling'));
  });

  it('when the username is taken, in any case, then 409 username_taken', async () => {
    await create('oliver', 'viewer');

    const response = await admin.call('POST', '/api/console-users', {
      body: { username: 'OLIVER', password: TEST_PASSWORD, role: 'admin' },
    });

    assert.equal(response.status, 409);
    const problem = response.json<Problem>();
    assert.equal(problem.code, 'username_taken');
    assert.match(problem.detail, /OLIVER/);
    assert.deepEqual(
      (await list()).filter((u) => u.username.toLowerCase() === 'oliver').map((u) => u.role),
      ['viewer'],
    );
  });

  it("when an admin changes someone's role, then that person's next request runs with the new role", async () => {
    const user = await create('paula', 'viewer');
    const paula = await bff.signIn('paula', TEST_PASSWORD);
    assert.equal((await paula.call('GET', '/api/audit')).status, 403);

    const response = await update(user.id, { role: 'admin' });

    assert.equal(response.status, 200);
    assert.equal(response.json<ConsoleUser>().role, 'admin');
    assert.equal((await paula.call('GET', '/api/auth/me')).json<Session>().role, 'admin');
    assert.equal((await paula.call('GET', '/api/audit')).status, 200);
    assert.equal((await update(user.id, { role: 'viewer' })).status, 200);
    assert.equal((await paula.call('GET', '/api/audit')).status, 403);
  });

  it('when an admin disables someone, then every session of theirs ends and they cannot sign in', async () => {
    const user = await create('quentin', 'helpdesk');
    const [first, second] = [await bff.signIn('quentin', TEST_PASSWORD), await bff.signIn('quentin', TEST_PASSWORD)];
    for (const session of [first, second]) assert.equal((await session.call('GET', '/api/auth/me')).status, 200);

    const response = await update(user.id, { disabled: true });

    assert.equal(response.status, 200);
    assert.equal(response.json<ConsoleUser>().disabled, true);
    assert.equal((await first.call('GET', '/api/auth/me')).status, 401);
    assert.equal((await second.call('GET', '/api/auth/me')).status, 401);
    assert.equal((await login('quentin', TEST_PASSWORD)).status, 401);
    assert.equal((await list()).find((u) => u.id === user.id)?.disabled, true);
  });

  it('when an admin forces a new password, then the old one is refused, the new one works and open sessions end', async () => {
    const user = await create('rita', 'viewer');
    const open = await bff.signIn('rita', TEST_PASSWORD);
    assert.equal((await open.call('GET', '/api/auth/me')).status, 200);

    const response = await admin.call('POST', `/api/console-users/${user.id}/password`, { body: { password: NEW_PASSWORD } });

    assert.equal(response.status, 204);
    assert.equal((await open.call('GET', '/api/auth/me')).status, 401);
    assert.equal((await login('rita', TEST_PASSWORD)).status, 401);
    const signedIn = await login('rita', NEW_PASSWORD);
    assert.equal(signedIn.status, 200);
    assert.equal(((await signedIn.json()) as Session).mustChangePassword, true);
    const weak = await admin.call('POST', `/api/console-users/${user.id}/password`, { body: { password: 'short' } });
    assert.equal(weak.status, 400);
    assert.deepEqual(
      weak.json<Problem>().fields?.map((f) => f.field),
      ['password'],
    );
  });

  it('when an admin tries to demote or disable themselves, then 409 own_account and nothing changes', async () => {
    const self = (await list()).find((u) => u.username === 'admin');
    assert.ok(self);

    for (const body of [{ role: 'viewer' as const }, { disabled: true }]) {
      const response = await update(self.id, body);
      assert.equal(response.status, 409, JSON.stringify(body));
      assert.equal(response.json<Problem>().code, 'own_account');
    }
    assert.equal((await admin.call('GET', '/api/auth/me')).json<Session>().role, 'admin');
  });

  it('when two admins demote each other at the same moment, then only one change wins and an enabled admin remains', async () => {
    const other = await create('sam', 'admin');
    const sam = await bff.signIn('sam', TEST_PASSWORD);
    const self = (await list()).find((u) => u.username === 'admin');
    assert.ok(self);

    const [byAdmin, bySam] = await Promise.all([update(other.id, { role: 'viewer' }), update(self.id, { role: 'viewer' }, sam)]);

    const answers = [byAdmin, bySam].map((r) => [r.status, r.status === 200 ? 'ok' : r.json<Problem>().code]);
    assert.equal(answers.filter(([status]) => status === 200).length, 1, JSON.stringify(answers));
    // The loser was either refused as the last admin, or was no longer an admin when its request began.
    const loser = answers.find(([status]) => status !== 200);
    assert.ok(
      JSON.stringify(loser) === JSON.stringify([409, 'last_admin']) || JSON.stringify(loser) === JSON.stringify([403, 'forbidden']),
      JSON.stringify(answers),
    );
    const admins = (
      await bff.server.services.db.query<{ username: string }>("SELECT username FROM console_users WHERE role = 'admin' AND NOT disabled")
    ).map((row) => row.username);
    assert.equal(admins.length, 1, JSON.stringify(admins));
    // Put the admin back for the tests that follow, whichever side won.
    if (admins[0] === 'sam') {
      assert.equal((await update(self.id, { role: 'admin' }, sam)).status, 200);
      admin = await bff.signIn('admin', TEST_PASSWORD);
    }
  });

  it('when console users are created, changed, disabled and given a password, then each change is audited with the actor and no password', async () => {
    const user = await create('tessa', 'viewer');
    await admin.call('POST', '/api/console-users', { body: { username: 'tessa', password: TEST_PASSWORD, role: 'viewer' } });
    await update(user.id, { role: 'helpdesk' });
    await admin.call('POST', `/api/console-users/${user.id}/password`, { body: { password: NEW_PASSWORD } });
    await update(user.id, { disabled: true });

    const entries = (await auditByAdmin(5)).reverse();

    assert.deepEqual(
      entries.map((e) => [e.actor, e.role, e.action, e.result, e.errorCode, e.input]),
      [
        ['admin', 'admin', 'createConsoleUser', 'ok', undefined, { username: 'tessa', role: 'viewer' }],
        ['admin', 'admin', 'createConsoleUser', 'error', 'username_taken', { username: 'tessa', role: 'viewer' }],
        ['admin', 'admin', 'updateConsoleUser', 'ok', undefined, { role: 'helpdesk' }],
        ['admin', 'admin', 'forceConsolePassword', 'ok', undefined, undefined],
        ['admin', 'admin', 'updateConsoleUser', 'ok', undefined, { disabled: true }],
      ],
    );
    for (const entry of entries) assert.ok(entry.clientIp, `${entry.action} has the client IP`);
    const everything = (await admin.call('GET', '/api/audit?pageSize=200')).text;
    assert.ok(!everything.includes(TEST_PASSWORD) && !everything.includes(NEW_PASSWORD), 'no password in the audit log');
  });

  it('when a console user is changed, then the audit entry names which console user', async () => {
    const user = await create('ursula', 'viewer');
    await update(user.id, { role: 'helpdesk' });
    await admin.call('POST', `/api/console-users/${user.id}/password`, { body: { password: NEW_PASSWORD } });

    const [forced, changed] = await auditByAdmin(2);

    assert.equal(forced?.userId, user.id);
    assert.equal(changed?.userId, user.id);
  });
});

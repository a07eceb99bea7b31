import assert from 'node:assert/strict';
import { it } from 'node:test';
import { consoleUserSchema } from '@chime-console/contracts';
import { AppError } from '../http/app-error.ts';
import { forEachDatabase } from '../testing/databases.ts';
import {
  changePassword,
  countAdmins,
  createConsoleUser,
  ensureUser,
  findConsoleUserByUsername,
  forcePassword,
  getConsoleUser,
  listConsoleUsers,
  updateConsoleUser,
} from './console-users.ts';
import { verifyPassword } from './passwords.ts';
import { createSession, findSession } from './sessions.ts';

const PASSWORD = 'correct horse battery';

const appError = (code: string, status: number) => (error: unknown) => {
  assert.ok(error instanceof AppError, `expected an AppError, got ${String(error)}`);
  assert.equal(error.code, code);
  assert.equal(error.status, status);
  return true;
};

forEachDatabase('console users', (context) => {
  const storedHash = async (id: string) =>
    (await context.db.query<{ password_hash: string }>('SELECT password_hash FROM console_users WHERE id = $1', [id]))[0]?.password_hash ??
    '';

  it('when a user is created, then it has the contract shape and only a scrypt hash of the password is stored', async () => {
    const user = await createConsoleUser(context.db, { username: 'Alice', password: PASSWORD, role: 'helpdesk' });

    assert.deepEqual(consoleUserSchema.parse(user), user);
    assert.deepEqual(
      { ...user, id: '', createdAt: '' },
      { id: '', username: 'Alice', role: 'helpdesk', disabled: false, mustChangePassword: false, createdAt: '' },
    );
    const hash = await storedHash(user.id);
    assert.match(hash, /^scrypt\$/);
    assert.equal(await verifyPassword(PASSWORD, hash), true);
  });

  it('when the username or password breaks the contract rules, then creation fails with 400 naming the field', async () => {
    await assert.rejects(createConsoleUser(context.db, { username: 'a b', password: PASSWORD, role: 'viewer' }), (error: unknown) => {
      appError('validation_failed', 400)(error);
      assert.equal((error as AppError).fields?.[0]?.field, 'username');
      return true;
    });
    await assert.rejects(createConsoleUser(context.db, { username: 'bob', password: 'short', role: 'viewer' }), (error: unknown) => {
      assert.equal((error as AppError).fields?.[0]?.field, 'password');
      return true;
    });
    assert.deepEqual(await listConsoleUsers(context.db), []);
  });

  it('when a username differs from an existing one only in case, then creation fails with 409', async () => {
    await createConsoleUser(context.db, { username: 'alice', password: PASSWORD, role: 'viewer' });

    await assert.rejects(
      createConsoleUser(context.db, { username: 'ALICE', password: PASSWORD, role: 'admin' }),
      appError('username_taken', 409),
    );
  });

  it('when users are looked up, then list, get and findByUsername (any case) find them, and unknown ids find nothing', async () => {
    const bob = await createConsoleUser(context.db, { username: 'bob', password: PASSWORD, role: 'viewer' });
    const alice = await createConsoleUser(context.db, { username: 'alice', password: PASSWORD, role: 'admin' });

    assert.deepEqual(await listConsoleUsers(context.db), [alice, bob]);
    assert.deepEqual(await getConsoleUser(context.db, bob.id), bob);
    assert.deepEqual(await findConsoleUserByUsername(context.db, ' BOB '), bob);
    assert.equal(await getConsoleUser(context.db, '00000000-0000-4000-8000-000000000000'), undefined);
    assert.equal(await getConsoleUser(context.db, 'not-a-uuid'), undefined);
    assert.equal(await findConsoleUserByUsername(context.db, 'carol'), undefined);
  });

  it('when a user is disabled, then the change is stored and their sessions end', async () => {
    const user = await createConsoleUser(context.db, { username: 'helper', password: PASSWORD, role: 'helpdesk' });
    const { token } = await createSession(context.db, user.id);

    const updated = await updateConsoleUser(context.db, user.id, { disabled: true, role: 'viewer' });

    assert.equal(updated.disabled, true);
    assert.equal(updated.role, 'viewer');
    assert.deepEqual(await getConsoleUser(context.db, user.id), updated);
    assert.equal(await findSession(context.db, token), undefined);
    assert.deepEqual(await context.db.query('SELECT id FROM sessions'), []);
  });

  it('when the last enabled admin would be demoted or disabled, then it is refused with 409, and allowed once another admin exists', async () => {
    const first = await createConsoleUser(context.db, { username: 'first', password: PASSWORD, role: 'admin' });
    const former = await createConsoleUser(context.db, { username: 'former', password: PASSWORD, role: 'admin' });
    await updateConsoleUser(context.db, former.id, { disabled: true });

    await assert.rejects(updateConsoleUser(context.db, first.id, { role: 'viewer' }), appError('last_admin', 409));
    await assert.rejects(updateConsoleUser(context.db, first.id, { disabled: true }), appError('last_admin', 409));
    assert.equal(await countAdmins(context.db), 1);

    await createConsoleUser(context.db, { username: 'second', password: PASSWORD, role: 'admin' });
    assert.equal(await countAdmins(context.db), 2);
    assert.equal((await updateConsoleUser(context.db, first.id, { role: 'viewer' })).role, 'viewer');
    assert.equal(await countAdmins(context.db), 1);
  });

  it('when two admins demote each other at the same moment, then one wins and the other is refused as the last admin, never deadlocked', async () => {
    // On PostgreSQL a second pool runs the rival transaction truly in parallel; PGlite runs them in turn.
    const rivalDb = context.backend === 'postgres' ? await context.openAnother() : context.db;
    let survivor = await createConsoleUser(context.db, { username: 'survivor', password: PASSWORD, role: 'admin' });
    // Several rounds: the deadlock needed both transactions to take their first lock before either took its second.
    for (let round = 0; round < 8; round++) {
      const rival = await createConsoleUser(context.db, { username: `rival-${round}`, password: PASSWORD, role: 'admin' });

      const [first, second] = await Promise.allSettled([
        updateConsoleUser(context.db, rival.id, { role: 'viewer' }, { actingUserId: survivor.id }),
        updateConsoleUser(rivalDb, survivor.id, { role: 'viewer' }, { actingUserId: rival.id }),
      ]);

      const refusals = [first, second].flatMap((outcome) =>
        outcome.status === 'rejected' ? [outcome.reason instanceof AppError ? outcome.reason.code : String(outcome.reason)] : [],
      );
      assert.deepEqual(refusals, ['last_admin'], `round ${round}`);
      assert.equal(await countAdmins(context.db), 1);
      if (first.status !== 'fulfilled') survivor = rival;
    }
  });

  it('when an admin tries to disable or demote themselves, then it is refused with 409, but they may change others', async () => {
    const me = await createConsoleUser(context.db, { username: 'myself', password: PASSWORD, role: 'admin' });
    const other = await createConsoleUser(context.db, { username: 'other', password: PASSWORD, role: 'admin' });

    await assert.rejects(updateConsoleUser(context.db, me.id, { role: 'viewer' }, { actingUserId: me.id }), appError('own_account', 409));
    await assert.rejects(updateConsoleUser(context.db, me.id, { disabled: true }, { actingUserId: me.id }), appError('own_account', 409));
    assert.equal((await updateConsoleUser(context.db, me.id, { role: 'admin', disabled: false }, { actingUserId: me.id })).role, 'admin');
    assert.equal((await updateConsoleUser(context.db, other.id, { disabled: true }, { actingUserId: me.id })).disabled, true);
  });

  it('when updating a user that does not exist, then it fails with 404', async () => {
    await assert.rejects(
      updateConsoleUser(context.db, '00000000-0000-4000-8000-000000000000', { role: 'viewer' }),
      appError('not_found', 404),
    );
    await assert.rejects(updateConsoleUser(context.db, 'nope', { role: 'viewer' }), appError('not_found', 404));
    await assert.rejects(forcePassword(context.db, '00000000-0000-4000-8000-000000000000', PASSWORD), appError('not_found', 404));
  });

  it('when an admin forces a new password, then the user must change it, the old one stops working and every session ends', async () => {
    const user = await createConsoleUser(context.db, { username: 'carol', password: PASSWORD, role: 'viewer' });
    const [one, two] = [await createSession(context.db, user.id), await createSession(context.db, user.id)];

    const forced = await forcePassword(context.db, user.id, 'temporary password 1');

    assert.equal(forced.mustChangePassword, true);
    assert.equal(await verifyPassword('temporary password 1', await storedHash(user.id)), true);
    assert.equal(await verifyPassword(PASSWORD, await storedHash(user.id)), false);
    assert.equal(await findSession(context.db, one.token), undefined);
    assert.equal(await findSession(context.db, two.token), undefined);

    const current = await createSession(context.db, user.id);
    const changed = await changePassword(context.db, user.id, 'my own password 2', current.token);
    assert.equal(changed.mustChangePassword, false);
    assert.equal(await verifyPassword('my own password 2', await storedHash(user.id)), true);
  });

  it("when a user changes their own password, then their other sessions end, the current one stays and nobody else's is touched", async () => {
    const user = await createConsoleUser(context.db, { username: 'erin', password: PASSWORD, role: 'viewer' });
    const someoneElse = await createConsoleUser(context.db, { username: 'fred', password: PASSWORD, role: 'viewer' });
    const [current, other] = [await createSession(context.db, user.id), await createSession(context.db, user.id)];
    const theirs = await createSession(context.db, someoneElse.id);

    await changePassword(context.db, user.id, 'my own password 2', current.token);

    assert.equal((await findSession(context.db, current.token))?.userId, user.id);
    assert.equal(await findSession(context.db, other.token), undefined);
    assert.equal((await findSession(context.db, theirs.token))?.userId, someoneElse.id);
  });

  it('when ensureUser runs twice, then the user is created once and the second run changes nothing', async () => {
    const first = await ensureUser(context.db, { username: 'demo-admin', password: PASSWORD, role: 'admin' });
    const hash = await storedHash(first.user.id);

    const second = await ensureUser(context.db, { username: 'Demo-Admin', password: 'another password 3', role: 'viewer' });

    assert.equal(first.created, true);
    assert.deepEqual(second, { user: first.user, created: false });
    assert.equal(await storedHash(first.user.id), hash);
    assert.equal((await listConsoleUsers(context.db)).length, 1);
  });
});

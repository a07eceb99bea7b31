import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { beforeEach, it } from 'node:test';
import type { ConsoleUser } from '@chime-console/contracts';
import { forEachDatabase, manualClock } from '../testing/databases.ts';
import { createConsoleUser } from './console-users.ts';
import {
  createSession,
  deleteOtherSessionsOfUser,
  deleteSession,
  deleteSessionsOfUser,
  findSession,
  purgeExpiredSessions,
  type SessionOptions,
} from './sessions.ts';

const HOUR = 60 * 60_000;

forEachDatabase('sessions', (context) => {
  let clock: ReturnType<typeof manualClock>;
  let options: SessionOptions;
  let user: ConsoleUser;
  beforeEach(async () => {
    clock = manualClock();
    options = { idleMinutes: 8 * 60, absoluteMinutes: 24 * 60, now: clock.now };
    user = await createConsoleUser(context.db, { username: 'dana', password: 'correct horse battery', role: 'helpdesk' });
  });

  it('when a session is created, then the token is random base64url and the database holds only its SHA-256', async () => {
    const created = await createSession(context.db, user.id, options);

    assert.match(created.token, /^[\w-]{43}$/);
    assert.match(created.csrfToken, /^[\w-]{43}$/);
    assert.notEqual(created.token, created.csrfToken);
    assert.deepEqual(created.expiresAt, new Date(clock.now().getTime() + 8 * HOUR));
    const rows = await context.db.query<{ id: string }>('SELECT id FROM sessions');
    assert.deepEqual(rows, [{ id: createHash('sha256').update(created.token).digest('hex') }]);
  });

  it('when a session is found by its token, then it carries the user, role and CSRF token', async () => {
    const created = await createSession(context.db, user.id, options);

    assert.deepEqual(await findSession(context.db, created.token, options), {
      userId: user.id,
      username: 'dana',
      role: 'helpdesk',
      mustChangePassword: false,
      csrfToken: created.csrfToken,
      createdAt: clock.now(),
      expiresAt: created.expiresAt,
    });
  });

  it('when the token is unknown or malformed, then no session is found', async () => {
    await createSession(context.db, user.id, options);

    assert.equal(await findSession(context.db, 'A'.repeat(43), options), undefined);
    assert.equal(await findSession(context.db, '', options), undefined);
    assert.equal(await findSession(context.db, "' OR 1=1 --", options), undefined);
  });

  it('when the session is idle longer than the idle timeout, then it has expired', async () => {
    const { token } = await createSession(context.db, user.id, options);

    clock.advance(8 * HOUR - 1);
    assert.ok(await findSession(context.db, token, options));
    clock.advance(8 * HOUR);

    assert.equal(await findSession(context.db, token, options), undefined);
  });

  it('when the session is used, then its expiry slides forward, but never past the absolute limit', async () => {
    const signedInAt = clock.now();
    const { token } = await createSession(context.db, user.id, options);

    clock.advance(7 * HOUR);
    assert.deepEqual((await findSession(context.db, token, options))?.expiresAt, new Date(clock.now().getTime() + 8 * HOUR));
    clock.advance(7 * HOUR);
    assert.ok(await findSession(context.db, token, options), '14 h after sign-in, 7 h after last use');
    clock.advance(7 * HOUR);
    assert.deepEqual((await findSession(context.db, token, options))?.expiresAt, new Date(signedInAt.getTime() + 24 * HOUR));
    clock.advance(3 * HOUR);

    assert.equal(await findSession(context.db, token, options), undefined, '24 h after sign-in');
  });

  it('when a session is found again within a minute, then the database is not written', async () => {
    const { token } = await createSession(context.db, user.id, options);
    clock.advance(30_000);

    await findSession(context.db, token, options);

    const [row] = await context.db.query<{ last_seen_at: Date }>('SELECT last_seen_at FROM sessions');
    assert.deepEqual(row?.last_seen_at, new Date(clock.now().getTime() - 30_000));
  });

  it('when the user is disabled, then their session is no longer found', async () => {
    const { token } = await createSession(context.db, user.id, options);
    await context.db.query('UPDATE console_users SET disabled = true WHERE id = $1', [user.id]);

    assert.equal(await findSession(context.db, token, options), undefined);
  });

  it('when a session is deleted, then only that session ends', async () => {
    const signedOut = await createSession(context.db, user.id, options);
    const other = await createSession(context.db, user.id, options);

    assert.equal(await deleteSession(context.db, signedOut.token), true);

    assert.equal(await findSession(context.db, signedOut.token, options), undefined);
    assert.ok(await findSession(context.db, other.token, options));
    assert.equal(await deleteSession(context.db, signedOut.token), false);
  });

  it("when a user's sessions are deleted, then all of theirs end and nobody else's", async () => {
    const otherUser = await createConsoleUser(context.db, { username: 'erin', password: 'correct horse battery', role: 'viewer' });
    const tokens = [await createSession(context.db, user.id, options), await createSession(context.db, user.id, options)].map(
      (session) => session.token,
    );
    const kept = await createSession(context.db, otherUser.id, options);

    assert.equal(await deleteSessionsOfUser(context.db, user.id), 2);

    for (const token of tokens) assert.equal(await findSession(context.db, token, options), undefined);
    assert.ok(await findSession(context.db, kept.token, options));
  });

  it("when a person's other sessions are deleted, then all of theirs but the one kept end, and the count says how many", async () => {
    const current = await createSession(context.db, user.id, options);
    const others = [await createSession(context.db, user.id, options), await createSession(context.db, user.id, options)];

    assert.equal(await deleteOtherSessionsOfUser(context.db, user.id, current.token), 2);

    for (const other of others) assert.equal(await findSession(context.db, other.token, options), undefined);
    assert.ok(await findSession(context.db, current.token, options));
    assert.equal(await deleteOtherSessionsOfUser(context.db, user.id, current.token), 0);
  });

  it('when expired sessions are purged, then only the expired ones are removed', async () => {
    await createSession(context.db, user.id, options);
    clock.advance(9 * HOUR);
    const fresh = await createSession(context.db, user.id, options);

    assert.equal(await purgeExpiredSessions(context.db, options), 1);

    assert.equal((await context.db.query('SELECT id FROM sessions')).length, 1);
    assert.ok(await findSession(context.db, fresh.token, options));
  });
});

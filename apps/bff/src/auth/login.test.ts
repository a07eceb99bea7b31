import assert from 'node:assert/strict';
import { beforeEach, it } from 'node:test';
import { forEachDatabase, manualClock } from '../testing/databases.ts';
import { AppError } from '../http/app-error.ts';
import { createConsoleUser, updateConsoleUser } from './console-users.ts';
import { authenticate, purgeLoginAttempts, type LoginLimits } from './login.ts';
import { hashPassword } from './passwords.ts';

const PASSWORD = 'correct horse battery';
const IP = '203.0.113.7';
const SECOND = 1000;
const MINUTE = 60 * SECOND;

const refusedWith =
  (code: string, status: number, expected: { detail?: string; retryAfter?: number } = {}) =>
  (error: unknown) => {
    assert.ok(error instanceof AppError, `expected an AppError, got ${String(error)}`);
    assert.equal(error.code, code);
    assert.equal(error.status, status);
    if (expected.detail !== undefined) assert.equal(error.detail, expected.detail);
    if (expected.retryAfter !== undefined) assert.equal(error.retryAfter, expected.retryAfter);
    return true;
  };
const invalid = refusedWith('invalid_credentials', 401, { detail: 'The username or password is wrong.' });

forEachDatabase('sign-in', (context) => {
  let clock: ReturnType<typeof manualClock>;
  let limits: LoginLimits;
  const auth = {
    authenticate: (username: string, password: string, ip: string) => authenticate(context.db, username, password, ip, limits),
  };
  const failTimes = async (times: number, username = 'frank', ip = IP) => {
    for (let i = 0; i < times; i++) await assert.rejects(auth.authenticate(username, 'wrong password!', ip), invalid);
  };
  const attemptRows = async () =>
    (await context.db.query<{ count: number }>('SELECT count(*)::int AS count FROM login_attempts'))[0]?.count;
  const attemptKeys = async () =>
    (await context.db.query<{ key: string }>('SELECT key FROM login_attempts ORDER BY key')).map((row) => row.key);
  /** One failure of `username` from each of `times` addresses: no username+address limit is reached. */
  const failFromManyAddresses = async (times: number, username = 'frank') => {
    for (let i = 0; i < times; i++) await failTimes(1, username, `198.51.100.${i + 1}`);
  };

  beforeEach(async () => {
    clock = manualClock();
    limits = { now: clock.now };
    await createConsoleUser(context.db, { username: 'Frank', password: PASSWORD, role: 'admin' });
  });

  it('when the password is right, then the user is returned and only the address it signed in from is left behind', async () => {
    const user = await auth.authenticate('frank', PASSWORD, IP);

    assert.equal(user.username, 'Frank');
    assert.deepEqual(await attemptKeys(), [`known:frank|${IP}`]);
  });

  it('when the password is wrong, the user is unknown or the user is disabled, then it fails with the same generic 401', async () => {
    await assert.rejects(auth.authenticate('frank', 'wrong password!', IP), invalid);
    await assert.rejects(auth.authenticate('nobody', PASSWORD, IP), invalid);
    const disabled = await createConsoleUser(context.db, { username: 'gone', password: PASSWORD, role: 'viewer' });
    await updateConsoleUser(context.db, disabled.id, { disabled: true });
    await assert.rejects(auth.authenticate('gone', PASSWORD, IP), invalid);
  });

  it('when a username+IP has failed 5 times, then the next attempt is refused with 429 even with the right password, until the window passes', async () => {
    await failTimes(5);

    await assert.rejects(auth.authenticate('frank', PASSWORD, IP), refusedWith('too_many_attempts', 429, { retryAfter: 15 * 60 }));
    clock.advance(15 * MINUTE);
    assert.equal((await auth.authenticate('frank', PASSWORD, IP)).username, 'Frank');
  });

  it('when refused, then Retry-After counts to the moment the oldest failure in the window leaves it', async () => {
    for (let i = 0; i < 5; i++) {
      await failTimes(1);
      clock.advance(MINUTE);
    }

    await assert.rejects(auth.authenticate('frank', PASSWORD, IP), refusedWith('too_many_attempts', 429, { retryAfter: 10 * 60 }));
    clock.advance(10 * MINUTE);
    await assert.rejects(auth.authenticate('frank', 'wrong password!', IP), invalid);
  });

  it('when refused by the limit, then the refused attempts are not stored, so the table stays bounded', async () => {
    await failTimes(5);
    const rows = await attemptRows();

    for (let i = 0; i < 10; i++)
      await assert.rejects(auth.authenticate('frank', 'wrong password!', IP), refusedWith('too_many_attempts', 429));

    assert.equal(await attemptRows(), rows);
  });

  it('when the same username fails from another IP, then that IP is not blocked', async () => {
    await failTimes(5);

    assert.equal((await auth.authenticate('frank', PASSWORD, '198.51.100.1')).username, 'Frank');
  });

  it('when a sign-in succeeds, then the failures for that username+IP are forgotten', async () => {
    await failTimes(4);
    await auth.authenticate('FRANK', PASSWORD, IP);

    await failTimes(4);

    assert.equal((await auth.authenticate('frank', PASSWORD, IP)).username, 'Frank');
  });

  it('when one address fails across many made-up usernames, then its failures answer 429 whatever the name, yet a real user signs in from it', async () => {
    limits = { ...limits, maxFailuresPerIp: 6 };
    for (const name of ['a1', 'a2', 'a3', 'a4', 'a5', 'a6']) await failTimes(1, name);

    await assert.rejects(auth.authenticate('a7', 'wrong password!', IP), refusedWith('too_many_attempts', 429, { retryAfter: 15 * 60 }));
    await assert.rejects(auth.authenticate('frank', 'wrong password!', IP), refusedWith('too_many_attempts', 429, { retryAfter: 15 * 60 }));
    assert.equal((await auth.authenticate('frank', PASSWORD, IP)).username, 'Frank');
  });

  it("when an address is past its own limit, then its wrong passwords still count against the username+address, and only that key's row is dropped", async () => {
    limits = { ...limits, maxFailuresPerIp: 2 };
    await failTimes(1, 'a1');
    await failTimes(1, 'a2');
    for (let i = 0; i < 5; i++)
      await assert.rejects(auth.authenticate('frank', 'wrong password!', IP), refusedWith('too_many_attempts', 429));

    await assert.rejects(auth.authenticate('frank', PASSWORD, IP), refusedWith('too_many_attempts', 429));
    const [row] = await context.db.query<{ count: number }>("SELECT count(*)::int AS count FROM login_attempts WHERE key LIKE 'ip:%'");
    assert.equal(row?.count, 2);
  });

  it('when one username fails from many addresses, then beyond the free failures each next attempt waits twice as long, up to the cap, even with the right password', async () => {
    limits = { ...limits, freeFailuresPerName: 3, firstDelaySeconds: 60, maxDelayMinutes: 4 };
    await failFromManyAddresses(3);
    const fresh = '192.0.2.200';

    for (const waitSeconds of [60, 120, 240, 240]) {
      await assert.rejects(auth.authenticate('frank', PASSWORD, fresh), refusedWith('too_many_attempts', 429, { retryAfter: waitSeconds }));
      clock.advance(waitSeconds * SECOND - SECOND);
      await assert.rejects(auth.authenticate('frank', PASSWORD, fresh), refusedWith('too_many_attempts', 429, { retryAfter: 1 }));
      clock.advance(SECOND);
      await assert.rejects(auth.authenticate('frank', 'wrong password!', `192.0.2.${waitSeconds}`), invalid);
    }
    clock.advance(4 * MINUTE);
    assert.equal(
      (await auth.authenticate('frank', PASSWORD, fresh)).username,
      'Frank',
      'the owner is never locked out for longer than the cap',
    );
  });

  it('when a username is made up, then it waits exactly as a real one does, so the wait does not tell which names exist', async () => {
    limits = { ...limits, freeFailuresPerName: 3, firstDelaySeconds: 60 };
    await failFromManyAddresses(3);
    await failFromManyAddresses(3, 'nobody');

    await assert.rejects(auth.authenticate('frank', PASSWORD, IP), refusedWith('too_many_attempts', 429, { retryAfter: 60 }));
    await assert.rejects(auth.authenticate('nobody', PASSWORD, IP), refusedWith('too_many_attempts', 429, { retryAfter: 60 }));
  });

  it('when attempts keep coming while a username waits, then they are not stored and the wait does not grow', async () => {
    limits = { ...limits, freeFailuresPerName: 3, firstDelaySeconds: 60 };
    await failFromManyAddresses(3);
    const rows = await attemptRows();

    for (let i = 0; i < 10; i++) {
      clock.advance(SECOND);
      await assert.rejects(auth.authenticate('frank', 'wrong password!', `192.0.2.${i}`), refusedWith('too_many_attempts', 429));
    }

    assert.equal(await attemptRows(), rows);
    await assert.rejects(auth.authenticate('frank', PASSWORD, IP), refusedWith('too_many_attempts', 429, { retryAfter: 50 }));
  });

  it('when the owner signed in from an address before, then the waits of their username do not apply there, but its username+address limit does', async () => {
    limits = { ...limits, freeFailuresPerName: 3 };
    await auth.authenticate('frank', PASSWORD, IP);
    await failFromManyAddresses(3);
    await assert.rejects(auth.authenticate('frank', PASSWORD, '192.0.2.9'), refusedWith('too_many_attempts', 429));

    assert.equal((await auth.authenticate('frank', PASSWORD, IP)).username, 'Frank');
    await failTimes(5);
    await assert.rejects(auth.authenticate('frank', PASSWORD, IP), refusedWith('too_many_attempts', 429));
  });

  it('when the address it signed in from is 30 days old, then it waits like any other', async () => {
    limits = { ...limits, freeFailuresPerName: 3 };
    await auth.authenticate('frank', PASSWORD, IP);
    clock.advance(30 * 24 * 60 * MINUTE);
    await failFromManyAddresses(3);

    await assert.rejects(auth.authenticate('frank', PASSWORD, IP), refusedWith('too_many_attempts', 429));
  });

  it("when a day has passed, then a username's failures from all addresses no longer count", async () => {
    limits = { ...limits, freeFailuresPerName: 3 };
    await failFromManyAddresses(3);
    clock.advance(24 * 60 * MINUTE);

    assert.equal((await auth.authenticate('frank', PASSWORD, '192.0.2.9')).username, 'Frank');
  });

  it('when many wrong guesses arrive at once, then no more than the limit are checked', async () => {
    const outcomes = await Promise.allSettled(Array.from({ length: 12 }, () => auth.authenticate('frank', 'wrong password!', IP)));

    const codes = outcomes.map((outcome) =>
      outcome.status === 'rejected' && outcome.reason instanceof AppError ? outcome.reason.code : 'other',
    );
    assert.ok(codes.filter((code) => code === 'invalid_credentials').length <= 5, codes.join());
    assert.equal(codes.filter((code) => code === 'other').length, 0, codes.join());
  });

  it('when old attempts are purged, then each goes once it no longer counts: 15 minutes per address, a day per username, 30 days for a signed-in address', async () => {
    await auth.authenticate('frank', PASSWORD, IP);
    await failTimes(2);
    clock.advance(16 * MINUTE);
    await failTimes(1);

    assert.equal(await purgeLoginAttempts(context.db, limits), 4, 'the first two failures per username+address and per address');
    assert.deepEqual(await attemptKeys(), [`ip:${IP}`, `known:frank|${IP}`, 'name:frank', 'name:frank', 'name:frank', `user:frank|${IP}`]);
    clock.advance(24 * 60 * MINUTE);
    assert.equal(await purgeLoginAttempts(context.db, limits), 5);
    clock.advance(30 * 24 * 60 * MINUTE);
    assert.equal(await purgeLoginAttempts(context.db, limits), 1);
  });

  it('when a user signs in with a hash of an older, lower cost, then it is rehashed at the current cost', async () => {
    const cheap = await hashPassword(PASSWORD, { N: 1024, r: 8, p: 1 });
    await context.db.query("UPDATE console_users SET password_hash = $1 WHERE username = 'Frank'", [cheap]);

    await auth.authenticate('frank', PASSWORD, IP);

    const [row] = await context.db.query<{ password_hash: string }>("SELECT password_hash FROM console_users WHERE username = 'Frank'");
    assert.match(row?.password_hash ?? '', /^scrypt\$32768\$/);
  });
});

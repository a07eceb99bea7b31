import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ConsoleUser, Problem, Session } from '@chime-console/contracts';
import { SESSION_COOKIE } from '../auth/session-cookie.ts';
import { startTestBff, TEST_PASSWORD, type TestBff } from '../testing/test-bff.ts';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const GENERIC_REFUSAL = 'The username or password is wrong.';

describe('signing in and out', () => {
  let bff: TestBff;
  /** From the BFF's own address, or, through the trusted proxy hop, from `address`. */
  const login = (username: string, password: string, address?: string) =>
    fetch(`${bff.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(address !== undefined && { 'x-forwarded-for': address }) },
      body: JSON.stringify({ username, password }),
    });
  const retryAfterOf = (response: Response) => Number(response.headers.get('retry-after'));
  /** The problem without its per-request ID, so two refusals can be compared whole. */
  const refusal = async (response: Response) => {
    const problem = (await response.json()) as Problem;
    delete problem.requestId;
    return { status: response.status, type: response.headers.get('content-type'), problem };
  };
  const createUser = (username: string, role: ConsoleUser['role'] = 'viewer') => bff.addConsoleUser(username, role);

  before(async () => {
    // One proxy hop is trusted, so each test signs in from addresses of its own.
    bff = await startTestBff({ env: { TRUST_PROXY: '1' } });
  });
  after(() => bff.close());

  it('when the password is right, then a hardened session cookie living as long as the session can is set, the CSRF token is in the body and /me answers the session', async () => {
    const response = await login('helpdesk', TEST_PASSWORD);

    assert.equal(response.status, 200);
    const session = (await response.json()) as Session;
    assert.deepEqual({ ...session, csrfToken: '' }, { username: 'helpdesk', role: 'helpdesk', csrfToken: '', mustChangePassword: false });
    assert.match(session.csrfToken, TOKEN);
    const cookies = response.headers.getSetCookie();
    assert.equal(cookies.length, 1);
    const [cookie = ''] = cookies;
    const [nameValue = '', ...attributes] = cookie.split(/;\s*/);
    const [name, token = ''] = nameValue.split('=');
    assert.equal(name, SESSION_COOKIE);
    assert.match(token, TOKEN);
    assert.notEqual(token, session.csrfToken);
    const flags = attributes.map((a) => a.toLowerCase());
    assert.ok(flags.includes('httponly'), cookie);
    assert.ok(flags.includes('samesite=lax'), cookie);
    assert.ok(flags.includes('path=/'), cookie);
    assert.ok(!flags.includes('secure'), 'plain HTTP without a proxy gets no Secure flag');
    const maxAge = Number(flags.find((a) => a.startsWith('max-age='))?.slice('max-age='.length));
    // The server slides its expiry up to the absolute lifetime, so the cookie must last that long.
    assert.ok(maxAge > 24 * 3600 - 60 && maxAge <= 24 * 3600, `Max-Age ${maxAge} is the session's absolute lifetime (24 h)`);

    const me = await fetch(`${bff.url}/api/auth/me`, { headers: { cookie: nameValue } });
    assert.equal(me.status, 200);
    assert.deepEqual(await me.json(), session);
  });

  it('when the password is wrong, then 401 invalid_credentials with a generic message and no cookie', async () => {
    const response = await login('viewer', 'not the right password');

    assert.equal(response.headers.getSetCookie().length, 0);
    const { status, type, problem } = await refusal(response);
    assert.equal(status, 401);
    assert.match(type ?? '', /^application\/problem\+json/);
    assert.equal(problem.code, 'invalid_credentials');
    assert.equal(problem.detail, GENERIC_REFUSAL);
  });

  it('when the username is unknown, then the answer is exactly the wrong-password answer', async () => {
    const unknown = await refusal(await login('nobody-by-that-name', TEST_PASSWORD));
    const wrongPassword = await refusal(await login('helpdesk', 'not the right password'));

    assert.deepEqual(unknown, wrongPassword);
    assert.equal(unknown.problem.code, 'invalid_credentials');
  });

  it('when one username fails 5 times from one address, then the 6th attempt from there is 429 too_many_attempts with Retry-After, even with the right password, but not from another address', async () => {
    const address = '198.51.100.10';
    await createUser('rate-limited');
    for (let attempt = 1; attempt <= 5; attempt++) {
      assert.equal((await login('rate-limited', `wrong password ${attempt}`, address)).status, 401, `attempt ${attempt}`);
    }

    const sixth = await login('rate-limited', 'wrong password 6', address);
    const rightButLimited = await login('Rate-Limited', TEST_PASSWORD, address);

    for (const response of [sixth, rightButLimited]) {
      assert.equal(response.status, 429);
      const retryAfter = retryAfterOf(response);
      assert.ok(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 15 * 60, `Retry-After ${retryAfter}`);
      const problem = (await response.json()) as Problem;
      assert.equal(problem.code, 'too_many_attempts');
      assert.equal(problem.retryable, true);
      assert.equal(response.headers.getSetCookie().length, 0);
    }
    assert.equal((await login('viewer', TEST_PASSWORD, address)).status, 200, 'another username from the same address is not blocked');
    assert.equal(
      (await login('rate-limited', TEST_PASSWORD, '198.51.100.11')).status,
      200,
      'the same username from another address is not',
    );
  });

  it('when one address fails 60 times with made-up usernames, then its failures beyond 50 are 429 whatever the name, yet a real user signs in from there with the right password', async () => {
    const address = '198.51.100.20';
    await createUser('behind-the-same-nat');
    const statuses = [];
    for (let attempt = 1; attempt <= 60; attempt++) statuses.push((await login(`made-up-${attempt}`, 'guessed password', address)).status);

    assert.deepEqual(statuses, [...Array<number>(50).fill(401), ...Array<number>(10).fill(429)]);
    const madeUp = await login('made-up-61', 'guessed password', address);
    const realButWrong = await login('behind-the-same-nat', 'guessed password', address);
    for (const response of [madeUp, realButWrong]) {
      assert.equal(response.status, 429, 'a wrong password of a real user answers as a made-up name does');
      assert.equal(((await response.json()) as Problem).code, 'too_many_attempts');
      assert.ok(retryAfterOf(response) > 0);
    }
    const right = await login('behind-the-same-nat', TEST_PASSWORD, address);
    assert.equal(right.status, 200, await right.clone().text());
    assert.equal(right.headers.getSetCookie().length, 1);
  });

  it('when one username fails from 10 addresses, then every next attempt from a new address waits, even with the right password, while an address it signed in from before still signs in', async () => {
    await createUser('targeted');
    const home = '192.0.2.1';
    assert.equal((await login('targeted', TEST_PASSWORD, home)).status, 200);
    for (let attempt = 1; attempt <= 10; attempt++) {
      assert.equal((await login('targeted', 'guessed password', `203.0.113.${attempt}`)).status, 401, `attempt ${attempt}`);
      assert.equal((await login('nobody-here', 'guessed password', `203.0.113.${attempt}`)).status, 401, `attempt ${attempt}`);
    }

    const fromElsewhere = await login('targeted', TEST_PASSWORD, '203.0.113.50');
    const madeUpFromElsewhere = await login('nobody-here', TEST_PASSWORD, '203.0.113.50');

    for (const response of [fromElsewhere, madeUpFromElsewhere]) {
      assert.equal(response.status, 429, 'a made-up name waits as a real one does');
      assert.equal(((await response.json()) as Problem).code, 'too_many_attempts');
      const retryAfter = retryAfterOf(response);
      assert.ok(retryAfter > 0 && retryAfter <= 60, `the first delay is a minute at most, not a lockout: Retry-After ${retryAfter}`);
    }
    assert.equal((await login('targeted', TEST_PASSWORD, home)).status, 200, 'the owner is not locked out');
  });

  it('when a person signs out, then the session ends and the cookie is cleared', async () => {
    const client = await bff.signIn('viewer', TEST_PASSWORD);
    assert.equal((await client.call('GET', '/api/auth/me')).status, 200);

    const response = await client.call('POST', '/api/auth/logout');

    assert.equal(response.status, 204);
    const [cleared = ''] = response.headers.getSetCookie();
    assert.match(cleared, new RegExp(`^${SESSION_COOKIE}=;`));
    assert.match(cleared, /Max-Age=0/i);
    const me = await client.call('GET', '/api/auth/me');
    assert.equal(me.status, 401);
    assert.equal(me.json<Problem>().code, 'unauthenticated');
    assert.equal((await bff.as('viewer').call('GET', '/api/auth/me')).status, 200, 'other sessions of that person live on');
  });

  it('when a person changes their own password, then their other sessions end at once and the current one stays', async () => {
    await createUser('changes-own');
    const here = await bff.signIn('changes-own', TEST_PASSWORD);
    const elsewhere = await bff.signIn('changes-own', TEST_PASSWORD);
    const other = await bff.signIn('viewer', TEST_PASSWORD);
    assert.equal((await elsewhere.call('GET', '/api/auth/me')).status, 200);

    const changed = await here.call('POST', '/api/auth/password', {
      body: { currentPassword: TEST_PASSWORD, newPassword: 'a-new-password-of-mine' },
    });

    assert.equal(changed.status, 204, changed.text);
    assert.equal((await elsewhere.call('GET', '/api/auth/me')).status, 401);
    assert.equal((await here.call('GET', '/api/auth/me')).status, 200);
    assert.equal((await other.call('GET', '/api/auth/me')).status, 200, "someone else's session is not touched");
    assert.equal((await login('changes-own', 'a-new-password-of-mine')).status, 200);
  });

  it('when a person signs out their other sessions, then those end at once, this one stays, the answer counts them and the audit log has it', async () => {
    await createUser('many-devices');
    const here = await bff.signIn('many-devices', TEST_PASSWORD);
    const others = [await bff.signIn('many-devices', TEST_PASSWORD), await bff.signIn('many-devices', TEST_PASSWORD)];
    for (const client of others) assert.equal((await client.call('GET', '/api/auth/me')).status, 200);

    const response = await here.call('POST', '/api/auth/sessions/sign-out-others');

    assert.equal(response.status, 200, response.text);
    assert.deepEqual(response.json(), { ended: 2 });
    for (const client of others) assert.equal((await client.call('GET', '/api/auth/me')).status, 401);
    assert.equal((await here.call('GET', '/api/auth/me')).status, 200);
    assert.deepEqual((await here.call('POST', '/api/auth/sessions/sign-out-others')).json(), { ended: 0 });
    const audit = await bff.as('admin').call('GET', '/api/audit?action=signOutOtherSessions&pageSize=200');
    const entries = audit
      .json<{ items: { actor: string; result: string }[] }>()
      .items.filter((entry) => entry.actor === 'many-devices')
      .map((entry) => entry.result);
    assert.deepEqual(entries, ['ok', 'ok']);
  });

  it('when signing out other sessions without the CSRF token, then it is refused and nothing ends', async () => {
    await createUser('careful');
    const here = await bff.signIn('careful', TEST_PASSWORD);
    const elsewhere = await bff.signIn('careful', TEST_PASSWORD);

    const response = await here.call('POST', '/api/auth/sessions/sign-out-others', { csrf: false });

    assert.equal(response.status, 403);
    assert.equal(response.json<Problem>().code, 'csrf_failed');
    assert.equal((await elsewhere.call('GET', '/api/auth/me')).status, 200);
  });

  it('when a user is disabled, then their open session stops working and they cannot sign in again', async () => {
    const user = await createUser('soon-disabled', 'helpdesk');
    const client = await bff.signIn('soon-disabled', TEST_PASSWORD);
    assert.equal((await client.call('GET', '/api/accounts?pageSize=1')).status, 200);

    const disabled = await bff.as('admin').call('PATCH', `/api/console-users/${user.id}`, { body: { disabled: true } });

    assert.equal(disabled.status, 200);
    assert.equal((await client.call('GET', '/api/accounts?pageSize=1')).status, 401);
    assert.equal((await client.call('GET', '/api/auth/me')).status, 401);
    const again = await refusal(await login('soon-disabled', TEST_PASSWORD));
    assert.deepEqual(again, await refusal(await login('soon-disabled', 'not the right password')));
    assert.equal(again.problem.code, 'invalid_credentials');
  });
});

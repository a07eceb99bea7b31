import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ConsoleUser, Problem, Session } from '@chime-console/contracts';
import { SESSION_COOKIE } from '../session-cookie.ts';
import { startTestBff, TEST_PASSWORD, type TestBff } from '../testing/test-bff.ts';

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const GENERIC_REFUSAL = 'The username or password is wrong.';

describe('signing in and out', () => {
  let bff: TestBff;
  const login = (username: string, password: string) =>
    fetch(`${bff.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
  /** The problem without its per-request ID, so two refusals can be compared whole. */
  const refusal = async (response: Response) => {
    const problem = (await response.json()) as Problem;
    delete problem.requestId;
    return { status: response.status, type: response.headers.get('content-type'), problem };
  };
  const createUser = async (username: string, role: ConsoleUser['role'] = 'viewer') => {
    const response = await bff.as('admin').call('POST', '/api/console-users', { body: { username, password: TEST_PASSWORD, role } });
    assert.equal(response.status, 201, response.text);
    return response.json<ConsoleUser>();
  };

  before(async () => {
    bff = await startTestBff();
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

  it('when one username fails 5 times from one IP, then the 6th attempt is 429 too_many_attempts with Retry-After, even with the right password', async () => {
    await createUser('rate-limited');
    for (let attempt = 1; attempt <= 5; attempt++) {
      assert.equal((await login('rate-limited', `wrong password ${attempt}`)).status, 401, `attempt ${attempt}`);
    }

    const sixth = await login('rate-limited', 'wrong password 6');
    const rightButLimited = await login('Rate-Limited', TEST_PASSWORD);

    for (const response of [sixth, rightButLimited]) {
      assert.equal(response.status, 429);
      const retryAfter = Number(response.headers.get('retry-after'));
      assert.ok(Number.isInteger(retryAfter) && retryAfter > 0 && retryAfter <= 15 * 60, `Retry-After ${retryAfter}`);
      const problem = (await response.json()) as Problem;
      assert.equal(problem.code, 'too_many_attempts');
      assert.equal(problem.retryable, true);
      assert.equal(response.headers.getSetCookie().length, 0);
    }
    assert.equal((await login('viewer', TEST_PASSWORD)).status, 200, 'another username from the same IP is not blocked');
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

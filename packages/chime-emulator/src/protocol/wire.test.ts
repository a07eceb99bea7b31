import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CreateAccountCommand, ListAccountsCommand, UnauthorizedClientException } from '@aws-sdk/client-chime';
import { signChimeRequest, signedFetch, type SigningKey } from '../testing/sign-request.ts';
import { startTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

const ISO_MILLIS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

describe('the wire format, pinned below the SDK', () => {
  let emulator: TestEmulator;
  let key: SigningKey;
  let accountId: string;
  before(async () => {
    emulator = await startTestEmulator({ seed: { set: 'demo' } });
    key = emulator.credentials[0] as SigningKey;
    accountId = (await emulator.client().send(new ListAccountsCommand({ Name: 'Acme' }))).Accounts?.[0]?.AccountId ?? '';
  });
  after(() => emulator.close());
  const call = (method: string, path: string, options: { query?: Record<string, string>; body?: string } = {}) =>
    signedFetch(emulator.endpoint, key, { method, path, ...options });

  it('an error carries x-amzn-ErrorType, a request ID and exactly {Code, Message}', async () => {
    const response = await call('GET', '/accounts/does-not-exist');
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('x-amzn-errortype'), 'NotFoundException');
    assert.equal(response.headers.get('content-type'), 'application/json');
    assert.ok(response.headers.get('x-amzn-requestid'));
    const body = (await response.json()) as Record<string, unknown>;
    assert.deepEqual(Object.keys(body).sort(), ['Code', 'Message']);
    assert.equal(body.Code, 'NotFound');
  });

  it('CreateAccount answers 201 with the account and an ISO-8601 UTC timestamp with milliseconds', async () => {
    const response = await call('POST', '/accounts', { body: JSON.stringify({ Name: 'Wire' }) });
    assert.equal(response.status, 201);
    const { Account } = (await response.json()) as { Account: { CreatedTimestamp: string } };
    assert.match(Account.CreatedTimestamp, ISO_MILLIS);
  });

  it('204 operations answer with an empty body, and body-less operations need no body or Content-Type', async () => {
    const users = (await (await call('GET', `/accounts/${accountId}/users`, { query: { 'max-results': '1' } })).json()) as {
      Users: { UserId: string; InvitedOn?: string; RegisteredOn?: string }[];
    };
    const userId = users.Users[0]?.UserId ?? '';
    for (const date of [users.Users[0]?.InvitedOn, users.Users[0]?.RegisteredOn]) if (date) assert.match(date, ISO_MILLIS);
    const logout = await call('POST', `/accounts/${accountId}/users/${userId}`, { query: { operation: 'logout' } });
    assert.equal(logout.status, 204);
    assert.equal(logout.headers.get('content-length'), '0');
    assert.equal(await logout.text(), '');
    const reset = await call('POST', `/accounts/${accountId}/users/${userId}`, { query: { operation: 'reset-personal-pin' } });
    assert.equal(reset.status, 200);
    const settings = await call('PUT', `/accounts/${accountId}/settings`, { body: '{"AccountSettings":{"EnableDialOut":false}}' });
    assert.equal(settings.status, 204);
    assert.equal(await settings.text(), '');
  });

  it('page tokens change from page to page and the last page has no NextToken member', async () => {
    const tokens: string[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const query: Record<string, string> = { 'max-results': '50' };
      if (token) query['next-token'] = token;
      const page = (await (await call('GET', `/accounts/${accountId}/users`, { query })).json()) as {
        Users: unknown[];
        NextToken?: string;
      };
      pages++;
      token = page.NextToken;
      if (token) tokens.push(token);
      else assert.equal('NextToken' in page, false);
    } while (token);
    assert.ok(pages >= 3);
    assert.equal(new Set(tokens).size, tokens.length);
  });

  it('concurrent pages of different sizes each arrive whole, though response buffers are reused', async () => {
    const sizes = Array.from({ length: 24 }, (_, index) => 5 + index * 5);
    const pages = await Promise.all(
      sizes.map(async (size) => {
        const response = await call('GET', `/accounts/${accountId}/users`, { query: { 'max-results': String(size) } });
        return (await response.json()) as { Users: { UserId: string }[] };
      }),
    );
    const first = pages.at(-1)?.Users.map((user) => user.UserId) ?? [];
    pages.forEach((page, index) => {
      assert.deepEqual(
        page.Users.map((user) => user.UserId),
        first.slice(0, sizes[index]),
      );
    });
  });

  for (const [method, path, query] of [
    ['GET', '/nothing-here', {}],
    ['POST', '/accounts/x/users', { operation: 'bogus' }],
    ['GET', '/accounts/x/users/y/settings', {}],
    ['POST', '/accounts/x', { operation: 'associate-signin-delegate-groups' }],
  ] as const) {
    it(`an unknown route (${method} ${path}${'operation' in query ? `?operation=${query.operation}` : ''}) is a JSON 404`, async () => {
      const response = await call(method, path, { query });
      assert.equal(response.status, 404);
      assert.equal(response.headers.get('x-amzn-errortype'), 'UnknownOperationException');
      const body = (await response.json()) as { Message: string };
      assert.match(body.Message, /No Chime operation matches/);
    });
  }

  it('an unknown route without a signature is still a JSON 404, not an HTML page', async () => {
    const response = await fetch(`${emulator.endpoint}/favicon.ico`);
    assert.equal(response.status, 404);
    assert.equal(response.headers.get('content-type'), 'application/json');
  });

  it('labels are matched raw, then percent-decoded', async () => {
    const response = await call('GET', '/accounts/a%20b%2Fc');
    assert.equal(response.status, 404);
    assert.match(((await response.json()) as { Message: string }).Message, /a b\/c/);
  });

  it('an empty label is a BadRequestException naming AccountId', async () => {
    const response = await call('GET', '/accounts/');
    assert.equal(response.status, 400);
    assert.match(((await response.json()) as { Message: string }).Message, /'AccountId'/);
  });

  // The restJson1 malformed-request tests refuse these for an integer in the query; Number() takes most of them.
  const malformedIntegers = [
    '0x42',
    '0xC8',
    '0b11',
    '0o17',
    '1e2',
    '1.0',
    '1.001',
    ' 5',
    '5 ',
    '+5',
    '2ABC',
    'true',
    'Infinity',
    'NaN',
    '',
  ];
  for (const path of ['/accounts', '/accounts/{acme}/users']) {
    it(`a max-results on ${path} that is not a plain decimal integer is a BadRequestException naming MaxResults`, async () => {
      for (const value of malformedIntegers) {
        const response = await call('GET', path.replace('{acme}', accountId), { query: { 'max-results': value } });
        assert.equal(response.status, 400, JSON.stringify(value));
        assert.equal(response.headers.get('x-amzn-errortype'), 'BadRequestException');
        const { Message } = (await response.json()) as { Message: string };
        assert.match(Message, /Value at 'MaxResults' failed to satisfy constraint: Member must be an integer/, JSON.stringify(value));
      }
    });
  }

  it('a plain decimal max-results is read in base 10, and a negative one fails the range check', async () => {
    const page = await call('GET', `/accounts/${accountId}/users`, { query: { 'max-results': '010' } });
    assert.equal(((await page.json()) as { Users: unknown[] }).Users.length, 10);
    const negative = await call('GET', '/accounts', { query: { 'max-results': '-1' } });
    assert.equal(negative.status, 400);
    assert.match(((await negative.json()) as { Message: string }).Message, /'MaxResults'.*greater than or equal to 1/);
  });

  it('a malformed JSON body is a BadRequestException, and state is untouched', async () => {
    const before = emulator.store.accounts.size;
    const response = await call('POST', '/accounts', { body: '{"Name": ' });
    assert.equal(response.status, 400);
    assert.equal(response.headers.get('x-amzn-errortype'), 'BadRequestException');
    assert.equal(emulator.store.accounts.size, before);
  });

  it('a body signed as UNSIGNED-PAYLOAD and changed after signing is UnauthorizedClientException (401), and state is untouched', async () => {
    const signedBody = JSON.stringify({ Name: 'Signed name' });
    const { url, headers } = await signChimeRequest(emulator.endpoint, key, {
      method: 'POST',
      path: `/accounts/${accountId}`,
      headers: { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' },
      body: signedBody,
    });
    delete headers.host;
    const before = emulator.store.requireAccount(accountId).account.Name;
    const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ Name: 'Changed in transit' }) });
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('x-amzn-errortype'), 'UnauthorizedClientException');
    assert.match(((await response.json()) as { Message: string }).Message, /x-amz-content-sha256.*UNSIGNED-PAYLOAD/);
    assert.equal(emulator.store.requireAccount(accountId).account.Name, before);
  });

  it('an unsigned Chime call is UnauthorizedClientException (401)', async () => {
    const response = await fetch(`${emulator.endpoint}/accounts`);
    assert.equal(response.status, 401);
    assert.equal(response.headers.get('x-amzn-errortype'), 'UnauthorizedClientException');
    assert.match(((await response.json()) as { Message: string }).Message, /Missing Authentication Token/);
  });

  it('through the SDK, a bad secret is UnauthorizedClientException and any region is accepted', async () => {
    const error = await emulator
      .client({ secretAccessKey: 'wrong' })
      .send(new ListAccountsCommand({}))
      .catch((e: unknown) => e);
    assert.ok(error instanceof UnauthorizedClientException);
    assert.equal(error.$metadata.httpStatusCode, 401);
    const { Account } = await emulator.client({ region: 'ap-southeast-1' }).send(new CreateAccountCommand({ Name: 'Far away' }));
    assert.equal(Account?.Name, 'Far away');
  });

  it('query values keep a literal + and decode %2B, in any parameter order', async () => {
    await emulator.client().send(new CreateAccountCommand({ Name: 'C++ Guild' }));
    const response = await call('GET', '/accounts', { query: { 'max-results': '5', name: 'C++' } });
    const { Accounts } = (await response.json()) as { Accounts: { Name: string }[] };
    assert.deepEqual(
      Accounts.map((a) => a.Name),
      ['C++ Guild'],
    );
  });
});

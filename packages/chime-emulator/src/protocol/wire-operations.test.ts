import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { signedFetch, type SigningKey } from '../testing/sign-request.ts';
import { startTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

type Json = Record<string, unknown>;

describe('operation bodies and page tokens, pinned below the SDK', () => {
  let emulator: TestEmulator;
  let key: SigningKey;
  const call = (method: string, path: string, options: { query?: Record<string, string>; body?: string } = {}) =>
    signedFetch(emulator.endpoint, key, { method, path, ...options });
  const createAccount = async (Name: string): Promise<string> => {
    const response = await call('POST', '/accounts', { body: JSON.stringify({ Name }) });
    return ((await response.json()) as { Account: { AccountId: string } }).Account.AccountId;
  };
  const errorOf = async (response: Response) => ({
    status: response.status,
    type: response.headers.get('x-amzn-errortype'),
    ...((await response.json()) as { Code: string; Message: string }),
  });
  before(async () => {
    emulator = await startTestEmulator({ seed: { set: 'demo' } });
    key = emulator.credentials[0] as SigningKey;
  });
  after(() => emulator.close());

  it('when DeleteAccount succeeds, then 204 with an empty body, Content-Length 0 and no Content-Type', async () => {
    const accountId = await createAccount('Wire delete');
    const response = await call('DELETE', `/accounts/${accountId}`);
    assert.equal(response.status, 204);
    assert.equal(response.headers.get('content-length'), '0');
    assert.equal(response.headers.get('content-type'), null);
    assert.ok(response.headers.get('x-amzn-requestid'));
    assert.equal(await response.text(), '');
  });

  it('when CreateUser succeeds, then 201 with exactly {User} holding the new user', async () => {
    const accountId = await createAccount('Wire create user');
    const body = JSON.stringify({ Username: 'bob', Email: 'bob@wire.example', UserType: 'SharedDevice' });
    const response = await call('POST', `/accounts/${accountId}/users`, { query: { operation: 'create' }, body });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('content-type'), 'application/json');
    const json = (await response.json()) as { User: Json };
    assert.deepEqual(Object.keys(json), ['User']);
    assert.deepEqual(Object.keys(json.User).sort(), [
      'AccountId',
      'DisplayName',
      'LicenseType',
      'PersonalPIN',
      'PrimaryEmail',
      'UserId',
      'UserRegistrationStatus',
      'UserType',
    ]);
    const { UserId, PersonalPIN, ...rest } = json.User;
    assert.equal(typeof UserId, 'string');
    assert.match(String(PersonalPIN), /^\d{10}$/);
    assert.deepEqual(rest, {
      AccountId: accountId,
      DisplayName: 'bob',
      LicenseType: 'Pro',
      PrimaryEmail: 'bob@wire.example',
      UserRegistrationStatus: 'Unregistered',
      UserType: 'SharedDevice',
    });
  });

  it('when InviteUsers succeeds, then 201 with exactly {Invites}, one {InviteId, Status, EmailAddress, EmailStatus} per email in order', async () => {
    const accountId = await createAccount('Wire invite');
    const body = JSON.stringify({ UserEmailList: ['a@wire.example', 'b@wire.example'], UserType: 'PrivateUser' });
    const response = await call('POST', `/accounts/${accountId}/users`, { query: { operation: 'add' }, body });
    assert.equal(response.status, 201);
    assert.equal(response.headers.get('content-type'), 'application/json');
    const json = (await response.json()) as { Invites: Json[] };
    assert.deepEqual(Object.keys(json), ['Invites']);
    assert.deepEqual(
      json.Invites.map(({ InviteId, ...rest }) => {
        assert.equal(typeof InviteId, 'string');
        return rest;
      }),
      [
        { Status: 'Pending', EmailAddress: 'a@wire.example', EmailStatus: 'Sent' },
        { Status: 'Pending', EmailAddress: 'b@wire.example', EmailStatus: 'Sent' },
      ],
    );
    assert.ok(json.Invites.every((invite) => Object.keys(invite).length === 4));
  });

  it('when UpdateAccount is sent the body {} the clients send with no members set, then 200 with the account unchanged', async () => {
    const accountId = await createAccount('Wire unchanged');
    const response = await call('POST', `/accounts/${accountId}`, { body: '{}' });
    assert.equal(response.status, 200);
    const { Account } = (await response.json()) as { Account: Json };
    assert.deepEqual([Account.AccountId, Account.Name, Account.DefaultLicense], [accountId, 'Wire unchanged', 'Pro']);
  });

  it('when CreateUser is sent the body {}, then the body is read as no members: BadRequestException says Email must not be null', async () => {
    const accountId = await createAccount('Wire empty create');
    const response = await call('POST', `/accounts/${accountId}/users`, { query: { operation: 'create' }, body: '{}' });
    const error = await errorOf(response);
    assert.deepEqual([error.status, error.type, error.Code], [400, 'BadRequestException', 'BadRequest']);
    assert.match(error.Message, /Value at 'Email' failed to satisfy constraint: Member must not be null/);
  });

  it('when a ListAccounts token is reused with another name filter, then BadRequestException; with the same filter it pages on', async () => {
    for (const n of [1, 2, 3]) await createAccount(`Token Co ${n}`);
    const first = (await (await call('GET', '/accounts', { query: { name: 'Token Co', 'max-results': '1' } })).json()) as {
      NextToken: string;
    };
    assert.ok(first.NextToken);
    for (const query of [{ name: 'Token' }, { name: 'Acme' }, {}] as Record<string, string>[]) {
      const response = await call('GET', '/accounts', { query: { ...query, 'max-results': '1', 'next-token': first.NextToken } });
      const error = await errorOf(response);
      assert.deepEqual([error.status, error.type], [400, 'BadRequestException'], JSON.stringify(query));
      assert.match(error.Message, /NextToken.*different request/);
    }
    const next = await call('GET', '/accounts', { query: { name: 'Token Co', 'max-results': '1', 'next-token': first.NextToken } });
    assert.equal(next.status, 200);
    assert.deepEqual(
      ((await next.json()) as { Accounts: { Name: string }[] }).Accounts.map((a) => a.Name),
      ['Token Co 2'],
    );
  });

  it('when a ListUsers token is reused on another account, then BadRequestException', async () => {
    const [acme = '', globex = ''] = [...emulator.store.accounts.values()].map((record) => record.account.AccountId);
    const first = (await (await call('GET', `/accounts/${acme}/users`, { query: { 'max-results': '1' } })).json()) as {
      NextToken: string;
    };
    assert.ok(first.NextToken);
    const response = await call('GET', `/accounts/${globex}/users`, { query: { 'max-results': '1', 'next-token': first.NextToken } });
    const error = await errorOf(response);
    assert.deepEqual([error.status, error.type, error.Code], [400, 'BadRequestException', 'BadRequest']);
    assert.match(error.Message, /NextToken.*different request/);
  });
});

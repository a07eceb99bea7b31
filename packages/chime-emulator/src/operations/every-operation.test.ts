import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';
import {
  BatchSuspendUserCommand,
  BatchUnsuspendUserCommand,
  BatchUpdateUserCommand,
  CreateAccountCommand,
  CreateUserCommand,
  DeleteAccountCommand,
  GetAccountCommand,
  GetAccountSettingsCommand,
  GetUserCommand,
  InviteUsersCommand,
  ListAccountsCommand,
  ListUsersCommand,
  LogoutUserCommand,
  NotFoundException,
  ResetPersonalPINCommand,
  ServiceFailureException,
  ServiceUnavailableException,
  ThrottledClientException,
  UpdateAccountCommand,
  UpdateAccountSettingsCommand,
  UpdateUserCommand,
  type ChimeClient,
} from '@aws-sdk/client-chime';
import { startTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';
import { OPERATIONS } from './index.ts';

interface Ids {
  AccountId: string;
  UserId: string;
}

interface OperationCase {
  name: string;
  /** What the operation is scoped to: an unknown account or user must be NotFoundException. */
  scope: 'service' | 'account' | 'user';
  /** A call that passes validation, so that only the IDs decide its outcome. */
  call: (chime: ChimeClient, ids: Ids) => Promise<unknown>;
}

const CASES: OperationCase[] = [
  { name: 'CreateAccount', scope: 'service', call: (c) => c.send(new CreateAccountCommand({ Name: 'Every operation' })) },
  { name: 'ListAccounts', scope: 'service', call: (c) => c.send(new ListAccountsCommand({})) },
  { name: 'DeleteAccount', scope: 'account', call: (c, { AccountId }) => c.send(new DeleteAccountCommand({ AccountId })) },
  { name: 'GetAccount', scope: 'account', call: (c, { AccountId }) => c.send(new GetAccountCommand({ AccountId })) },
  { name: 'UpdateAccount', scope: 'account', call: (c, { AccountId }) => c.send(new UpdateAccountCommand({ AccountId, Name: 'Renamed' })) },
  { name: 'GetAccountSettings', scope: 'account', call: (c, { AccountId }) => c.send(new GetAccountSettingsCommand({ AccountId })) },
  {
    name: 'UpdateAccountSettings',
    scope: 'account',
    call: (c, { AccountId }) => c.send(new UpdateAccountSettingsCommand({ AccountId, AccountSettings: { EnableDialOut: true } })),
  },
  {
    name: 'CreateUser',
    scope: 'account',
    call: (c, { AccountId }) => c.send(new CreateUserCommand({ AccountId, Email: 'every.operation@corp.example' })),
  },
  { name: 'ListUsers', scope: 'account', call: (c, { AccountId }) => c.send(new ListUsersCommand({ AccountId })) },
  {
    name: 'BatchUpdateUser',
    scope: 'account',
    call: (c, { AccountId, UserId }) =>
      c.send(new BatchUpdateUserCommand({ AccountId, UpdateUserRequestItems: [{ UserId, LicenseType: 'Basic' }] })),
  },
  {
    name: 'BatchSuspendUser',
    scope: 'account',
    call: (c, { AccountId, UserId }) => c.send(new BatchSuspendUserCommand({ AccountId, UserIdList: [UserId] })),
  },
  {
    name: 'BatchUnsuspendUser',
    scope: 'account',
    call: (c, { AccountId, UserId }) => c.send(new BatchUnsuspendUserCommand({ AccountId, UserIdList: [UserId] })),
  },
  {
    name: 'InviteUsers',
    scope: 'account',
    call: (c, { AccountId }) => c.send(new InviteUsersCommand({ AccountId, UserEmailList: ['invited@corp.example'] })),
  },
  { name: 'GetUser', scope: 'user', call: (c, ids) => c.send(new GetUserCommand(ids)) },
  { name: 'UpdateUser', scope: 'user', call: (c, ids) => c.send(new UpdateUserCommand({ ...ids, LicenseType: 'Basic' })) },
  { name: 'LogoutUser', scope: 'user', call: (c, ids) => c.send(new LogoutUserCommand(ids)) },
  { name: 'ResetPersonalPIN', scope: 'user', call: (c, ids) => c.send(new ResetPersonalPINCommand(ids)) },
];

const UNKNOWN_ACCOUNT = '00000000-0000-4000-8000-0000000000aa';
const UNKNOWN_USER = '00000000-0000-4000-8000-0000000000bb';

describe('every operation through the real SDK', () => {
  let emulator: TestEmulator;
  let chime: ChimeClient;
  let known: Ids;
  // Calls that reach no real account or user, so that a call which does get served changes nothing.
  const harmless = (): Ids => ({ AccountId: UNKNOWN_ACCOUNT, UserId: UNKNOWN_USER });
  before(async () => {
    emulator = await startTestEmulator();
    // One attempt: the SDK would otherwise retry the 429s and 5xx this file provokes.
    chime = emulator.client({ maxAttempts: 1 });
    const {
      accountIds: [AccountId = ''],
    } = await emulator.control<{ accountIds: string[] }>('POST', '/seed', { set: 'generated', users: 3 });
    const [user] = emulator.store.requireAccount(AccountId).users.values();
    known = { AccountId, UserId: user?.UserId ?? '' };
  });
  afterEach(async () => {
    await emulator.control('PUT', '/throttle', {});
    await emulator.control('DELETE', '/faults');
  });
  after(() => emulator.close());

  it('covers each of the 17 operations the emulator serves, once', () => {
    assert.deepEqual(CASES.map((c) => c.name).sort(), OPERATIONS.map((o) => o.name).sort());
  });

  for (const { name, call } of CASES.filter((c) => c.scope !== 'service')) {
    it(`when ${name} names an unknown account, then NotFoundException (404) naming it`, async () => {
      const error = await call(chime, { AccountId: UNKNOWN_ACCOUNT, UserId: known.UserId }).catch((e: unknown) => e);
      assert.ok(error instanceof NotFoundException, `${name}: ${String(error)}`);
      assert.equal(error.$metadata.httpStatusCode, 404);
      assert.ok(error.message.includes(UNKNOWN_ACCOUNT), error.message);
    });
  }

  for (const { name, call } of CASES.filter((c) => c.scope === 'user')) {
    it(`when ${name} names an unknown user of a real account, then NotFoundException (404) naming the user`, async () => {
      const error = await call(chime, { AccountId: known.AccountId, UserId: UNKNOWN_USER }).catch((e: unknown) => e);
      assert.ok(error instanceof NotFoundException, `${name}: ${String(error)}`);
      assert.equal(error.$metadata.httpStatusCode, 404);
      assert.ok(error.message.includes(UNKNOWN_USER), error.message);
    });
  }

  for (const { name, call } of CASES) {
    it(`when ${name} is over its own rate limit, then ThrottledClientException (429)`, async () => {
      await emulator.control('PUT', '/throttle', { operations: { [name]: { rate: 0.001, burst: 1 } } });
      await call(chime, harmless()).catch(() => undefined);
      const error = await call(chime, harmless()).catch((e: unknown) => e);
      assert.ok(error instanceof ThrottledClientException, `${name}: ${String(error)}`);
      assert.equal(error.$metadata.httpStatusCode, 429);
    });

    it(`when faults are injected into ${name} alone, then 500 ServiceFailureException and 503 ServiceUnavailableException, and other operations are served`, async () => {
      await emulator.control('PUT', '/faults', { errorRate: 1, statuses: [500], operations: [name] });
      const failure = await call(chime, harmless()).catch((e: unknown) => e);
      assert.ok(failure instanceof ServiceFailureException, `${name}: ${String(failure)}`);
      assert.equal(failure.$metadata.httpStatusCode, 500);
      await emulator.control('PUT', '/faults', { errorRate: 1, statuses: [503], operations: [name] });
      const unavailable = await call(chime, harmless()).catch((e: unknown) => e);
      assert.ok(unavailable instanceof ServiceUnavailableException, `${name}: ${String(unavailable)}`);
      assert.equal(unavailable.$metadata.httpStatusCode, 503);
      const served = await (name === 'GetAccount'
        ? chime.send(new ListAccountsCommand({}))
        : chime.send(new GetAccountCommand({ AccountId: known.AccountId })));
      assert.equal(served.$metadata.httpStatusCode, 200, 'an operation not listed is still served');
    });
  }
});

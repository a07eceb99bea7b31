import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  BadRequestException,
  BatchSuspendUserCommand,
  CreateAccountCommand,
  DeleteAccountCommand,
  GetAccountCommand,
  InviteUsersCommand,
  ListAccountsCommand,
  NotFoundException,
  UnprocessableEntityException,
  UpdateAccountCommand,
  paginateListAccounts,
  type ChimeClient,
} from '@aws-sdk/client-chime';
import { startTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

describe('accounts through the real SDK', () => {
  let emulator: TestEmulator;
  let chime: ChimeClient;
  before(async () => {
    emulator = await startTestEmulator({ seed: { set: 'demo' } });
    chime = emulator.client();
  });
  after(() => emulator.close());

  it('creates a Team account with 201, ISO timestamps and the default licenses', async () => {
    const { Account, $metadata } = await chime.send(new CreateAccountCommand({ Name: 'Wayne Enterprises' }));
    assert.equal($metadata.httpStatusCode, 201);
    assert.ok($metadata.requestId);
    assert.equal(Account?.Name, 'Wayne Enterprises');
    assert.equal(Account.AccountType, 'Team');
    assert.equal(Account.AccountStatus, 'Active');
    assert.deepEqual(Account.SupportedLicenses, ['Basic', 'Pro']);
    assert.ok(Account.CreatedTimestamp instanceof Date && Math.abs(Account.CreatedTimestamp.getTime() - Date.now()) < 60_000);
    const fetched = await chime.send(new GetAccountCommand({ AccountId: Account.AccountId }));
    assert.equal(fetched.Account?.Name, 'Wayne Enterprises');
  });

  for (const [Name, constraint] of [
    ['', 'length greater than or equal to 1'],
    ['   ', 'regular expression pattern'],
    ['x'.repeat(101), 'length less than or equal to 100'],
  ] as const) {
    it(`when the name is ${JSON.stringify(Name.slice(0, 5))}…, then BadRequestException names Name`, async () => {
      const error = await chime.send(new CreateAccountCommand({ Name })).catch((e: unknown) => e);
      assert.ok(error instanceof BadRequestException);
      assert.equal(error.$metadata.httpStatusCode, 400);
      assert.match(error.message, /'Name'/);
      assert.ok(error.message.includes(constraint), error.message);
    });
  }

  it('when the name is missing, then BadRequestException says Name must not be null', async () => {
    const error = await chime.send(new CreateAccountCommand({} as { Name: string })).catch((e: unknown) => e);
    assert.ok(error instanceof BadRequestException);
    assert.match(error.message, /Value at 'Name' failed to satisfy constraint: Member must not be null/);
  });

  it('when the account does not exist, then NotFoundException with Code NotFound', async () => {
    const error = await chime.send(new GetAccountCommand({ AccountId: 'no-such-account' })).catch((e: unknown) => e);
    assert.ok(error instanceof NotFoundException);
    assert.equal(error.Code, 'NotFound');
    assert.equal(error.$metadata.httpStatusCode, 404);
    assert.match(error.message, /no-such-account/);
  });

  it('filters by name prefix and by the email of a user the account holds', async () => {
    const byName = await chime.send(new ListAccountsCommand({ Name: 'Glob' }));
    assert.deepEqual(
      byName.Accounts?.map((a) => a.Name),
      ['Globex Enterprise'],
    );
    const byEmail = await chime.send(new ListAccountsCommand({ UserEmail: 'Ada.Abbott@initech.example' }));
    assert.deepEqual(
      byEmail.Accounts?.map((a) => a.Name),
      ['Initech SSO'],
    );
    const nobody = await chime.send(new ListAccountsCommand({ UserEmail: 'nobody@nowhere.example' }));
    assert.deepEqual(nobody.Accounts, []);
  });

  it('pages accounts with paginateListAccounts and returns each account once', async () => {
    const names: string[] = [];
    let pages = 0;
    for await (const page of paginateListAccounts({ client: chime, pageSize: 2 }, {})) {
      pages++;
      names.push(...(page.Accounts ?? []).map((a) => a.Name ?? ''));
    }
    assert.equal(new Set(names).size, names.length);
    assert.equal(names.length, emulator.store.accounts.size);
    assert.equal(pages, Math.ceil(names.length / 2));
  });

  it('when MaxResults is out of 1..200, then BadRequestException names MaxResults', async () => {
    for (const MaxResults of [0, 201]) {
      const error = await chime.send(new ListAccountsCommand({ MaxResults })).catch((e: unknown) => e);
      assert.ok(error instanceof BadRequestException);
      assert.match(error.message, /'MaxResults'/);
    }
  });

  it('renames and changes the default license only to a supported one', async () => {
    const { Account } = await chime.send(new CreateAccountCommand({ Name: 'Rename me' }));
    const AccountId = Account?.AccountId ?? '';
    const updated = await chime.send(new UpdateAccountCommand({ AccountId, Name: 'Renamed', DefaultLicense: 'Basic' }));
    assert.equal(updated.Account?.Name, 'Renamed');
    assert.equal(updated.Account.DefaultLicense, 'Basic');
    const unsupported = await chime.send(new UpdateAccountCommand({ AccountId, DefaultLicense: 'Plus' })).catch((e: unknown) => e);
    assert.ok(unsupported instanceof BadRequestException);
    assert.match(unsupported.message, /DefaultLicense Plus is not supported/);
    const bogus = await chime.send(new UpdateAccountCommand({ AccountId, DefaultLicense: 'Gold' as 'Pro' })).catch((e: unknown) => e);
    assert.ok(bogus instanceof BadRequestException);
    assert.match(bogus.message, /'DefaultLicense'.*enum value set/);
  });

  it('refuses to delete an account with active users (422), then deletes it once they are suspended', async () => {
    const { Account } = await chime.send(new CreateAccountCommand({ Name: 'Short-lived' }));
    const AccountId = Account?.AccountId ?? '';
    await chime.send(new InviteUsersCommand({ AccountId, UserEmailList: ['temp1@short.example', 'temp2@short.example'] }));
    const refused = await chime.send(new DeleteAccountCommand({ AccountId })).catch((e: unknown) => e);
    assert.ok(refused instanceof UnprocessableEntityException);
    assert.equal(refused.$metadata.httpStatusCode, 422);
    assert.match(refused.message, /2 active users/);
    const userIds = [...emulator.store.requireAccount(AccountId).users.values()].map((u) => u.UserId);
    await chime.send(new BatchSuspendUserCommand({ AccountId, UserIdList: userIds }));
    const deleted = await chime.send(new DeleteAccountCommand({ AccountId }));
    assert.equal(deleted.$metadata.httpStatusCode, 204);
    const gone = await chime.send(new GetAccountCommand({ AccountId })).catch((e: unknown) => e);
    assert.ok(gone instanceof NotFoundException);
  });

  // Chime has an Enterprise account release its claimed domains before deletion, and releasing them
  // suspends every user; domains are not modelled, so the test suspends the users as that would.
  const releaseDomains = (AccountId: string) => {
    const record = emulator.store.requireAccount(AccountId);
    for (const user of [...record.users.values()]) emulator.store.updateUser(record, user, { UserRegistrationStatus: 'Suspended' });
  };

  for (const accountType of ['EnterpriseLWA', 'EnterpriseOIDC'] as const) {
    it(`when an ${accountType} account still has active users, then DeleteAccount is refused (422) until its domains are released`, async () => {
      const {
        accountIds: [AccountId = ''],
      } = await emulator.control<{ accountIds: string[] }>('POST', '/seed', { set: 'generated', users: 20, accountType });
      const users = [...emulator.store.requireAccount(AccountId).users.values()];
      const active = users.filter((user) => user.UserRegistrationStatus !== 'Suspended').length;
      assert.ok(active > 0);

      const refused = await chime.send(new DeleteAccountCommand({ AccountId })).catch((e: unknown) => e);

      assert.ok(refused instanceof UnprocessableEntityException, String(refused));
      assert.equal(refused.$metadata.httpStatusCode, 422);
      assert.match(refused.message, new RegExp(`${active} active users.*${accountType}.*release its claimed domains`));
      assert.equal(emulator.store.requireAccount(AccountId).users.size, users.length, 'nothing was deleted');

      releaseDomains(AccountId);
      const deleted = await chime.send(new DeleteAccountCommand({ AccountId }));
      assert.equal(deleted.$metadata.httpStatusCode, 204);
      assert.ok((await chime.send(new GetAccountCommand({ AccountId })).catch((e: unknown) => e)) instanceof NotFoundException);
      const [member] = users;
      const holder = await chime.send(new ListAccountsCommand({ UserEmail: member?.PrimaryEmail ?? '' }));
      assert.deepEqual(holder.Accounts, [], "the deleted account's users went with it");
    });
  }

  it('when every user of an EnterpriseLWA account is suspended through BatchSuspendUser, then DeleteAccount deletes it', async () => {
    const {
      accountIds: [AccountId = ''],
    } = await emulator.control<{ accountIds: string[] }>('POST', '/seed', { set: 'generated', users: 20, accountType: 'EnterpriseLWA' });
    const UserIdList = [...emulator.store.requireAccount(AccountId).users.values()].map((user) => user.UserId);
    await chime.send(new BatchSuspendUserCommand({ AccountId, UserIdList }));

    const deleted = await chime.send(new DeleteAccountCommand({ AccountId }));

    assert.equal(deleted.$metadata.httpStatusCode, 204);
  });
});

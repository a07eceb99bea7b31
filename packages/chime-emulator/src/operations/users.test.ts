import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  BadRequestException,
  BatchUpdateUserCommand,
  ConflictException,
  CreateAccountCommand,
  CreateUserCommand,
  GetUserCommand,
  ListUsersCommand,
  NotFoundException,
  UpdateUserCommand,
  paginateListUsers,
  type ChimeClient,
} from '@aws-sdk/client-chime';
import { startTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

describe('users through the real SDK', () => {
  let emulator: TestEmulator;
  let chime: ChimeClient;
  let accountId: string;
  before(async () => {
    emulator = await startTestEmulator();
    chime = emulator.client();
    const { accountIds } = await emulator.control<{ accountIds: string[] }>('POST', '/seed', { set: 'generated', users: 250 });
    accountId = accountIds[0] ?? '';
  });
  after(() => emulator.close());

  it('creates a user with 201, the account default license, and finds it by email', async () => {
    const created = await chime.send(
      new CreateUserCommand({ AccountId: accountId, Email: 'New.Person@corp.example', Username: 'New Person', UserType: 'SharedDevice' }),
    );
    assert.equal(created.$metadata.httpStatusCode, 201);
    assert.equal(created.User?.PrimaryEmail, 'New.Person@corp.example');
    assert.equal(created.User.LicenseType, 'Pro');
    assert.equal(created.User.UserType, 'SharedDevice');
    assert.equal(created.User.UserRegistrationStatus, 'Unregistered');
    const found = await chime.send(new ListUsersCommand({ AccountId: accountId, UserEmail: 'new.person@corp.example' }));
    assert.deepEqual(
      found.Users?.map((u) => u.UserId),
      [created.User.UserId],
    );
    assert.equal(found.NextToken, undefined);
    const fetched = await chime.send(new GetUserCommand({ AccountId: accountId, UserId: created.User.UserId }));
    assert.equal(fetched.User?.DisplayName, 'New Person');
  });

  it('when the email already belongs to a user, then ConflictException', async () => {
    await chime.send(new CreateUserCommand({ AccountId: accountId, Email: 'twice@corp.example' }));
    const error = await chime.send(new CreateUserCommand({ AccountId: accountId, Email: 'TWICE@corp.example' })).catch((e: unknown) => e);
    assert.ok(error instanceof ConflictException);
    assert.equal(error.$metadata.httpStatusCode, 409);
    assert.match(error.message, /already exists/);
  });

  it('when the email is malformed or the user type unknown, then BadRequestException names the member', async () => {
    const badEmail = await chime.send(new CreateUserCommand({ AccountId: accountId, Email: 'not-an-email' })).catch((e: unknown) => e);
    assert.ok(badEmail instanceof BadRequestException);
    assert.match(badEmail.message, /'Email'.*pattern: \.\+@\.\+\\\.\.\+/);
    const badType = await chime
      .send(new ListUsersCommand({ AccountId: accountId, UserType: 'Robot' as 'PrivateUser' }))
      .catch((e: unknown) => e);
    assert.ok(badType instanceof BadRequestException);
    assert.match(badType.message, /'UserType'.*PrivateUser, SharedDevice/);
  });

  it('when the account or user does not exist, then NotFoundException', async () => {
    const noUser = await chime.send(new GetUserCommand({ AccountId: accountId, UserId: 'ghost' })).catch((e: unknown) => e);
    assert.ok(noUser instanceof NotFoundException);
    assert.match(noUser.message, /ghost/);
    const noAccount = await chime.send(new ListUsersCommand({ AccountId: 'ghost-account' })).catch((e: unknown) => e);
    assert.ok(noAccount instanceof NotFoundException);
  });

  it('pages every user once with paginateListUsers over at least three pages, tokens changing each page', async () => {
    const total = emulator.store.requireAccount(accountId).users.size;
    const seen = new Set<string>();
    const tokens: string[] = [];
    for await (const page of paginateListUsers({ client: chime, pageSize: 60 }, { AccountId: accountId })) {
      for (const user of page.Users ?? []) seen.add(user.UserId ?? '');
      if (page.NextToken) tokens.push(page.NextToken);
      assert.ok((page.Users?.length ?? 0) <= 60);
    }
    assert.equal(seen.size, total);
    assert.ok(tokens.length >= 3, `expected at least 3 tokens, got ${tokens.length}`);
    assert.equal(new Set(tokens).size, tokens.length);
  });

  it('defaults to 100 users a page and filters by user type server-side', async () => {
    const first = await chime.send(new ListUsersCommand({ AccountId: accountId }));
    assert.equal(first.Users?.length, 100);
    assert.ok(first.NextToken);
    const shared = await chime.send(new ListUsersCommand({ AccountId: accountId, UserType: 'SharedDevice', MaxResults: 200 }));
    assert.ok((shared.Users?.length ?? 0) >= 1);
    assert.ok(shared.Users?.every((u) => u.UserType === 'SharedDevice'));
  });

  it('when a token is reused with other filters or tampered with, then BadRequestException', async () => {
    const first = await chime.send(new ListUsersCommand({ AccountId: accountId, MaxResults: 10 }));
    const otherFilter = await chime
      .send(new ListUsersCommand({ AccountId: accountId, UserType: 'PrivateUser', NextToken: first.NextToken }))
      .catch((e: unknown) => e);
    assert.ok(otherFilter instanceof BadRequestException);
    assert.match(otherFilter.message, /different request/);
    const tampered = await chime
      .send(new ListUsersCommand({ AccountId: accountId, NextToken: `x${first.NextToken ?? ''}` }))
      .catch((e: unknown) => e);
    assert.ok(tampered instanceof BadRequestException);
    assert.match(tampered.message, /NextToken/);
    const forged = first.NextToken?.replace(/[^.]*$/, (signature) => 'é'.repeat(signature.length));
    const unreadable = await chime.send(new ListUsersCommand({ AccountId: accountId, NextToken: forged })).catch((e: unknown) => e);
    assert.ok(unreadable instanceof BadRequestException, 'a signature as long in characters but not in bytes is refused, not a 500');
    assert.match(unreadable.message, /NextToken/);
  });

  it('updates a license only to one the account supports', async () => {
    const [user] = (await chime.send(new ListUsersCommand({ AccountId: accountId, MaxResults: 1 }))).Users ?? [];
    const UserId = user?.UserId ?? '';
    const updated = await chime.send(new UpdateUserCommand({ AccountId: accountId, UserId, LicenseType: 'Basic' }));
    assert.equal(updated.User?.LicenseType, 'Basic');
    const unsupported = await chime
      .send(new UpdateUserCommand({ AccountId: accountId, UserId, LicenseType: 'Plus' }))
      .catch((e: unknown) => e);
    assert.ok(unsupported instanceof BadRequestException);
    assert.match(unsupported.message, /LicenseType Plus is not supported/);
  });

  it('batch-updates licenses and reports unknown or unsupported items as UserErrors', async () => {
    const users = (await chime.send(new ListUsersCommand({ AccountId: accountId, MaxResults: 3 }))).Users ?? [];
    const [a, b, c] = users.map((u) => u.UserId ?? '');
    const { UserErrors, $metadata } = await chime.send(
      new BatchUpdateUserCommand({
        AccountId: accountId,
        UpdateUserRequestItems: [
          { UserId: a, LicenseType: 'Basic' },
          { UserId: b, LicenseType: 'Plus' },
          { UserId: 'ghost', LicenseType: 'Basic' },
          { UserId: c, LicenseType: 'Pro' },
        ],
      }),
    );
    assert.equal($metadata.httpStatusCode, 200);
    assert.deepEqual(
      UserErrors?.map((e) => [e.UserId, e.ErrorCode]),
      [
        [b, 'BadRequest'],
        ['ghost', 'NotFound'],
      ],
    );
    assert.equal(emulator.store.requireAccount(accountId).users.get(a ?? '')?.LicenseType, 'Basic');
  });

  it('when a batch has more than 20 items, then BadRequestException names UpdateUserRequestItems', async () => {
    const items = Array.from({ length: 21 }, (_, i) => ({ UserId: `u${i}`, LicenseType: 'Basic' as const }));
    const error = await chime
      .send(new BatchUpdateUserCommand({ AccountId: accountId, UpdateUserRequestItems: items }))
      .catch((e: unknown) => e);
    assert.ok(error instanceof BadRequestException);
    assert.match(error.message, /'UpdateUserRequestItems'.*less than or equal to 20/);
  });

  it('treats the user-email filter as exact and case-insensitive', async () => {
    const { Account } = await chime.send(new CreateAccountCommand({ Name: 'Email filter' }));
    const AccountId = Account?.AccountId ?? '';
    await chime.send(new CreateUserCommand({ AccountId, Email: 'sam@corp.example' }));
    await chime.send(new CreateUserCommand({ AccountId, Email: 'sam.smith@corp.example' }));
    const found = await chime.send(new ListUsersCommand({ AccountId, UserEmail: 'SAM@corp.example' }));
    assert.deepEqual(
      found.Users?.map((u) => u.PrimaryEmail),
      ['sam@corp.example'],
    );
  });

  it('when the user-email filter meets another user type, another account or a changed user, then it answers what a scan would', async () => {
    const { Account } = await chime.send(new CreateAccountCommand({ Name: 'Email index' }));
    const AccountId = Account?.AccountId ?? '';
    const { User } = await chime.send(new CreateUserCommand({ AccountId, Email: 'kim@index.example', UserType: 'SharedDevice' }));
    const UserId = User?.UserId ?? '';
    const byEmail = (filters: { UserType?: 'PrivateUser' | 'SharedDevice'; AccountId?: string } = {}) =>
      chime.send(new ListUsersCommand({ AccountId, UserEmail: 'Kim@Index.example', MaxResults: 1, ...filters }));

    const both = await byEmail({ UserType: 'SharedDevice' });
    assert.deepEqual(
      both.Users?.map((u) => u.UserId),
      [UserId],
    );
    assert.equal(both.NextToken, undefined);
    assert.deepEqual((await byEmail({ UserType: 'PrivateUser' })).Users, []);
    assert.deepEqual((await byEmail({ AccountId: accountId })).Users, [], 'the email belongs to another account');
    await chime.send(new UpdateUserCommand({ AccountId, UserId, LicenseType: 'Basic' }));
    assert.equal((await byEmail()).Users?.[0]?.LicenseType, 'Basic', 'the filter returns the user as changed');
    const token = (await chime.send(new ListUsersCommand({ AccountId: accountId, MaxResults: 1 }))).NextToken;
    const reused = await chime
      .send(new ListUsersCommand({ AccountId: accountId, UserEmail: 'kim@index.example', NextToken: token }))
      .catch((e: unknown) => e);
    assert.ok(reused instanceof BadRequestException, 'a token is still checked when the email filter is set');
  });
});

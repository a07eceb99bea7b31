import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  BadRequestException,
  BatchSuspendUserCommand,
  BatchUnsuspendUserCommand,
  ForbiddenException,
  GetUserCommand,
  ListAccountsCommand,
  ListUsersCommand,
  NotFoundException,
  type ChimeClient,
} from '@aws-sdk/client-chime';
import { startTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

describe('suspending and unsuspending users through the real SDK', () => {
  let emulator: TestEmulator;
  let chime: ChimeClient;
  const accountIdNamed = async (Name: string) => (await chime.send(new ListAccountsCommand({ Name }))).Accounts?.[0]?.AccountId ?? '';
  const registeredUserIds = async (AccountId: string, count: number) =>
    ((await chime.send(new ListUsersCommand({ AccountId, MaxResults: 200 }))).Users ?? [])
      .filter((u) => u.UserRegistrationStatus === 'Registered')
      .slice(0, count)
      .map((u) => u.UserId ?? '');

  before(async () => {
    emulator = await startTestEmulator({ seed: { set: 'demo' } });
    chime = emulator.client();
  });
  after(() => emulator.close());

  it('when a Team user is suspended, then they leave the account', async () => {
    const AccountId = await accountIdNamed('Acme Corp');
    const [userId = ''] = await registeredUserIds(AccountId, 1);
    const { UserErrors } = await chime.send(new BatchSuspendUserCommand({ AccountId, UserIdList: [userId] }));
    assert.deepEqual(UserErrors, []);
    const gone = await chime.send(new GetUserCommand({ AccountId, UserId: userId })).catch((e: unknown) => e);
    assert.ok(gone instanceof NotFoundException);
  });

  it('when an EnterpriseLWA user is suspended, then they stay, Suspended, and unsuspend returns them to Registered', async () => {
    const AccountId = await accountIdNamed('Globex');
    const userIds = await registeredUserIds(AccountId, 2);
    const suspended = await chime.send(new BatchSuspendUserCommand({ AccountId, UserIdList: [...userIds, 'ghost'] }));
    assert.deepEqual(
      suspended.UserErrors?.map((e) => [e.UserId, e.ErrorCode]),
      [['ghost', 'NotFound']],
    );
    const [first = ''] = userIds;
    assert.equal((await chime.send(new GetUserCommand({ AccountId, UserId: first }))).User?.UserRegistrationStatus, 'Suspended');
    const unsuspended = await chime.send(new BatchUnsuspendUserCommand({ AccountId, UserIdList: [...userIds, 'ghost'] }));
    assert.deepEqual(
      unsuspended.UserErrors?.map((e) => e.UserId),
      ['ghost'],
    );
    assert.equal((await chime.send(new GetUserCommand({ AccountId, UserId: first }))).User?.UserRegistrationStatus, 'Registered');
  });

  it('when the account type does not allow it, then ForbiddenException names the type', async () => {
    const oidc = await accountIdNamed('Initech');
    const [userId = ''] = await registeredUserIds(oidc, 1);
    const suspend = await chime.send(new BatchSuspendUserCommand({ AccountId: oidc, UserIdList: [userId] })).catch((e: unknown) => e);
    assert.ok(suspend instanceof ForbiddenException);
    assert.equal(suspend.$metadata.httpStatusCode, 403);
    assert.match(suspend.message, /EnterpriseOIDC/);
    const team = await accountIdNamed('Acme Corp');
    const unsuspend = await chime.send(new BatchUnsuspendUserCommand({ AccountId: team, UserIdList: ['x'] })).catch((e: unknown) => e);
    assert.ok(unsuspend instanceof ForbiddenException);
    assert.match(unsuspend.message, /only EnterpriseLWA/);
  });

  it('when more than 50 users are sent, or a blank ID, then BadRequestException names UserIdList', async () => {
    const AccountId = await accountIdNamed('Globex');
    const tooMany = Array.from({ length: 51 }, (_, i) => `u${i}`);
    const error = await chime.send(new BatchSuspendUserCommand({ AccountId, UserIdList: tooMany })).catch((e: unknown) => e);
    assert.ok(error instanceof BadRequestException);
    assert.match(error.message, /'UserIdList'.*less than or equal to 50/);
    const blank = await chime.send(new BatchUnsuspendUserCommand({ AccountId, UserIdList: [' '] })).catch((e: unknown) => e);
    assert.ok(blank instanceof BadRequestException);
    assert.match(blank.message, /'UserIdList\.0'/);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  BadRequestException,
  GetAccountSettingsCommand,
  ListAccountsCommand,
  ListUsersCommand,
  LogoutUserCommand,
  NotFoundException,
  ResetPersonalPINCommand,
  UpdateAccountSettingsCommand,
  type ChimeClient,
} from '@aws-sdk/client-chime';
import { startTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

describe('user actions and account settings through the real SDK', () => {
  let emulator: TestEmulator;
  let chime: ChimeClient;
  let AccountId: string;
  let UserId: string;
  before(async () => {
    emulator = await startTestEmulator({ seed: { set: 'demo' } });
    chime = emulator.client();
    AccountId = (await chime.send(new ListAccountsCommand({ Name: 'Acme' }))).Accounts?.[0]?.AccountId ?? '';
    UserId = (await chime.send(new ListUsersCommand({ AccountId, MaxResults: 1 }))).Users?.[0]?.UserId ?? '';
  });
  after(() => emulator.close());

  it('resets the personal PIN to a new 10-digit PIN', async () => {
    const before = emulator.store.requireUser(emulator.store.requireAccount(AccountId), UserId).PersonalPIN;
    const { User, $metadata } = await chime.send(new ResetPersonalPINCommand({ AccountId, UserId }));
    assert.equal($metadata.httpStatusCode, 200);
    assert.match(User?.PersonalPIN ?? '', /^\d{10}$/);
    assert.notEqual(User?.PersonalPIN, before);
  });

  it('signs a user out with 204', async () => {
    const { $metadata } = await chime.send(new LogoutUserCommand({ AccountId, UserId }));
    assert.equal($metadata.httpStatusCode, 204);
  });

  it('when the user does not exist, then both actions answer NotFoundException', async () => {
    const logout = await chime.send(new LogoutUserCommand({ AccountId, UserId: 'ghost' })).catch((e: unknown) => e);
    assert.ok(logout instanceof NotFoundException);
    const reset = await chime.send(new ResetPersonalPINCommand({ AccountId, UserId: 'ghost' })).catch((e: unknown) => e);
    assert.ok(reset instanceof NotFoundException);
  });

  it('reads and updates account settings; only the members sent change', async () => {
    const before = await chime.send(new GetAccountSettingsCommand({ AccountId }));
    assert.deepEqual(before.AccountSettings, { DisableRemoteControl: false, EnableDialOut: true });
    const update = await chime.send(new UpdateAccountSettingsCommand({ AccountId, AccountSettings: { DisableRemoteControl: true } }));
    assert.equal(update.$metadata.httpStatusCode, 204);
    const after = await chime.send(new GetAccountSettingsCommand({ AccountId }));
    assert.deepEqual(after.AccountSettings, { DisableRemoteControl: true, EnableDialOut: true });
  });

  it('when AccountSettings is missing or mistyped, then BadRequestException names it', async () => {
    const missing = await chime
      .send(new UpdateAccountSettingsCommand({ AccountId } as UpdateAccountSettingsCommand['input']))
      .catch((e: unknown) => e);
    assert.ok(missing instanceof BadRequestException);
    assert.match(missing.message, /'AccountSettings'.*must not be null/);
    const settings = { EnableDialOut: 'yes' } as unknown as { EnableDialOut: boolean };
    const mistyped = await chime.send(new UpdateAccountSettingsCommand({ AccountId, AccountSettings: settings })).catch((e: unknown) => e);
    assert.ok(mistyped instanceof BadRequestException);
    assert.match(mistyped.message, /'AccountSettings\.EnableDialOut'/);
  });
});

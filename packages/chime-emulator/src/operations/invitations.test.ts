import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  BadRequestException,
  CreateAccountCommand,
  ForbiddenException,
  ListAccountsCommand,
  ListUsersCommand,
  InviteUsersCommand,
  type ChimeClient,
} from '@aws-sdk/client-chime';
import type { CountersSnapshot } from '../control/counters.ts';
import { startTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

describe('inviting users through the real SDK', () => {
  let emulator: TestEmulator;
  let chime: ChimeClient;
  let teamId: string;
  before(async () => {
    emulator = await startTestEmulator({ seed: { set: 'demo' } });
    chime = emulator.client();
    teamId = (await chime.send(new CreateAccountCommand({ Name: 'Invites' }))).Account?.AccountId ?? '';
  });
  after(() => emulator.close());

  it('invites with 201, one Pending/Sent invite per email, and a Pending Unregistered user', async () => {
    const { Invites, $metadata } = await chime.send(
      new InviteUsersCommand({ AccountId: teamId, UserEmailList: ['a@inv.example', 'b@inv.example'] }),
    );
    assert.equal($metadata.httpStatusCode, 201);
    assert.deepEqual(
      Invites?.map((i) => [i.EmailAddress, i.Status, i.EmailStatus]),
      [
        ['a@inv.example', 'Pending', 'Sent'],
        ['b@inv.example', 'Pending', 'Sent'],
      ],
    );
    assert.ok(Invites.every((i) => i.InviteId));
    const [user] = (await chime.send(new ListUsersCommand({ AccountId: teamId, UserEmail: 'a@inv.example' }))).Users ?? [];
    assert.equal(user?.UserRegistrationStatus, 'Unregistered');
    assert.equal(user.UserInvitationStatus, 'Pending');
    assert.ok(user.InvitedOn instanceof Date);
  });

  it('counts every email sent; a re-invite sends again, a registered member is not emailed', async () => {
    await emulator.control('DELETE', '/counters');
    await chime.send(new InviteUsersCommand({ AccountId: teamId, UserEmailList: ['again@inv.example'] }));
    await chime.send(new InviteUsersCommand({ AccountId: teamId, UserEmailList: ['again@inv.example'] }));
    await emulator.control('POST', '/invitations/accept', { accountId: teamId, email: 'again@inv.example' });
    const [accepted] =
      (await chime.send(new InviteUsersCommand({ AccountId: teamId, UserEmailList: ['again@inv.example'] }))).Invites ?? [];
    assert.equal(accepted?.Status, 'Accepted');
    assert.equal(accepted.EmailStatus, 'NotSent');
    const counters = await emulator.control<CountersSnapshot>('GET', '/counters');
    assert.deepEqual(counters.invitationsSent, { 'again@inv.example': 2 });
    assert.equal(counters.operations.InviteUsers?.outcomes['201'], 3);
  });

  it('when the email belongs to another account, then that invite fails without an email', async () => {
    const [invite] =
      (await chime.send(new InviteUsersCommand({ AccountId: teamId, UserEmailList: ['ada.abbott@acme.example'] }))).Invites ?? [];
    assert.deepEqual([invite?.Status, invite?.EmailStatus], ['Failed', 'NotSent']);
  });

  it('when the account is not a Team account, then ForbiddenException', async () => {
    const lwa = (await chime.send(new ListAccountsCommand({ Name: 'Globex' }))).Accounts?.[0]?.AccountId ?? '';
    const error = await chime.send(new InviteUsersCommand({ AccountId: lwa, UserEmailList: ['x@inv.example'] })).catch((e: unknown) => e);
    assert.ok(error instanceof ForbiddenException);
    assert.match(error.message, /only Team accounts/);
  });

  it('when an email is malformed or there are more than 50, then BadRequestException names the member', async () => {
    const malformed = await chime
      .send(new InviteUsersCommand({ AccountId: teamId, UserEmailList: ['ok@inv.example', 'nope'] }))
      .catch((e: unknown) => e);
    assert.ok(malformed instanceof BadRequestException);
    assert.match(malformed.message, /'UserEmailList\.1'/);
    const tooMany = Array.from({ length: 51 }, (_, i) => `p${i}@inv.example`);
    const error = await chime.send(new InviteUsersCommand({ AccountId: teamId, UserEmailList: tooMany })).catch((e: unknown) => e);
    assert.ok(error instanceof BadRequestException);
    assert.match(error.message, /'UserEmailList'.*less than or equal to 50/);
    const missing = await chime
      .send(new InviteUsersCommand({ AccountId: teamId } as { AccountId: string; UserEmailList: string[] }))
      .catch((e: unknown) => e);
    assert.ok(missing instanceof BadRequestException);
    assert.match(missing.message, /'UserEmailList'.*must not be null/);
  });

  it('when the control API fails an invitation, then the user shows Failed', async () => {
    await chime.send(new InviteUsersCommand({ AccountId: teamId, UserEmailList: ['bounce@inv.example'] }));
    await emulator.control('POST', '/invitations/fail', { accountId: teamId, email: 'bounce@inv.example' });
    const [user] = (await chime.send(new ListUsersCommand({ AccountId: teamId, UserEmail: 'bounce@inv.example' }))).Users ?? [];
    assert.equal(user?.UserInvitationStatus, 'Failed');
  });
});

import { z } from 'zod';
import { ForbiddenException } from '../protocol/errors.ts';
import { EmailAddress, NonEmptyString, UserType, listOf } from '../model/shapes.ts';
import type { AccountRecord, ChimeStore } from '../state/store.ts';
import type { Invite, UserType as UserTypeName } from '../state/types.ts';
import { defineOperation, type OperationContext } from './operation.ts';

export const inviteUsers = defineOperation({
  name: 'InviteUsers',
  method: 'POST',
  path: '/accounts/{AccountId}/users',
  operation: 'add',
  status: 201,
  hasBody: true,
  input: z.object({ AccountId: NonEmptyString, UserEmailList: listOf(EmailAddress, 50), UserType: UserType.optional() }),
  handle: ({ AccountId, UserEmailList, UserType: userType }, context) => {
    const record = context.store.requireAccount(AccountId);
    if (record.account.AccountType !== 'Team') {
      throw new ForbiddenException(`InviteUsers supports only Team accounts; account ${AccountId} is ${record.account.AccountType}.`);
    }
    return { Invites: UserEmailList.map((email) => invite(record, email, userType ?? 'PrivateUser', context)) };
  },
});

/**
 * One invitation. A new address becomes an Unregistered user with a Pending invitation; a pending
 * or failed one is sent again; a registered member needs no email; an address that belongs to
 * another account cannot be invited here.
 */
function invite(record: AccountRecord, email: string, userType: UserTypeName, context: OperationContext): Invite {
  const { store } = context;
  const InviteId = store.ids.uuid();
  const holder = store.accountIdForEmail(email);
  if (holder !== undefined && holder !== record.account.AccountId) {
    return { InviteId, Status: 'Failed', EmailAddress: email, EmailStatus: 'NotSent' };
  }
  const existing = store.findUserByEmail(record, email);
  if (existing?.UserRegistrationStatus === 'Registered') {
    return { InviteId, Status: 'Accepted', EmailAddress: email, EmailStatus: 'NotSent' };
  }
  const user = existing ?? addInvitedUser(store, record, email, userType);
  store.updateUser(record, user, { UserInvitationStatus: 'Pending', InvitedOn: context.now() });
  context.invitationSent(email);
  return { InviteId, Status: 'Pending', EmailAddress: email, EmailStatus: 'Sent' };
}

function addInvitedUser(store: ChimeStore, record: AccountRecord, email: string, userType: UserTypeName) {
  return store.addUser(record, {
    UserId: store.ids.uuid(),
    AccountId: record.account.AccountId,
    PrimaryEmail: email,
    LicenseType: record.account.DefaultLicense,
    UserType: userType,
    UserRegistrationStatus: 'Unregistered',
    PersonalPIN: store.ids.pin(),
  });
}

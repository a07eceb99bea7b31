import { z } from 'zod';
import { ForbiddenException } from '../protocol/errors.ts';
import { NonEmptyString, listOf } from '../model/shapes.ts';
import type { AccountRecord } from '../state/store.ts';
import type { User, UserError } from '../state/types.ts';
import { defineOperation } from './operation.ts';

/** Both calls are a POST to the account's users, told apart by the `operation` query parameter. */
const batchOfUsers = {
  method: 'POST',
  path: '/accounts/{AccountId}/users',
  hasBody: true,
  input: z.object({ AccountId: NonEmptyString, UserIdList: listOf(NonEmptyString, 50) }),
} as const;

const notFound = (UserId: string, AccountId: string): UserError => ({
  UserId,
  ErrorCode: 'NotFound',
  ErrorMessage: `User ${UserId} was not found in account ${AccountId}.`,
});

/** Applies `change` to each distinct user of the list; an unknown ID is that item's NotFound, never the call's. */
function eachUser(record: AccountRecord, accountId: string, userIds: readonly string[], change: (user: User) => void) {
  const UserErrors: UserError[] = [];
  for (const userId of new Set(userIds)) {
    const user = record.users.get(userId);
    if (user) change(user);
    else UserErrors.push(notFound(userId, accountId));
  }
  return { UserErrors };
}

export const batchSuspendUser = defineOperation({
  name: 'BatchSuspendUser',
  ...batchOfUsers,
  operation: 'suspend',
  // A suspended Team user leaves the account (re-inviting restores them); an EnterpriseLWA user
  // stays, marked Suspended.
  handle: ({ AccountId, UserIdList }, { store }) => {
    const record = store.requireAccount(AccountId);
    const { AccountType } = record.account;
    if (AccountType !== 'Team' && AccountType !== 'EnterpriseLWA') {
      throw new ForbiddenException(
        `BatchSuspendUser supports only Team and EnterpriseLWA accounts; account ${AccountId} is ${AccountType}.`,
      );
    }
    return eachUser(record, AccountId, UserIdList, (user) => {
      if (AccountType === 'Team') store.removeUser(record, user.UserId);
      else store.updateUser(record, user, { UserRegistrationStatus: 'Suspended' });
    });
  },
});

export const batchUnsuspendUser = defineOperation({
  name: 'BatchUnsuspendUser',
  ...batchOfUsers,
  operation: 'unsuspend',
  // Users that are not suspended are left alone, as the API documents.
  handle: ({ AccountId, UserIdList }, { store }) => {
    const record = store.requireAccount(AccountId);
    if (record.account.AccountType !== 'EnterpriseLWA') {
      throw new ForbiddenException(
        `BatchUnsuspendUser supports only EnterpriseLWA accounts; account ${AccountId} is ${record.account.AccountType}.`,
      );
    }
    return eachUser(record, AccountId, UserIdList, (user) => {
      if (user.UserRegistrationStatus === 'Suspended') store.updateUser(record, user, { UserRegistrationStatus: 'Registered' });
    });
  },
});

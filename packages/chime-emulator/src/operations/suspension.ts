import { z } from 'zod';
import { ForbiddenException } from '../protocol/errors.ts';
import { NonEmptyString, listOf } from '../model/shapes.ts';
import type { UserError } from '../state/types.ts';
import { defineOperation } from './operation.ts';

const batchInput = z.object({ AccountId: NonEmptyString, UserIdList: listOf(NonEmptyString, 50) });

const notFound = (UserId: string, AccountId: string): UserError => ({
  UserId,
  ErrorCode: 'NotFound',
  ErrorMessage: `User ${UserId} was not found in account ${AccountId}.`,
});

export const batchSuspendUser = defineOperation({
  name: 'BatchSuspendUser',
  method: 'POST',
  path: '/accounts/{AccountId}/users',
  operation: 'suspend',
  status: 200,
  hasBody: true,
  input: batchInput,
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
    const UserErrors: UserError[] = [];
    for (const userId of new Set(UserIdList)) {
      const user = record.users.get(userId);
      if (!user) UserErrors.push(notFound(userId, AccountId));
      else if (AccountType === 'Team') store.removeUser(record, userId);
      else store.updateUser(record, user, { UserRegistrationStatus: 'Suspended' });
    }
    return { UserErrors };
  },
});

export const batchUnsuspendUser = defineOperation({
  name: 'BatchUnsuspendUser',
  method: 'POST',
  path: '/accounts/{AccountId}/users',
  operation: 'unsuspend',
  status: 200,
  hasBody: true,
  input: batchInput,
  // Users that are not suspended are left alone, as the API documents.
  handle: ({ AccountId, UserIdList }, { store }) => {
    const record = store.requireAccount(AccountId);
    if (record.account.AccountType !== 'EnterpriseLWA') {
      throw new ForbiddenException(
        `BatchUnsuspendUser supports only EnterpriseLWA accounts; account ${AccountId} is ${record.account.AccountType}.`,
      );
    }
    const UserErrors: UserError[] = [];
    for (const userId of new Set(UserIdList)) {
      const user = record.users.get(userId);
      if (!user) UserErrors.push(notFound(userId, AccountId));
      else if (user.UserRegistrationStatus === 'Suspended') store.updateUser(record, user, { UserRegistrationStatus: 'Registered' });
    }
    return { UserErrors };
  },
});

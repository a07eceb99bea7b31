import { z } from 'zod';
import { ConflictException } from '../protocol/errors.ts';
import { paginate } from '../protocol/pagination.ts';
import {
  AlexaForBusinessMetadata,
  EmailAddress,
  License,
  MaxResults,
  NextToken,
  NonEmptyString,
  UpdateUserRequestItem,
  UserType,
  listOf,
} from '../model/shapes.ts';
import type { AccountRecord, ChimeStore } from '../state/store.ts';
import type { User, UserError } from '../state/types.ts';
import { requireSupportedLicense } from './accounts.ts';
import { defineOperation } from './operation.ts';

export const createUser = defineOperation({
  name: 'CreateUser',
  method: 'POST',
  path: '/accounts/{AccountId}/users',
  operation: 'create',
  status: 201,
  hasBody: true,
  // The model leaves Email optional, but Chime cannot create a user without one.
  input: z.object({ AccountId: NonEmptyString, Username: z.string().optional(), Email: EmailAddress, UserType: UserType.optional() }),
  handle: ({ AccountId, Username, Email, UserType: userType }, { store }) => {
    const record = store.requireAccount(AccountId);
    const holder = store.accountIdForEmail(Email);
    if (holder !== undefined) {
      throw new ConflictException(
        `A user with email ${Email} already exists${holder === AccountId ? ' in this account' : ' in another account'}.`,
      );
    }
    const user: User = {
      UserId: store.ids.uuid(),
      AccountId,
      PrimaryEmail: Email,
      DisplayName: Username ?? Email.slice(0, Email.indexOf('@')),
      LicenseType: record.account.DefaultLicense,
      UserType: userType ?? 'PrivateUser',
      UserRegistrationStatus: 'Unregistered',
      PersonalPIN: store.ids.pin(),
    };
    return { User: store.addUser(record, user) };
  },
});

export const getUser = defineOperation({
  name: 'GetUser',
  method: 'GET',
  path: '/accounts/{AccountId}/users/{UserId}',
  input: z.object({ AccountId: NonEmptyString, UserId: NonEmptyString }),
  handle: ({ AccountId, UserId }, { store }) => ({ User: store.requireUser(store.requireAccount(AccountId), UserId) }),
});

export const listUsers = defineOperation({
  name: 'ListUsers',
  method: 'GET',
  path: '/accounts/{AccountId}/users',
  query: { 'user-email': 'UserEmail', 'user-type': 'UserType', 'max-results': 'MaxResults', 'next-token': 'NextToken' },
  input: z.object({
    AccountId: NonEmptyString,
    UserEmail: EmailAddress.optional(),
    UserType: UserType.optional(),
    MaxResults: MaxResults.optional(),
    NextToken: NextToken.optional(),
  }),
  handle: ({ AccountId, UserEmail, UserType: userType, MaxResults, NextToken }, { store }) => {
    const record = store.requireAccount(AccountId);
    const email = UserEmail?.toLowerCase();
    // An email names at most one user, so that page is one index lookup and never has a token. A
    // token sent with it anyway goes through the paginator below, which checks it as for any page.
    if (email !== undefined && NextToken === undefined) {
      const user = store.findUserByEmail(record, email);
      return { Users: user !== undefined && (userType === undefined || user.UserType === userType) ? [user] : [] };
    }
    const page = paginate(record.users, {
      scope: { op: 'ListUsers', AccountId, UserEmail: email, UserType: userType },
      maxResults: MaxResults,
      nextToken: NextToken,
      matches:
        email === undefined && userType === undefined
          ? undefined
          : (user) =>
              (email === undefined || user.PrimaryEmail.toLowerCase() === email) && (userType === undefined || user.UserType === userType),
    });
    return { Users: page.items, NextToken: page.nextToken };
  },
});

type UserChanges = Pick<z.output<typeof UpdateUserRequestItem>, 'LicenseType' | 'UserType' | 'AlexaForBusinessMetadata'>;

function applyUserChanges(store: ChimeStore, record: AccountRecord, user: User, changes: UserChanges): User {
  if (changes.LicenseType !== undefined) requireSupportedLicense(record.account, changes.LicenseType, 'LicenseType');
  return store.updateUser(record, user, {
    ...(changes.LicenseType !== undefined && { LicenseType: changes.LicenseType }),
    ...(changes.UserType !== undefined && { UserType: changes.UserType }),
    ...(changes.AlexaForBusinessMetadata !== undefined && { AlexaForBusinessMetadata: changes.AlexaForBusinessMetadata }),
  });
}

export const updateUser = defineOperation({
  name: 'UpdateUser',
  method: 'POST',
  path: '/accounts/{AccountId}/users/{UserId}',
  hasBody: true,
  input: z.object({
    AccountId: NonEmptyString,
    UserId: NonEmptyString,
    LicenseType: License.optional(),
    UserType: UserType.optional(),
    AlexaForBusinessMetadata: AlexaForBusinessMetadata.optional(),
  }),
  handle: ({ AccountId, UserId, ...changes }, { store }) => {
    const record = store.requireAccount(AccountId);
    return { User: applyUserChanges(store, record, store.requireUser(record, UserId), changes) };
  },
});

export const batchUpdateUser = defineOperation({
  name: 'BatchUpdateUser',
  method: 'POST',
  path: '/accounts/{AccountId}/users',
  hasBody: true,
  input: z.object({ AccountId: NonEmptyString, UpdateUserRequestItems: listOf(UpdateUserRequestItem, 20) }),
  // Each item succeeds or fails alone; failures come back as UserErrors, never as a call failure.
  handle: ({ AccountId, UpdateUserRequestItems }, { store }) => {
    const record = store.requireAccount(AccountId);
    const UserErrors: UserError[] = [];
    for (const { UserId, ...changes } of UpdateUserRequestItems) {
      const user = record.users.get(UserId);
      if (!user) {
        UserErrors.push({ UserId, ErrorCode: 'NotFound', ErrorMessage: `User ${UserId} was not found in account ${AccountId}.` });
        continue;
      }
      try {
        applyUserChanges(store, record, user, changes);
      } catch (error) {
        UserErrors.push({ UserId, ErrorCode: 'BadRequest', ErrorMessage: (error as Error).message });
      }
    }
    return { UserErrors };
  },
});

import { z } from 'zod';
import { BadRequestException, UnprocessableEntityException } from '../protocol/errors.ts';
import { paginate } from '../protocol/pagination.ts';
import { AccountName, EmailAddress, License, MaxResults, NextToken, NonEmptyString, AccountRef } from '../model/shapes.ts';
import type { AccountRecord } from '../state/store.ts';
import type { Account, License as LicenseName } from '../state/types.ts';
import { accountRead } from './account-read.ts';
import { defineOperation } from './operation.ts';

export const DEFAULT_SETTINGS = { DisableRemoteControl: false, EnableDialOut: false };

export const createAccount = defineOperation({
  name: 'CreateAccount',
  method: 'POST',
  path: '/accounts',
  status: 201,
  hasBody: true,
  input: z.object({ Name: AccountName }),
  // Only Team accounts can be created through the API; the Enterprise kinds come from the admin console.
  handle: ({ Name }, { store, now }) => {
    const account: Account = {
      AwsAccountId: store.awsAccountId,
      AccountId: store.ids.uuid(),
      Name,
      AccountType: 'Team',
      CreatedTimestamp: now(),
      DefaultLicense: 'Pro',
      SupportedLicenses: ['Basic', 'Pro'],
      AccountStatus: 'Active',
      SigninDelegateGroups: [],
    };
    store.addAccount(account, { ...DEFAULT_SETTINGS });
    return { Account: account };
  },
});

export const getAccount = accountRead('GetAccount', '/accounts/{AccountId}', ({ account }) => ({ Account: account }));

export const listAccounts = defineOperation({
  name: 'ListAccounts',
  method: 'GET',
  path: '/accounts',
  query: { name: 'Name', 'user-email': 'UserEmail', 'max-results': 'MaxResults', 'next-token': 'NextToken' },
  input: z.object({
    Name: AccountName.optional(),
    UserEmail: EmailAddress.optional(),
    MaxResults: MaxResults.optional(),
    NextToken: NextToken.optional(),
  }),
  handle: ({ Name, UserEmail, MaxResults, NextToken }, { store }) => {
    const holder = UserEmail === undefined ? undefined : store.accountIdForEmail(UserEmail);
    const page = paginate(store.accounts, {
      scope: { op: 'ListAccounts', Name, UserEmail: UserEmail?.toLowerCase() },
      maxResults: MaxResults,
      nextToken: NextToken,
      matches: ({ account }) =>
        (Name === undefined || account.Name.startsWith(Name)) && (UserEmail === undefined || account.AccountId === holder),
    });
    return { Accounts: page.items.map((record) => record.account), NextToken: page.nextToken };
  },
});

export const updateAccount = defineOperation({
  name: 'UpdateAccount',
  method: 'POST',
  path: '/accounts/{AccountId}',
  hasBody: true,
  input: z.object({ AccountId: NonEmptyString, Name: AccountName.optional(), DefaultLicense: License.optional() }),
  handle: ({ AccountId, Name, DefaultLicense }, { store }) => {
    const { account } = store.requireAccount(AccountId);
    if (DefaultLicense !== undefined) requireSupportedLicense(account, DefaultLicense, 'DefaultLicense');
    if (Name !== undefined) account.Name = Name;
    if (DefaultLicense !== undefined) account.DefaultLicense = DefaultLicense;
    return { Account: account };
  },
});

export const deleteAccount = defineOperation({
  name: 'DeleteAccount',
  method: 'DELETE',
  path: '/accounts/{AccountId}',
  status: 204,
  input: AccountRef,
  // The API reference asks for every user to be suspended before a Team account is deleted, and
  // for an Enterprise account's claimed domains to be released first, which suspends every user:
  // either way no account with an active user is deleted. Domains are not modelled, so the users
  // their release would have suspended are what is checked.
  handle: ({ AccountId }, { store }) => {
    requireEveryUserSuspended(store.requireAccount(AccountId));
    store.removeAccount(AccountId);
  },
});

function requireEveryUserSuspended({ account, users }: AccountRecord): void {
  let active = 0;
  for (const user of users.values()) if (user.UserRegistrationStatus !== 'Suspended') active++;
  if (active === 0) return;
  const held = `Account ${account.AccountId} still has ${active} active user${active === 1 ? '' : 's'}`;
  throw new UnprocessableEntityException(
    account.AccountType === 'Team'
      ? `${held}; suspend every user before deleting the account.`
      : `${held}; as an ${account.AccountType} account it must first release its claimed domains, which suspends every user, before it can be deleted.`,
  );
}

export function requireSupportedLicense(account: Account, license: LicenseName, member: string): void {
  if (!account.SupportedLicenses.includes(license)) {
    throw new BadRequestException(
      `${member} ${license} is not supported by account ${account.AccountId}; supported licenses: ${account.SupportedLicenses.join(', ')}.`,
    );
  }
}

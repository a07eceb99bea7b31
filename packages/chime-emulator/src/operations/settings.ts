import { z } from 'zod';
import { AccountRef, AccountSettings, NonEmptyString } from '../model/shapes.ts';
import { defineOperation } from './operation.ts';

export const getAccountSettings = defineOperation({
  name: 'GetAccountSettings',
  method: 'GET',
  path: '/accounts/{AccountId}/settings',
  input: AccountRef,
  handle: ({ AccountId }, { store }) => ({ AccountSettings: store.requireAccount(AccountId).settings }),
});

export const updateAccountSettings = defineOperation({
  name: 'UpdateAccountSettings',
  method: 'PUT',
  path: '/accounts/{AccountId}/settings',
  status: 204,
  hasBody: true,
  input: z.object({ AccountId: NonEmptyString, AccountSettings }),
  handle: ({ AccountId, AccountSettings: changes }, { store }) => {
    const { settings } = store.requireAccount(AccountId);
    if (changes.DisableRemoteControl !== undefined) settings.DisableRemoteControl = changes.DisableRemoteControl;
    if (changes.EnableDialOut !== undefined) settings.EnableDialOut = changes.EnableDialOut;
  },
});

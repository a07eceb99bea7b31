import { z } from 'zod';
import { AccountSettings, NonEmptyString } from '../model/shapes.ts';
import { accountRead } from './account-read.ts';
import { defineOperation } from './operation.ts';

export const getAccountSettings = accountRead('GetAccountSettings', '/accounts/{AccountId}/settings', ({ settings }) => ({
  AccountSettings: settings,
}));

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

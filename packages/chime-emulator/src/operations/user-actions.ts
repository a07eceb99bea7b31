import { z } from 'zod';
import { NonEmptyString } from '../model/shapes.ts';
import { defineOperation } from './operation.ts';

const userInput = z.object({ AccountId: NonEmptyString, UserId: NonEmptyString });

export const logoutUser = defineOperation({
  name: 'LogoutUser',
  method: 'POST',
  path: '/accounts/{AccountId}/users/{UserId}',
  operation: 'logout',
  status: 204,
  input: userInput,
  handle: ({ AccountId, UserId }, { store }) => {
    store.requireUser(store.requireAccount(AccountId), UserId);
  },
});

export const resetPersonalPin = defineOperation({
  name: 'ResetPersonalPIN',
  method: 'POST',
  path: '/accounts/{AccountId}/users/{UserId}',
  operation: 'reset-personal-pin',
  input: userInput,
  handle: ({ AccountId, UserId }, { store }) => {
    const record = store.requireAccount(AccountId);
    return { User: store.updateUser(record, store.requireUser(record, UserId), { PersonalPIN: store.ids.pin() }) };
  },
});

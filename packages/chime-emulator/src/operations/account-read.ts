import { AccountRef } from '../model/shapes.ts';
import type { AccountRecord } from '../state/store.ts';
import { defineOperation, type Operation } from './operation.ts';

/** A GET of one account by its ID: GetAccount and GetAccountSettings differ only in the part of the record they answer. */
export function accountRead(name: string, path: string, answer: (record: AccountRecord) => object): Operation {
  return defineOperation({
    name,
    method: 'GET',
    path,
    input: AccountRef,
    handle: ({ AccountId }, { store }) => answer(store.requireAccount(AccountId)),
  });
}

import { createAccount, deleteAccount, getAccount, listAccounts, updateAccount } from './accounts.ts';
import { inviteUsers } from './invitations.ts';
import type { Operation } from './operation.ts';
import { getAccountSettings, updateAccountSettings } from './settings.ts';
import { batchSuspendUser, batchUnsuspendUser } from './suspension.ts';
import { logoutUser, resetPersonalPin } from './user-actions.ts';
import { batchUpdateUser, createUser, getUser, listUsers, updateUser } from './users.ts';

/** The 17 Chime operations the emulator serves. */
export const OPERATIONS: readonly Operation[] = [
  createAccount,
  deleteAccount,
  getAccount,
  listAccounts,
  updateAccount,
  getAccountSettings,
  updateAccountSettings,
  createUser,
  getUser,
  listUsers,
  updateUser,
  batchUpdateUser,
  batchSuspendUser,
  batchUnsuspendUser,
  inviteUsers,
  logoutUser,
  resetPersonalPin,
];

export { isReadOnly, type Operation, type OperationContext } from './operation.ts';

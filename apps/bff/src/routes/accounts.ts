import { route } from '../http/route.ts';
import type { Services } from '../services.ts';
import { updateAccountSettings } from '../use-cases/account-settings.ts';
import { listAccounts } from '../use-cases/list-accounts.ts';

export const accountRoutes = ({ cursors }: Services) => [
  route('listAccounts', ({ query, chime }) => listAccounts(chime, cursors, query)),
  route('createAccount', ({ body, chime }) => chime.createAccount(body.name), { auditTarget: (account) => ({ accountId: account.id }) }),
  route('getAccount', ({ params, chime }) => chime.getAccount(params.accountId)),
  route('updateAccount', ({ params, body, chime }) => chime.updateAccount(params.accountId, body)),
  route('deleteAccount', ({ params, chime }) => chime.deleteAccount(params.accountId)),
  route('getAccountSettings', ({ params, chime }) => chime.getAccountSettings(params.accountId)),
  route('updateAccountSettings', ({ params, body, chime }) => updateAccountSettings(chime, params.accountId, body)),
];

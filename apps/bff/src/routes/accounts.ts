import { z } from 'zod';
import { route } from '../http/endpoint-router.ts';
import type { Services } from '../services.ts';

const tokenState = z.object({ t: z.string() });

export const accountRoutes = ({ gateway, cursors }: Services) => [
  route('listAccounts', async ({ query }) => {
    const filters = { namePrefix: query.namePrefix, userEmail: query.userEmail };
    const nextToken = query.cursor === undefined ? undefined : cursors.decode(query.cursor, filters, tokenState).t;
    const page = await gateway.listAccounts({
      name: filters.namePrefix,
      userEmail: filters.userEmail,
      maxResults: query.pageSize,
      nextToken,
    });
    return { items: page.items, ...(page.nextToken !== undefined && { nextCursor: cursors.encode({ t: page.nextToken }, filters) }) };
  }),
  route('createAccount', async (context) => {
    const { account, requestId } = await gateway.createAccount(context.body.name);
    context.upstreamRequestId = requestId;
    context.target = { accountId: account.id };
    return account;
  }),
  route('getAccount', async ({ params }) => (await gateway.getAccount(params.accountId)).account),
  route('updateAccount', async (context) => {
    const { account, requestId } = await gateway.updateAccount(context.params.accountId, context.body);
    context.upstreamRequestId = requestId;
    return account;
  }),
  route('deleteAccount', async (context) => {
    context.upstreamRequestId = (await gateway.deleteAccount(context.params.accountId)).requestId;
  }),
  route('getAccountSettings', async ({ params }) => (await gateway.getAccountSettings(params.accountId)).settings),
  // Answers the settings read back after the change, so the page shows what Chime now holds.
  route('updateAccountSettings', async (context) => {
    context.upstreamRequestId = (await gateway.updateAccountSettings(context.params.accountId, context.body)).requestId;
    return (await gateway.getAccountSettings(context.params.accountId)).settings;
  }),
];

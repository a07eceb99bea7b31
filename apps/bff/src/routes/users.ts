import { route } from '../http/endpoint-router.ts';
import type { Services } from '../services.ts';
import { exportUsers } from '../use-cases/export-users.ts';
import { listUsers } from '../use-cases/list-users.ts';
import { lookupUser } from '../use-cases/lookup-user.ts';

export const userRoutes = ({ gateway, cursors }: Services) => [
  route('listUsers', ({ params, query }) => listUsers(gateway, cursors, params.accountId, query)),
  route('exportUsers', ({ params, query, res }) => exportUsers(gateway, params.accountId, query, res)),
  route('lookupUser', ({ query }) => lookupUser(gateway, query.email)),
  route('getUser', async ({ params }) => (await gateway.getUser(params.accountId, params.userId)).user),
  route('createUser', async (context) => {
    const { params, body } = context;
    const { user, requestId } = await gateway.createUser(params.accountId, body);
    context.upstreamRequestId = requestId;
    context.target = { accountId: params.accountId, userId: user.id };
    return user;
  }),
  route('updateUser', async (context) => {
    const { params, body } = context;
    const { user, requestId } = await gateway.updateUserLicense(params.accountId, params.userId, body.licenseType);
    context.upstreamRequestId = requestId;
    return user;
  }),
];

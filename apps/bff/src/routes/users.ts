import { route } from '../http/route.ts';
import type { Services } from '../services.ts';
import { exportUsers } from '../use-cases/export-users.ts';
import { listUsers } from '../use-cases/list-users.ts';
import { lookupUser } from '../use-cases/lookup-user.ts';

export const userRoutes = ({ cursors, db }: Services) => [
  route('listUsers', ({ params, query, chime }) => listUsers(chime, db, cursors, params.accountId, query)),
  route('exportUsers', ({ params, query, res, chime }) => exportUsers(chime, params.accountId, query, res)),
  route('lookupUser', ({ query, chime }) => lookupUser(chime, query.email)),
  route('getUser', ({ params, chime }) => chime.getUser(params.accountId, params.userId)),
  route('createUser', ({ params, body, chime }) => chime.createUser(params.accountId, body), {
    auditTarget: (user) => ({ userId: user.id }),
  }),
  route('updateUser', ({ params, body, chime }) => chime.updateUserLicense(params.accountId, params.userId, body.licenseType)),
];

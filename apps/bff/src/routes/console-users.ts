import { createConsoleUser, forcePassword, listConsoleUsers, updateConsoleUser } from '../auth/console-users.ts';
import { route } from '../http/endpoint-router.ts';
import type { Services } from '../services.ts';

export const consoleUserRoutes = ({ db }: Services) => [
  route('listConsoleUsers', async () => ({ items: await listConsoleUsers(db) })),
  route('createConsoleUser', ({ body }) => createConsoleUser(db, body)),
  route('updateConsoleUser', ({ params, body, session }) => updateConsoleUser(db, params.id, body, { actingUserId: session.userId })),
  route('forceConsolePassword', async ({ params, body }) => {
    await forcePassword(db, params.id, body.password);
  }),
];

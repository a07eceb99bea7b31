import { createConsoleUser, forcePassword, listConsoleUsers, updateConsoleUser } from '../auth/console-users.ts';
import { route } from '../http/endpoint-router.ts';
import type { Services } from '../services.ts';

export const consoleUserRoutes = ({ db, sessionCache }: Services) => [
  route('listConsoleUsers', async () => ({ items: await listConsoleUsers(db) })),
  route('createConsoleUser', async (context) => {
    const user = await createConsoleUser(db, context.body);
    context.target = { userId: user.id };
    return user;
  }),
  route('updateConsoleUser', async ({ params, body, session }) => {
    const user = await updateConsoleUser(db, params.id, body, { actingUserId: session.userId });
    sessionCache.forgetUser(user.id);
    return user;
  }),
  route('forceConsolePassword', async ({ params, body }) => {
    const user = await forcePassword(db, params.id, body.password);
    sessionCache.forgetUser(user.id);
  }),
];

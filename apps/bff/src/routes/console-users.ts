import { createConsoleUser, listConsoleUsers } from '../auth/console-users.ts';
import { route } from '../http/route.ts';
import type { Services } from '../services.ts';
import { changeConsoleUser, setTemporaryPassword } from '../use-cases/console-users.ts';

export const consoleUserRoutes = ({ db, sessionCache }: Services) => [
  route('listConsoleUsers', async () => ({ items: await listConsoleUsers(db) })),
  // The admin chose the password and passed it on, so it is theirs too: the person sets their own at first sign-in.
  route('createConsoleUser', ({ body }) => createConsoleUser(db, { ...body, mustChangePassword: true }), {
    auditTarget: (user) => ({ userId: user.id }),
  }),
  route('updateConsoleUser', ({ params, body, session }) => changeConsoleUser({ db, sessionCache }, params.id, body, session.userId)),
  route('forceConsolePassword', ({ params, body }) => setTemporaryPassword({ db, sessionCache }, params.id, body.password)),
];

import type { Request, Response } from 'express';
import { sessionCookie } from '../auth/session-cookie.ts';
import { route } from '../http/route.ts';
import type { Services } from '../services.ts';
import { changeOwnPassword, signIn, signOut, signOutOtherSessions, whoAmI } from '../use-cases/sessions.ts';

export const authRoutes = ({ db, config, sessionCache }: Services) => {
  const deps = { db, sessionCache, idleMinutes: config.sessionIdleMinutes };
  const cookie = (req: Request, res: Response) => sessionCookie(req, res, config.cookieSecure);
  return [
    route('login', ({ body, req, res }) => signIn(deps, body, req.ip, cookie(req, res))),
    route('logout', ({ session, req, res }) => signOut(deps, session, cookie(req, res))),
    route('me', ({ session }) => whoAmI(session)),
    route('changePassword', ({ session, body, req }) => changeOwnPassword(deps, session, body, req.ip)),
    route('signOutOtherSessions', ({ session }) => signOutOtherSessions(deps, session)),
  ];
};

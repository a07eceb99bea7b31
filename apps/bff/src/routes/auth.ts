import type { Request, Response } from 'express';
import { stringifySetCookie } from 'cookie';
import { changePassword } from '../auth/console-users.ts';
import { authenticate } from '../auth/login.ts';
import { createSession, deleteOtherSessionsOfUser, deleteSession } from '../auth/sessions.ts';
import { route } from '../http/endpoint-router.ts';
import { SESSION_COOKIE } from '../auth/session-cookie.ts';
import type { Services } from '../services.ts';

export const authRoutes = ({ db, config, sessionCache }: Services) => {
  const secure = (req: Request) => (config.cookieSecure === 'auto' ? req.secure : config.cookieSecure === 'true');
  const setCookie = (req: Request, res: Response, value: string, maxAgeSeconds: number) => {
    res.append(
      'set-cookie',
      stringifySetCookie({
        name: SESSION_COOKIE,
        value,
        httpOnly: true,
        sameSite: 'lax',
        secure: secure(req),
        path: '/',
        maxAge: maxAgeSeconds,
      }),
    );
  };
  return [
    route('login', async ({ body, req, res }) => {
      const user = await authenticate(db, body.username, body.password, req.ip ?? 'unknown');
      const session = await createSession(db, user.id, { idleMinutes: config.sessionIdleMinutes });
      // The cookie lives as long as the session can: the server ends it sooner when idle, and the
      // expiry it slides forward on each request would otherwise outlive a cookie set once here.
      setCookie(req, res, session.token, Math.floor((session.absoluteExpiresAt.getTime() - Date.now()) / 1000));
      return { username: user.username, role: user.role, csrfToken: session.csrfToken, mustChangePassword: user.mustChangePassword };
    }),
    route('logout', async ({ session, req, res }) => {
      await deleteSession(db, session.sessionToken);
      sessionCache.forgetToken(session.sessionToken);
      setCookie(req, res, '', 0);
    }),
    route('me', ({ session }) =>
      Promise.resolve({
        username: session.username,
        role: session.role,
        csrfToken: session.csrfToken,
        mustChangePassword: session.mustChangePassword,
      }),
    ),
    // The current password is checked through the rate-limited sign-in path, so this cannot be used to guess it.
    route('changePassword', async ({ session, body, req }) => {
      await authenticate(db, session.username, body.currentPassword, req.ip ?? 'unknown');
      await changePassword(db, session.userId, body.newPassword, session.sessionToken);
      sessionCache.forgetUser(session.userId);
    }),
    // Forgetting the person's cached sessions ends the others on this replica at once; the current one is simply read again.
    route('signOutOtherSessions', async ({ session }) => {
      const ended = await deleteOtherSessionsOfUser(db, session.userId, session.sessionToken);
      sessionCache.forgetUser(session.userId);
      return { ended };
    }),
  ];
};

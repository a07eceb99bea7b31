import type { Session as Me } from '@chime-console/contracts';
import { changePassword } from '../auth/console-users.ts';
import { authenticate } from '../auth/login.ts';
import type { SessionCache } from '../auth/session-cache.ts';
import type { SessionCookie } from '../auth/session-cookie.ts';
import { createSession, deleteOtherSessionsOfUser, deleteSession } from '../auth/sessions.ts';
import type { SignedIn } from '../auth/signed-in.ts';
import type { Database } from '../db/index.ts';

interface Dependencies {
  db: Database;
  sessionCache: SessionCache;
  idleMinutes: number;
}

const me = (session: Pick<SignedIn, 'username' | 'role' | 'csrfToken' | 'mustChangePassword'>): Me => ({
  username: session.username,
  role: session.role,
  csrfToken: session.csrfToken,
  mustChangePassword: session.mustChangePassword,
});

export async function signIn(
  { db, idleMinutes }: Dependencies,
  credentials: { username: string; password: string },
  clientIp: string | undefined,
  cookie: SessionCookie,
): Promise<Me> {
  const user = await authenticate(db, credentials.username, credentials.password, clientIp ?? 'unknown');
  const session = await createSession(db, user.id, { idleMinutes });
  // The cookie lives as long as the session can: the server ends it sooner when idle, and the
  // expiry it slides forward on each request would otherwise outlive a cookie set once here.
  cookie.set(session.token, Math.floor((session.absoluteExpiresAt.getTime() - Date.now()) / 1000));
  return me({ ...user, csrfToken: session.csrfToken });
}

export async function signOut({ db, sessionCache }: Dependencies, session: SignedIn, cookie: SessionCookie): Promise<void> {
  await deleteSession(db, session.sessionToken);
  sessionCache.forgetToken(session.sessionToken);
  cookie.clear();
}

export const whoAmI = (session: SignedIn): Promise<Me> => Promise.resolve(me(session));

/** The current password is checked through the rate-limited sign-in path, so this cannot be used to guess it. */
export async function changeOwnPassword(
  { db, sessionCache }: Dependencies,
  session: SignedIn,
  passwords: { currentPassword: string; newPassword: string },
  clientIp: string | undefined,
): Promise<void> {
  await authenticate(db, session.username, passwords.currentPassword, clientIp ?? 'unknown');
  await changePassword(db, session.userId, passwords.newPassword, session.sessionToken);
  sessionCache.forgetUser(session.userId);
}

/** Forgetting the person's cached sessions ends the others on this replica at once; the current one is simply read again. */
export async function signOutOtherSessions({ db, sessionCache }: Dependencies, session: SignedIn): Promise<{ ended: number }> {
  const ended = await deleteOtherSessionsOfUser(db, session.userId, session.sessionToken);
  sessionCache.forgetUser(session.userId);
  return { ended };
}

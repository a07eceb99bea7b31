import type { SessionCache } from '../auth/session-cache.ts';
import { forcePassword, updateConsoleUser, type ConsoleUserChanges } from '../auth/console-users.ts';
import type { Database } from '../db/index.ts';

interface Dependencies {
  db: Database;
  sessionCache: SessionCache;
}

/** A changed role or a disabled user takes effect at once: their cached sessions on this replica are forgotten. */
export async function changeConsoleUser({ db, sessionCache }: Dependencies, id: string, changes: ConsoleUserChanges, actingUserId: string) {
  const user = await updateConsoleUser(db, id, changes, { actingUserId });
  sessionCache.forgetUser(user.id);
  return user;
}

/** A temporary password ends the person's sessions; they choose their own at the next sign-in. */
export async function setTemporaryPassword({ db, sessionCache }: Dependencies, id: string, password: string): Promise<void> {
  const user = await forcePassword(db, id, password);
  sessionCache.forgetUser(user.id);
}

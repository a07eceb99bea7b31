import type { ConsoleUser } from '@chime-console/contracts';
import type { Queryable } from '../db/database.ts';
import { AppError } from '../http/app-error.ts';
import { findCredentials, rehashPassword } from './console-users.ts';
import {
  attemptKeys,
  blockedUntilFor,
  forgetAttempts,
  isKnownAddress,
  latest,
  loginLimits,
  nameBlockedUntil,
  recordAttempt,
  recordSuccess,
  tooManyAttempts,
  type AttemptIds,
  type AttemptKeys,
  type Limits,
  type LoginLimits,
} from './login-limits.ts';
import { hashPassword, needsRehash, verifyPassword } from './passwords.ts';

export { DEFAULT_LOGIN_LIMITS, type LoginLimits } from './login-limits.ts';

// Unknown usernames pay for one scrypt too, so response time does not tell which names exist.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword('not anybody’s password'));

const invalidCredentials = () =>
  new AppError({ code: 'invalid_credentials', status: 401, title: 'Sign-in failed', detail: 'The username or password is wrong.' });

/**
 * Checks a username and password. Only the username's own limits can refuse the right password:
 * 5 failures per username+address in 15 minutes, and waits that grow with the username's failures
 * from all addresses (skipped from an address it signed in from). An address's own limit only
 * turns its failures, whatever the username, into 429s: made-up names from a shared address must
 * not lock its real users out. Every limit treats unknown names as known ones, and every attempt
 * that reaches the password check pays for one scrypt, so no answer tells which names exist.
 * Disabled users get the same answer as a wrong password.
 */
export async function authenticate(
  db: Queryable,
  username: string,
  password: string,
  clientIp: string,
  options: LoginLimits = {},
): Promise<ConsoleUser> {
  const limits = loginLimits(options);
  const keys = attemptKeys(username, clientIp);
  const ours = await recordAttempt(db, keys, limits);

  const blockedUntil = await usernameBlockedUntil(db, keys, ours, limits);
  if (blockedUntil !== undefined) {
    // Refused attempts leave no row, so hammering a blocked name neither grows the table nor the wait.
    await forgetAttempts(db, ours.pair, ours.name, ours.address);
    throw tooManyAttempts(blockedUntil, limits.now);
  }

  const user = await checkPassword(db, username, password);
  if (user === undefined) throw await failure(db, keys, ours, limits);
  await recordSuccess(db, keys, ours, limits);
  return user;
}

/** Forgets attempts that no longer count (each row knows when); run it now and then. */
export async function purgeLoginAttempts(db: Queryable, options: Pick<LoginLimits, 'now'> = {}): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    'WITH deleted AS (DELETE FROM login_attempts WHERE expires_at <= $1 RETURNING 1) SELECT count(*)::int AS count FROM deleted',
    [options.now?.() ?? new Date()],
  );
  return row?.count ?? 0;
}

async function usernameBlockedUntil(db: Queryable, keys: AttemptKeys, ours: AttemptIds, limits: Limits): Promise<Date | undefined> {
  const pair = await blockedUntilFor(db, keys.pair, ours.pair, limits.maxFailuresPerUser, limits);
  const name = (await isKnownAddress(db, keys, limits)) ? undefined : await nameBlockedUntil(db, keys, ours.name, limits);
  return latest(pair, name);
}

/** The user when the password is theirs and they may sign in; otherwise undefined, after the same scrypt. */
async function checkPassword(db: Queryable, username: string, password: string): Promise<ConsoleUser | undefined> {
  const credentials = await findCredentials(db, username);
  const valid = await verifyPassword(password, credentials?.passwordHash ?? (await getDummyHash()));
  if (!credentials || !valid || credentials.user.disabled) return undefined;
  if (needsRehash(credentials.passwordHash)) await rehashPassword(db, credentials.user.id, password);
  return credentials.user;
}

/**
 * A wrong password keeps its rows, so it counts against the username. From an address past its own
 * limit it answers 429, and its address row goes, keeping that key bounded while the flood lasts.
 */
async function failure(db: Queryable, keys: AttemptKeys, ours: AttemptIds, limits: Limits): Promise<AppError> {
  const addressBlockedUntil = await blockedUntilFor(db, keys.address, ours.address, limits.maxFailuresPerIp, limits);
  if (addressBlockedUntil === undefined) return invalidCredentials();
  await forgetAttempts(db, ours.address);
  return tooManyAttempts(addressBlockedUntil, limits.now);
}

import type { ConsoleUser } from '@chime-console/contracts';
import type { Queryable } from '../db/database.ts';
import { AppError } from '../http/app-error.ts';
import { findCredentials, rehashPassword } from './console-users.ts';
import { hashPassword, needsRehash, verifyPassword } from './passwords.ts';

export interface LoginLimits {
  /** Failures allowed per username from one IP address within the window. */
  maxFailuresPerUser?: number;
  /** Failures allowed from one IP address, whatever the username, within the window. */
  maxFailuresPerIp?: number;
  windowMinutes?: number;
  now?: () => Date;
}

export const DEFAULT_LOGIN_LIMITS = { maxFailuresPerUser: 5, maxFailuresPerIp: 50, windowMinutes: 15 } as const;

// Unknown usernames pay for one scrypt too, so response time does not tell which names exist.
let dummyHash: Promise<string> | undefined;
const getDummyHash = () => (dummyHash ??= hashPassword('not anybody’s password'));

const invalidCredentials = () =>
  new AppError({ code: 'invalid_credentials', status: 401, title: 'Sign-in failed', detail: 'The username or password is wrong.' });

function settings(options: LoginLimits) {
  const now = options.now?.() ?? new Date();
  const windowMs = (options.windowMinutes ?? DEFAULT_LOGIN_LIMITS.windowMinutes) * 60_000;
  return {
    now,
    windowMs,
    since: new Date(now.getTime() - windowMs),
    maxFailuresPerUser: options.maxFailuresPerUser ?? DEFAULT_LOGIN_LIMITS.maxFailuresPerUser,
    maxFailuresPerIp: options.maxFailuresPerIp ?? DEFAULT_LOGIN_LIMITS.maxFailuresPerIp,
  };
}

/**
 * Checks a username and password, rate-limited per username+IP and per IP. The attempt is recorded
 * before the password is checked, so parallel guesses count against each other; it is taken back
 * when refused by the limit (keeping the table bounded) and, with the earlier failures of that
 * username+IP, on success. Disabled users get the same answer as a wrong password.
 */
export async function authenticate(
  db: Queryable,
  username: string,
  password: string,
  clientIp: string,
  options: LoginLimits = {},
): Promise<ConsoleUser> {
  const limits = settings(options);
  const userKey = `user:${username.trim().toLowerCase()}|${clientIp}`;
  const ipKey = `ip:${clientIp}`;
  const inserted = await db.query<{ id: string }>(
    'INSERT INTO login_attempts (key, attempted_at) VALUES ($1, $3), ($2, $3) RETURNING id::text AS id',
    [userKey, ipKey, limits.now],
  );
  const ours = inserted.map((row) => row.id);

  const blockedUntil = latest(
    await blockedUntilFor(db, userKey, limits.maxFailuresPerUser, ours, limits),
    await blockedUntilFor(db, ipKey, limits.maxFailuresPerIp, ours, limits),
  );
  if (blockedUntil !== undefined) {
    await db.query('DELETE FROM login_attempts WHERE id IN ($1, $2)', ours);
    const retryAfter = Math.max(1, Math.ceil((blockedUntil.getTime() - limits.now.getTime()) / 1000));
    throw new AppError({
      code: 'too_many_attempts',
      status: 429,
      title: 'Too many sign-in attempts',
      detail: `Too many failed sign-ins; try again in ${Math.ceil(retryAfter / 60)} minute(s).`,
      retryable: true,
      retryAfter,
    });
  }

  const credentials = await findCredentials(db, username);
  const valid = await verifyPassword(password, credentials?.passwordHash ?? (await getDummyHash()));
  if (!credentials || !valid || credentials.user.disabled) throw invalidCredentials();

  await db.query('DELETE FROM login_attempts WHERE key = $1 OR id IN ($2, $3)', [userKey, ...ours]);
  if (needsRehash(credentials.passwordHash)) await rehashPassword(db, credentials.user.id, password);
  return credentials.user;
}

/** Forgets attempts that have left the window; run it now and then. */
export async function purgeLoginAttempts(db: Queryable, options: Pick<LoginLimits, 'windowMinutes' | 'now'> = {}): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    'WITH deleted AS (DELETE FROM login_attempts WHERE attempted_at <= $1 RETURNING 1) SELECT count(*)::int AS count FROM deleted',
    [settings(options).since],
  );
  return row?.count ?? 0;
}

/** When a key already holds `limit` other attempts in the window, it is blocked until the oldest of those leaves it. */
async function blockedUntilFor(
  db: Queryable,
  key: string,
  limit: number,
  ours: string[],
  { since, windowMs }: { since: Date; windowMs: number },
): Promise<Date | undefined> {
  const [row] = await db.query<{ attempted_at: Date }>(
    `SELECT attempted_at FROM login_attempts WHERE key = $1 AND attempted_at > $2 AND id NOT IN ($3, $4)
     ORDER BY attempted_at DESC OFFSET $5 LIMIT 1`,
    [key, since, ...ours, limit - 1],
  );
  return row && new Date(row.attempted_at.getTime() + windowMs);
}

const latest = (...dates: (Date | undefined)[]) =>
  dates.reduce<Date | undefined>((max, date) => (date !== undefined && (max === undefined || date > max) ? date : max), undefined);

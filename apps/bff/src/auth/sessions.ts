import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '@chime-console/contracts';
import type { Queryable } from '../db/database.ts';

export interface SessionOptions {
  /** Signed out after this long without a request (config SESSION_IDLE_MINUTES). */
  idleMinutes?: number;
  /** Signed out this long after signing in, however active. */
  absoluteMinutes?: number;
  /** The expiry slides at most this often, so that not every request writes to the database. */
  touchIntervalSeconds?: number;
  now?: () => Date;
}

export const DEFAULT_SESSION_OPTIONS = { idleMinutes: 8 * 60, absoluteMinutes: 24 * 60, touchIntervalSeconds: 60 } as const;

export interface NewSession {
  /** For the cookie; the database keeps only its SHA-256. */
  token: string;
  csrfToken: string;
  expiresAt: Date;
  /** However active the person, the session ends here: the cookie's lifetime. */
  absoluteExpiresAt: Date;
}

export interface ActiveSession {
  userId: string;
  username: string;
  role: Role;
  mustChangePassword: boolean;
  csrfToken: string;
  createdAt: Date;
  expiresAt: Date;
}

interface SessionRow {
  user_id: string;
  username: string;
  role: Role;
  disabled: boolean;
  must_change_password: boolean;
  csrf_token: string;
  created_at: Date;
  last_seen_at: Date;
  expires_at: Date;
  absolute_expires_at: Date;
}

/** 32 random bytes in base64url. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const MINUTE = 60_000;
const newToken = () => randomBytes(32).toString('base64url');
const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

function settings(options: SessionOptions) {
  return {
    idleMs: (options.idleMinutes ?? DEFAULT_SESSION_OPTIONS.idleMinutes) * MINUTE,
    absoluteMs: (options.absoluteMinutes ?? DEFAULT_SESSION_OPTIONS.absoluteMinutes) * MINUTE,
    touchMs: (options.touchIntervalSeconds ?? DEFAULT_SESSION_OPTIONS.touchIntervalSeconds) * 1000,
    now: options.now?.() ?? new Date(),
  };
}

const slidExpiry = (now: Date, idleMs: number, absoluteExpiresAt: Date) =>
  new Date(Math.min(now.getTime() + idleMs, absoluteExpiresAt.getTime()));

/** Signs a console user in: a random token for the cookie, its hash in the database, and a CSRF token. */
export async function createSession(db: Queryable, userId: string, options: SessionOptions = {}): Promise<NewSession> {
  const { idleMs, absoluteMs, now } = settings(options);
  const token = newToken();
  const csrfToken = newToken();
  const absoluteExpiresAt = new Date(now.getTime() + absoluteMs);
  const expiresAt = slidExpiry(now, idleMs, absoluteExpiresAt);
  await db.query(
    `INSERT INTO sessions (id, user_id, csrf_token, created_at, last_seen_at, expires_at, absolute_expires_at)
     VALUES ($1, $2, $3, $4, $4, $5, $6)`,
    [hashToken(token), userId, csrfToken, now, expiresAt, absoluteExpiresAt],
  );
  return { token, csrfToken, expiresAt, absoluteExpiresAt };
}

/** The session and its user, its expiry slid forward; undefined when unknown, expired, or the user is disabled. */
export async function findSession(db: Queryable, token: string, options: SessionOptions = {}): Promise<ActiveSession | undefined> {
  if (!TOKEN.test(token)) return undefined;
  const { idleMs, touchMs, now } = settings(options);
  const id = hashToken(token);
  const [row] = await db.query<SessionRow>(
    `SELECT s.user_id, s.csrf_token, s.created_at, s.last_seen_at, s.expires_at, s.absolute_expires_at,
            u.username, u.role, u.disabled, u.must_change_password
     FROM sessions s JOIN console_users u ON u.id = s.user_id WHERE s.id = $1`,
    [id],
  );
  if (!row || row.disabled) return undefined;
  if (row.expires_at <= now) {
    await db.query('DELETE FROM sessions WHERE id = $1', [id]);
    return undefined;
  }
  let expiresAt = row.expires_at;
  if (now.getTime() - row.last_seen_at.getTime() >= touchMs) {
    expiresAt = slidExpiry(now, idleMs, row.absolute_expires_at);
    await db.query('UPDATE sessions SET last_seen_at = $2, expires_at = $3 WHERE id = $1', [id, now, expiresAt]);
  }
  return {
    userId: row.user_id,
    username: row.username,
    role: row.role,
    mustChangePassword: row.must_change_password,
    csrfToken: row.csrf_token,
    createdAt: row.created_at,
    expiresAt,
  };
}

/** Signs out one session; false when it was already gone. */
export async function deleteSession(db: Queryable, token: string): Promise<boolean> {
  if (!TOKEN.test(token)) return false;
  return (await countDeleted(db, 'DELETE FROM sessions WHERE id = $1', [hashToken(token)])) > 0;
}

/** Signs a console user out everywhere. */
export async function deleteSessionsOfUser(db: Queryable, userId: string): Promise<number> {
  return countDeleted(db, 'DELETE FROM sessions WHERE user_id = $1', [userId]);
}

/** Signs a console user out everywhere but the session holding `keepToken` (the person's own, current one). */
export async function deleteOtherSessionsOfUser(db: Queryable, userId: string, keepToken: string): Promise<number> {
  return countDeleted(db, 'DELETE FROM sessions WHERE user_id = $1 AND id <> $2', [userId, hashToken(keepToken)]);
}

export async function purgeExpiredSessions(db: Queryable, options: Pick<SessionOptions, 'now'> = {}): Promise<number> {
  return countDeleted(db, 'DELETE FROM sessions WHERE expires_at <= $1', [settings(options).now]);
}

async function countDeleted(db: Queryable, deleteSql: string, params: unknown[]): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    `WITH deleted AS (${deleteSql} RETURNING 1) SELECT count(*)::int AS count FROM deleted`,
    params,
  );
  return row?.count ?? 0;
}

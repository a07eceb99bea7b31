import type { Queryable } from '../db/database.ts';
import { AppError } from '../http/app-error.ts';

export interface LoginLimits {
  /** Failures allowed per username from one address within the window. */
  maxFailuresPerUser?: number;
  /** Failures from one address, whatever the username, within the window; beyond them its failures answer 429. */
  maxFailuresPerIp?: number;
  windowMinutes?: number;
  /** Failures of one username from any address within a day before each next attempt has to wait. */
  freeFailuresPerName?: number;
  /** The wait after the first failure beyond those; it doubles with each further failure, up to maxDelayMinutes. */
  firstDelaySeconds?: number;
  maxDelayMinutes?: number;
  /** An address a person signed in from skips their username's waits for this long. */
  knownAddressDays?: number;
  now?: () => Date;
}

export const DEFAULT_LOGIN_LIMITS = {
  maxFailuresPerUser: 5,
  maxFailuresPerIp: 50,
  windowMinutes: 15,
  freeFailuresPerName: 10,
  firstDelaySeconds: 60,
  maxDelayMinutes: 60,
  knownAddressDays: 30,
} as const;

const MINUTE = 60_000;
/** A username's failures from anywhere count for a day: long enough that a slow, spread-out guesser keeps waiting. */
const NAME_WINDOW_MS = 24 * 60 * MINUTE;

export type Limits = ReturnType<typeof loginLimits>;

export function loginLimits(options: LoginLimits) {
  const now = options.now?.() ?? new Date();
  const windowMs = (options.windowMinutes ?? DEFAULT_LOGIN_LIMITS.windowMinutes) * MINUTE;
  return {
    now,
    windowMs,
    since: new Date(now.getTime() - windowMs),
    maxFailuresPerUser: options.maxFailuresPerUser ?? DEFAULT_LOGIN_LIMITS.maxFailuresPerUser,
    maxFailuresPerIp: options.maxFailuresPerIp ?? DEFAULT_LOGIN_LIMITS.maxFailuresPerIp,
    freeFailuresPerName: options.freeFailuresPerName ?? DEFAULT_LOGIN_LIMITS.freeFailuresPerName,
    firstDelayMs: (options.firstDelaySeconds ?? DEFAULT_LOGIN_LIMITS.firstDelaySeconds) * 1000,
    maxDelayMs: (options.maxDelayMinutes ?? DEFAULT_LOGIN_LIMITS.maxDelayMinutes) * MINUTE,
    knownAddressMs: (options.knownAddressDays ?? DEFAULT_LOGIN_LIMITS.knownAddressDays) * 24 * 60 * MINUTE,
  };
}

/** The keys one attempt is counted under; the prefixes keep a name holding `|` from posing as another key. */
export interface AttemptKeys {
  /** This username from this address. */
  pair: string;
  /** This username from any address. */
  name: string;
  /** Any username from this address. */
  address: string;
  /** This username signed in from this address. */
  known: string;
}

export function attemptKeys(username: string, clientIp: string): AttemptKeys {
  const name = username.trim().toLowerCase();
  return { pair: `user:${name}|${clientIp}`, name: `name:${name}`, address: `ip:${clientIp}`, known: `known:${name}|${clientIp}` };
}

export type AttemptIds = Record<'pair' | 'name' | 'address', string>;

/**
 * Records the attempt under each of its keys before the password is checked, so that parallel
 * guesses count against each other; the caller takes the rows back when the attempt needs no record.
 */
export async function recordAttempt(db: Queryable, keys: AttemptKeys, limits: Limits): Promise<AttemptIds> {
  const untilWindow = new Date(limits.now.getTime() + limits.windowMs);
  const untilNameWindow = new Date(limits.now.getTime() + NAME_WINDOW_MS);
  const rows = await db.query<{ id: string; key: string }>(
    `INSERT INTO login_attempts (key, attempted_at, expires_at) VALUES ($1, $4, $5), ($2, $4, $6), ($3, $4, $5)
     RETURNING id::text AS id, key`,
    [keys.pair, keys.name, keys.address, limits.now, untilWindow, untilNameWindow],
  );
  const idOf = (key: string) => rows.find((row) => row.key === key)?.id ?? '0';
  return { pair: idOf(keys.pair), name: idOf(keys.name), address: idOf(keys.address) };
}

export async function forgetAttempts(db: Queryable, ...ids: string[]): Promise<void> {
  await db.query(`DELETE FROM login_attempts WHERE id IN (${ids.map((_, i) => `$${i + 1}`).join(', ')})`, ids);
}

/** When a key already holds `limit` other attempts in the window, it is blocked until the oldest of those leaves it. */
export async function blockedUntilFor(db: Queryable, key: string, ourId: string, limit: number, limits: Limits): Promise<Date | undefined> {
  const [row] = await db.query<{ attempted_at: Date }>(
    `SELECT attempted_at FROM login_attempts WHERE key = $1 AND attempted_at > $2 AND id <> $3
     ORDER BY attempted_at DESC OFFSET $4 LIMIT 1`,
    [key, limits.since, ourId, limit - 1],
  );
  return row && new Date(row.attempted_at.getTime() + limits.windowMs);
}

/**
 * Beyond a username's free failures from all addresses, each next attempt waits after the latest
 * failure, twice as long per further failure: a guesser spread over many addresses slows to one
 * guess an hour. The owner never waits from an address they signed in from; from a new one they
 * may lose the race for each hour's slot to a guesser who keeps trying.
 */
export async function nameBlockedUntil(db: Queryable, keys: AttemptKeys, ourId: string, limits: Limits): Promise<Date | undefined> {
  const [row] = await db.query<{ failures: number; latest: Date | null }>(
    `SELECT count(*)::int AS failures, max(attempted_at) AS latest FROM login_attempts
     WHERE key = $1 AND attempted_at > $2 AND id <> $3`,
    [keys.name, new Date(limits.now.getTime() - NAME_WINDOW_MS), ourId],
  );
  const beyondFree = (row?.failures ?? 0) - limits.freeFailuresPerName;
  if (row?.latest == null || beyondFree < 0) return undefined;
  const delayMs = Math.min(limits.firstDelayMs * 2 ** beyondFree, limits.maxDelayMs);
  const until = new Date(row.latest.getTime() + delayMs);
  return until > limits.now ? until : undefined;
}

/** Whether this username signed in from this address lately: its owner, not a guesser spread over many. */
export async function isKnownAddress(db: Queryable, keys: AttemptKeys, limits: Limits): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM login_attempts WHERE key = $1 AND expires_at > $2 LIMIT 1', [keys.known, limits.now]);
  return rows.length > 0;
}

/** Forgets this username+address's failures and our own rows, and remembers the address for its owner. */
export async function recordSuccess(db: Queryable, keys: AttemptKeys, ours: AttemptIds, limits: Limits): Promise<void> {
  await db.query('DELETE FROM login_attempts WHERE key IN ($1, $2) OR id IN ($3, $4)', [keys.pair, keys.known, ours.name, ours.address]);
  await db.query('INSERT INTO login_attempts (key, attempted_at, expires_at) VALUES ($1, $2, $3)', [
    keys.known,
    limits.now,
    new Date(limits.now.getTime() + limits.knownAddressMs),
  ]);
}

export function tooManyAttempts(blockedUntil: Date, now: Date): AppError {
  const retryAfter = Math.max(1, Math.ceil((blockedUntil.getTime() - now.getTime()) / 1000));
  return new AppError({
    code: 'too_many_attempts',
    status: 429,
    title: 'Too many sign-in attempts',
    detail: `Too many failed sign-ins; try again in ${Math.ceil(retryAfter / 60)} minute(s).`,
    retryable: true,
    retryAfter,
  });
}

export const latest = (...dates: (Date | undefined)[]) =>
  dates.reduce<Date | undefined>((max, date) => (date !== undefined && (max === undefined || date > max) ? date : max), undefined);

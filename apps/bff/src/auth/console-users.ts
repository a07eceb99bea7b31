import { passwordSchema, roleSchema, usernameSchema, type ConsoleUser, type Role } from '@chime-console/contracts';
import type { z } from 'zod';
import type { Database, Queryable } from '../db/database.ts';
import { isUniqueViolation } from '../db/errors.ts';
import { AppError, badRequest, notFound } from '../http/app-error.ts';
import { hashPassword } from './passwords.ts';
import { deleteOtherSessionsOfUser, deleteSessionsOfUser } from './sessions.ts';

export interface NewConsoleUser {
  username: string;
  password: string;
  role: Role;
  mustChangePassword?: boolean;
}

export interface ConsoleUserChanges {
  role?: Role | undefined;
  disabled?: boolean | undefined;
}

interface UserRow {
  id: string;
  username: string;
  role: Role;
  disabled: boolean;
  must_change_password: boolean;
  created_at: Date;
}

const COLUMNS = 'id, username, role, disabled, must_change_password, created_at';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const toConsoleUser = (row: UserRow): ConsoleUser => ({
  id: row.id,
  username: row.username,
  role: row.role,
  disabled: row.disabled,
  mustChangePassword: row.must_change_password,
  createdAt: row.created_at.toISOString(),
});

function parse<T>(schema: z.ZodType<T>, field: string, value: unknown): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const message = result.error.issues[0]?.message ?? 'is invalid';
  throw badRequest(`The ${field} is not valid: ${message}.`, [{ field, message }]);
}

const refused = (code: string, detail: string) => new AppError({ code, status: 409, title: 'Not allowed now', detail });
const userNotFound = () => notFound('That console user no longer exists; reload the list.');

export async function createConsoleUser(db: Queryable, input: NewConsoleUser): Promise<ConsoleUser> {
  const username = parse(usernameSchema, 'username', input.username);
  const password = parse(passwordSchema, 'password', input.password);
  const role = parse(roleSchema, 'role', input.role);
  const passwordHash = await hashPassword(password);
  try {
    const [row] = await db.query<UserRow>(
      `INSERT INTO console_users (username, password_hash, role, must_change_password) VALUES ($1, $2, $3, $4) RETURNING ${COLUMNS}`,
      [username, passwordHash, role, input.mustChangePassword ?? false],
    );
    return toConsoleUser(required(row));
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new AppError({
      code: 'username_taken',
      status: 409,
      title: 'Already exists',
      detail: `A console user named ${username} already exists.`,
    });
  }
}

/** For the initial admin and demo users: creates the user unless that name exists, and never changes an existing one. */
export async function ensureUser(db: Queryable, input: NewConsoleUser): Promise<{ user: ConsoleUser; created: boolean }> {
  const existing = await findConsoleUserByUsername(db, input.username);
  if (existing) return { user: existing, created: false };
  try {
    return { user: await createConsoleUser(db, input), created: true };
  } catch (error) {
    // Another replica created it in between.
    const raced =
      error instanceof AppError && error.code === 'username_taken' ? await findConsoleUserByUsername(db, input.username) : undefined;
    if (raced) return { user: raced, created: false };
    throw error;
  }
}

export async function listConsoleUsers(db: Queryable): Promise<ConsoleUser[]> {
  const rows = await db.query<UserRow>(`SELECT ${COLUMNS} FROM console_users ORDER BY lower(username)`);
  return rows.map(toConsoleUser);
}

export async function getConsoleUser(db: Queryable, id: string): Promise<ConsoleUser | undefined> {
  if (!UUID.test(id)) return undefined;
  const [row] = await db.query<UserRow>(`SELECT ${COLUMNS} FROM console_users WHERE id = $1`, [id]);
  return row && toConsoleUser(row);
}

export async function findConsoleUserByUsername(db: Queryable, username: string): Promise<ConsoleUser | undefined> {
  return (await findCredentials(db, username))?.user;
}

/** For sign-in only: the user (any case of the name) with their password hash. */
export async function findCredentials(db: Queryable, username: string): Promise<{ user: ConsoleUser; passwordHash: string } | undefined> {
  const [row] = await db.query<UserRow & { password_hash: string }>(
    `SELECT ${COLUMNS}, password_hash FROM console_users WHERE lower(username) = lower($1)`,
    [username.trim()],
  );
  return row && { user: toConsoleUser(row), passwordHash: row.password_hash };
}

/**
 * Changes role and/or disabled; disabling signs the user out everywhere. Refused (409) for the last
 * enabled admin, and, given `actingUserId`, for an admin disabling or demoting themselves.
 */
export async function updateConsoleUser(
  db: Database,
  id: string,
  changes: ConsoleUserChanges,
  options: { actingUserId?: string } = {},
): Promise<ConsoleUser> {
  if (!UUID.test(id)) throw userNotFound();
  const role = changes.role === undefined ? undefined : parse(roleSchema, 'role', changes.role);
  return db.transaction(async (tx) => {
    const locked = await lockUserAndEnabledAdmins(tx, id);
    const current = locked.find((row) => row.id === id);
    if (!current) throw userNotFound();
    const roleChanges = role !== undefined && role !== current.role;
    if (id === options.actingUserId && (roleChanges || changes.disabled === true)) {
      throw refused('own_account', 'You cannot disable yourself or change your own role; ask another admin.');
    }
    const losesAdmin = isEnabledAdmin(current) && (roleChanges || changes.disabled === true);
    if (losesAdmin && locked.filter(isEnabledAdmin).length <= 1) {
      throw refused('last_admin', `${current.username} is the last enabled admin; make another console user admin first.`);
    }
    const [row] = await tx.query<UserRow>(
      `UPDATE console_users SET role = coalesce($2, role), disabled = coalesce($3, disabled), updated_at = now()
       WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, role ?? null, changes.disabled ?? null],
    );
    if (changes.disabled === true) await tx.query('DELETE FROM sessions WHERE user_id = $1', [id]);
    return toConsoleUser(required(row));
  });
}

/** An admin sets a new password: the user is signed out everywhere and must choose their own at next sign-in. */
export async function forcePassword(db: Database, id: string, password: string): Promise<ConsoleUser> {
  return setPassword(db, id, password, { mustChangePassword: true, signOut: (tx) => deleteSessionsOfUser(tx, id) });
}

/**
 * The user chose their own password in the session holding `currentToken`. Their other sessions end
 * with it: whoever may have learnt the old password must not stay signed in.
 */
export async function changePassword(db: Database, id: string, password: string, currentToken: string): Promise<ConsoleUser> {
  return setPassword(db, id, password, { mustChangePassword: false, signOut: (tx) => deleteOtherSessionsOfUser(tx, id, currentToken) });
}

/** Re-hashes a password that has just been verified, at today's scrypt cost. */
export async function rehashPassword(db: Queryable, id: string, password: string): Promise<void> {
  await db.query('UPDATE console_users SET password_hash = $2 WHERE id = $1', [id, await hashPassword(password)]);
}

/** Enabled admins: the console must always keep one. */
export async function countAdmins(db: Queryable): Promise<number> {
  const [row] = await db.query<{ count: number }>("SELECT count(*)::int AS count FROM console_users WHERE role = 'admin' AND NOT disabled");
  return row?.count ?? 0;
}

async function setPassword(
  db: Database,
  id: string,
  password: string,
  effect: { mustChangePassword: boolean; signOut: (tx: Queryable) => Promise<number> },
): Promise<ConsoleUser> {
  if (!UUID.test(id)) throw userNotFound();
  const passwordHash = await hashPassword(parse(passwordSchema, 'password', password));
  return db.transaction(async (tx) => {
    const [row] = await tx.query<UserRow>(
      `UPDATE console_users SET password_hash = $2, must_change_password = $3, updated_at = now() WHERE id = $1 RETURNING ${COLUMNS}`,
      [id, passwordHash, effect.mustChangePassword],
    );
    if (!row) throw userNotFound();
    await effect.signOut(tx);
    return toConsoleUser(row);
  });
}

const isEnabledAdmin = (row: UserRow) => row.role === 'admin' && !row.disabled;

/**
 * Locks the user and every enabled admin, so two admins demoting each other at once cannot leave
 * none. One statement in id order: locking the user first and the admins after let two such
 * requests each hold the row the other wanted, and PostgreSQL aborted one as a deadlock.
 */
function lockUserAndEnabledAdmins(tx: Queryable, id: string): Promise<UserRow[]> {
  return tx.query<UserRow>(
    `SELECT ${COLUMNS} FROM console_users WHERE id = $1 OR (role = 'admin' AND NOT disabled) ORDER BY id FOR UPDATE`,
    [id],
  );
}

function required<T>(row: T | undefined): T {
  if (row === undefined) throw new Error('the statement returned no row');
  return row;
}

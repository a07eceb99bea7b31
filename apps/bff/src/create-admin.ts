#!/usr/bin/env node
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { passwordSchema, usernameSchema } from '@chime-console/contracts';
import { recordAudit } from './audit/audit-log.ts';
import { createConsoleUser, findConsoleUserByUsername } from './auth/console-users.ts';
import { ConfigError, loadDatabaseConfig } from './config/config.ts';
import { migrate, openDatabase, type DatabaseConfig } from './db/index.ts';
import { AppError } from './http/app-error.ts';

const USAGE = 'usage: node apps/bff/src/create-admin.ts --username <name>   (password from ADMIN_PASSWORD, or one line on stdin)';
/** Who the audit log names for a change made from the command line. */
const ACTOR = 'cli:create-admin';

/** A mistake in how the command was called: exit 2, like a bad configuration. */
class UsageError extends Error {}

function readUsername(argv: string[]): string | undefined {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { username: { type: 'string' }, help: { type: 'boolean' } }, strict: true }));
  } catch (error) {
    // parseArgs names the offending flag: "Unknown option '--user'", "Option '--username <value>' argument missing".
    throw new UsageError((error as Error).message);
  }
  if (values.help === true) return undefined;
  if (values.username === undefined) throw new UsageError('--username is required');
  const username = usernameSchema.safeParse(values.username);
  if (!username.success) throw new UsageError(`--username is not valid: ${username.error.issues[0]?.message ?? 'invalid'}`);
  return username.data;
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.ADMIN_PASSWORD;
  const source = fromEnv === undefined || fromEnv === '' ? 'the password read from stdin' : 'ADMIN_PASSWORD';
  const password = source === 'ADMIN_PASSWORD' ? (fromEnv ?? '') : await readLine();
  if (password === '') throw new UsageError('no password: set ADMIN_PASSWORD or give it as one line on stdin');
  const checked = passwordSchema.safeParse(password);
  if (!checked.success) throw new UsageError(`${source} is not valid: ${checked.error.issues[0]?.message ?? 'invalid'}`);
  return checked.data;
}

async function readLine(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password for the new admin (shown as typed; pipe it or set ADMIN_PASSWORD to hide it): ');
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  try {
    for await (const line of lines) return line;
    return '';
  } finally {
    lines.close();
  }
}

/** Creates the admin in the server's database; false when that username is already taken. */
async function createAdmin(database: DatabaseConfig, username: string, password: string): Promise<boolean> {
  const db = await openDatabase(database);
  try {
    await migrate(db);
    if (await findConsoleUserByUsername(db, username)) return false;
    await db.transaction(async (tx) => {
      await createConsoleUser(tx, { username, password, role: 'admin' });
      await recordAudit(tx, { actor: ACTOR, action: 'createConsoleUser', input: { username, role: 'admin' }, result: 'ok' });
    });
    return true;
  } catch (error) {
    // Another process created it between the check and the insert.
    if (error instanceof AppError && error.code === 'username_taken') return false;
    throw error;
  } finally {
    await db.close();
  }
}

try {
  const username = readUsername(process.argv.slice(2));
  if (username === undefined) {
    console.log(USAGE);
  } else {
    const database = loadDatabaseConfig(process.env);
    const password = await readPassword();
    if (await createAdmin(database, username, password)) {
      console.log(`create-admin: created the admin ${username}; they can sign in now.`);
    } else {
      console.error(`create-admin: a console user named ${username} already exists; nothing was changed.`);
      process.exitCode = 1;
    }
  }
} catch (error) {
  if (error instanceof UsageError) {
    console.error(`create-admin: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
  } else if (error instanceof ConfigError) {
    console.error(`create-admin: ${error.message}`);
    process.exitCode = 2;
  } else {
    console.error(`create-admin: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}

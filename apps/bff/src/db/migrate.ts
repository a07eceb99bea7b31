import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Database, Queryable } from './database.ts';

const MIGRATIONS_DIR = join(import.meta.dirname, 'migrations');
const MIGRATION_FILE = /^\d{3}_[a-z0-9_]+\.sql$/;
/** First half of the advisory lock key; the second is the schema, so schemas migrate independently. */
const LOCK_NAMESPACE = 0x0c41_4d45;

interface Migration {
  version: string;
  sql: string;
  checksum: string;
}

export async function loadMigrations(dir = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => MIGRATION_FILE.test(file)).sort();
  return Promise.all(
    files.map(async (file) => {
      const sql = (await readFile(join(dir, file), 'utf8')).replace(/\r\n/g, '\n');
      return { version: file.replace(/\.sql$/, ''), sql, checksum: createHash('sha256').update(sql).digest('hex') };
    }),
  );
}

/**
 * Applies the migrations not yet applied, in order, each in its own transaction. Every transaction
 * first takes an advisory lock, so replicas starting together on one PostgreSQL take turns and the
 * later ones find the work done.
 */
export async function migrate(db: Database, migrations?: Migration[]): Promise<string[]> {
  const pending = migrations ?? (await loadMigrations());
  const applied: string[] = [];
  for (const migration of pending) {
    const ran = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1, hashtext(current_schema()))', [LOCK_NAMESPACE]);
      await ensureMigrationsTable(tx);
      const [done] = await tx.query<{ checksum: string }>('SELECT checksum FROM schema_migrations WHERE version = $1', [migration.version]);
      if (done !== undefined) {
        if (done.checksum !== migration.checksum) {
          throw new Error(`Migration ${migration.version} was changed after it was applied; add a new migration instead.`);
        }
        return false;
      }
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, checksum) VALUES ($1, $2)', [migration.version, migration.checksum]);
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  return applied;
}

async function ensureMigrationsTable(tx: Queryable): Promise<void> {
  // Checked first because CREATE TABLE IF NOT EXISTS still sends a notice on every start.
  const [found] = await tx.query<{ exists: boolean }>("SELECT to_regclass('schema_migrations') IS NOT NULL AS exists");
  if (found?.exists === true) return;
  await tx.exec(`
    CREATE TABLE schema_migrations (
      version text PRIMARY KEY,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
}

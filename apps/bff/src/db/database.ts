import { openPgliteDatabase } from './pglite.ts';
import { openPostgresDatabase } from './postgres.ts';

/** Something SQL runs on: the database itself, or one transaction of it. */
export interface Queryable {
  /** One statement with `$1` parameters. Pass JSON as `JSON.stringify(value)` into `$n::text::jsonb`. */
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Several statements, no parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'postgres' | 'pglite';
  /**
   * Runs `fn` in one transaction, committed when it resolves and rolled back when it throws. Inside, use
   * only `tx`: PGlite has a single connection, so a query on the database itself would wait forever.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseConfig {
  /** DATABASE_URL; when set, PostgreSQL is used and `dataDir` is ignored. */
  url?: string | undefined;
  /** PGlite's data directory, or `memory://` for a throw-away in-memory database. */
  dataDir: string;
  /** Tables live in this schema (created if missing) instead of `public`; tests use one per test. */
  schema?: string | undefined;
  /** PostgreSQL connections per process. */
  poolSize?: number | undefined;
  /** An idle pooled connection failed; the pool has already dropped it. */
  onPoolError?: ((error: Error) => void) | undefined;
}

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.schema !== undefined && !SCHEMA_NAME.test(config.schema)) {
    throw new Error(`Invalid schema name "${config.schema}": use lower-case letters, digits and _`);
  }
  return config.url === undefined ? openPgliteDatabase(config.dataDir, config.schema) : openPostgresDatabase(config);
}

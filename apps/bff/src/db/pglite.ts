import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { lockDataDir } from './data-dir-lock.ts';
import type { Database, Queryable } from './database.ts';

const MEMORY = 'memory://';

const queryableOf = (target: PGlite | Transaction): Queryable => ({
  async query<T>(sql: string, params: readonly unknown[] = []) {
    const result = await target.query<T>(sql, [...params]);
    return result.rows;
  },
  async exec(sql: string) {
    await target.exec(sql);
  },
});

/** The embedded database: one in-process PostgreSQL (WebAssembly) persisted in `dataDir`. */
export async function openPgliteDatabase(dataDir: string, schema?: string): Promise<Database> {
  const inMemory = dataDir === MEMORY;
  let unlock = async () => {};
  if (!inMemory) {
    // PGlite creates only the last path segment itself.
    await mkdir(dataDir, { recursive: true });
    unlock = await lockDataDir(dataDir);
  }
  let pglite: PGlite;
  try {
    // pg_trgm: the directory's search indexes (PostgreSQL has it built in).
    pglite = await PGlite.create(inMemory ? MEMORY : dataDir, { extensions: { pg_trgm } });
    if (schema !== undefined) await pglite.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema}`);
  } catch (error) {
    await unlock();
    throw error;
  }
  return {
    kind: 'pglite',
    ...queryableOf(pglite),
    transaction: (fn) => pglite.transaction((tx) => fn(queryableOf(tx))),
    async close() {
      await pglite.close();
      await unlock();
    },
  };
}

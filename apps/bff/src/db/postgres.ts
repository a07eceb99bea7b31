import pg from 'pg';
import type { Database, DatabaseConfig, Queryable } from './database.ts';
import { sqlState } from './errors.ts';

const DEFAULT_POOL_SIZE = 10;

const queryableOf = (client: pg.Pool | pg.PoolClient): Queryable => ({
  async query<T>(sql: string, params: readonly unknown[] = []) {
    const result = await client.query(sql, [...params]);
    return result.rows as T[];
  },
  async exec(sql: string) {
    await client.query(sql);
  },
});

export async function openPostgresDatabase(config: DatabaseConfig & { url?: string }): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: config.url,
    max: config.poolSize ?? DEFAULT_POOL_SIZE,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: 10_000,
    application_name: 'chime-console-bff',
    ...(config.schema !== undefined && { options: `-c search_path=${config.schema}` }),
  });
  // Without a listener an idle connection dropped by the server would crash the process.
  pool.on('error', (error) => config.onPoolError?.(error));
  try {
    await pool.query('SELECT 1');
    if (config.schema !== undefined) await createSchema(pool, config.schema);
  } catch (error) {
    await pool.end();
    throw new Error(`Cannot use the PostgreSQL database named in DATABASE_URL: ${(error as Error).message}`, { cause: error });
  }
  return {
    kind: 'postgres',
    ...queryableOf(pool),
    async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      // A checked-out client is no longer heard by the pool, and pg emits 'error' when the server ends
      // the connection (a stop, a restart) even between statements: unheard, it would crash the process.
      // The statement that meets the dead connection rejects on its own, so the event is only acknowledged.
      const ignore = () => undefined;
      client.on('error', ignore);
      const release = (error?: Error | boolean) => {
        client.off('error', ignore);
        client.release(error);
      };
      try {
        await client.query('BEGIN');
        const result = await fn(queryableOf(client));
        await client.query('COMMIT');
        release();
        return result;
      } catch (error) {
        // A connection whose rollback failed is in an unknown state: destroy it rather than pool it.
        await client.query('ROLLBACK').then(
          () => {
            release();
          },
          (rollbackError: unknown) => {
            release(rollbackError instanceof Error ? rollbackError : true);
          },
        );
        throw error;
      }
    },
    close: () => pool.end(),
  };
}

async function createSchema(pool: pg.Pool, schema: string): Promise<void> {
  try {
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
  } catch (error) {
    // IF NOT EXISTS is not atomic: a replica creating it at the same moment makes this fail harmlessly.
    if (sqlState(error) !== '23505' && sqlState(error) !== '42P06') throw error;
  }
}

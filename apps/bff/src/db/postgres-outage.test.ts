import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { ownPostgresMissing, startOwnPostgres, type OwnPostgres } from '../testing/own-postgres.ts';
import { openDatabase, type Database } from './database.ts';
import { isDatabaseUnavailable } from './errors.ts';

describe('a PostgreSQL connection lost inside a transaction', { skip: ownPostgresMissing() }, () => {
  let postgres: OwnPostgres | undefined;
  let db: Database | undefined;
  let admin: pg.Client | undefined;
  before(async () => {
    postgres = await startOwnPostgres();
    db = await openDatabase({ url: postgres.url, dataDir: 'memory://', poolSize: 2 });
    admin = new pg.Client({ connectionString: postgres.url });
    await admin.connect();
  });
  after(async () => {
    await admin?.end();
    await db?.close();
    await postgres?.remove();
  });

  /** Ends a backend the way a stopping server does (57P01), and waits until it is gone. */
  const terminate = async (pid: number) => {
    const control = admin as pg.Client;
    await control.query('SELECT pg_terminate_backend($1)', [pid]);
    for (;;) {
      const { rows } = await control.query<{ alive: boolean }>('SELECT count(*) > 0 AS alive FROM pg_stat_activity WHERE pid = $1', [pid]);
      if (rows[0]?.alive !== true) return;
    }
  };

  it('when the server ends the connection between two statements, then the transaction rejects as unavailable and the process lives on', async () => {
    const database = db as Database;

    const failure = await database
      .transaction(async (tx) => {
        const [row] = await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
        await terminate(row?.pid ?? 0);
        await tx.query('SELECT 1');
      })
      .then(
        () => undefined,
        (error: unknown) => error,
      );

    assert.ok(failure !== undefined, 'the transaction failed');
    assert.equal(isDatabaseUnavailable(failure), true, failure instanceof Error ? failure.message : 'not an Error');
    assert.deepEqual(await database.query('SELECT 1 AS one'), [{ one: 1 }], 'the pool serves the next statement');
  });
});

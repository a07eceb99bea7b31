import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import pg from 'pg';
import { sparePort as closedPort } from '../testing/own-postgres.ts';
import { openDatabase } from './database.ts';
import { isDatabaseError, isDatabaseUnavailable } from './errors.ts';

const rejection = async (promise: Promise<unknown>): Promise<unknown> => {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
};

/** What `pg` raises for an error the server sends: an Error carrying the SQLSTATE as `code`. */
const serverError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it('when nothing listens where PostgreSQL should be, then the refused connection counts as unavailable', async () => {
    const pool = new pg.Pool({ host: '127.0.0.1', port: await closedPort(), user: 'nobody', connectionTimeoutMillis: 2_000 });
    const error = await rejection(pool.query('SELECT 1'));
    await pool.end();
    assert.equal(isDatabaseUnavailable(error), true, String(error));
  });

  it('when the pool has been ended, or PGlite closed, then their errors count as unavailable', async () => {
    const pool = new pg.Pool({ host: '127.0.0.1', port: await closedPort() });
    await pool.end();
    assert.equal(isDatabaseUnavailable(await rejection(pool.query('SELECT 1'))), true);

    const pglite = await openDatabase({ dataDir: 'memory://' });
    await pglite.close();
    assert.equal(isDatabaseUnavailable(await rejection(pglite.query('SELECT 1'))), true);
  });

  it('when the server stops, restarts or drops the connection, then its SQLSTATE counts as unavailable', () => {
    for (const [code, message] of [
      ['57P01', 'terminating connection due to administrator command'],
      ['57P03', 'the database system is starting up'],
      ['08006', 'connection failure'],
      ['08001', 'could not connect'],
      ['53300', 'sorry, too many clients already'],
    ] as const) {
      assert.equal(isDatabaseUnavailable(serverError(code, message)), true, code);
    }
    assert.equal(isDatabaseUnavailable(new Error('Connection terminated unexpectedly')), true);
    assert.equal(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect')), true);
    assert.equal(isDatabaseUnavailable(new Error('outer', { cause: serverError('57P01', 'inner') })), true);
  });

  it('when a statement is at fault, then it is a database error but not an outage', async () => {
    const db = await openDatabase({ dataDir: 'memory://' });
    try {
      const syntax = await rejection(db.query('SELEC 1'));
      await db.exec('CREATE TABLE once (id int PRIMARY KEY); INSERT INTO once VALUES (1)');
      const duplicate = await rejection(db.query('INSERT INTO once VALUES (1)'));
      for (const error of [syntax, duplicate]) {
        assert.equal(isDatabaseUnavailable(error), false, String(error));
        assert.equal(isDatabaseError(error), true, String(error));
      }
    } finally {
      await db.close();
    }
  });

  it('when code outside the database fails, then it is neither', () => {
    for (const error of [new Error('changed my mind'), Object.assign(new Error('no'), { code: 'EPERM' }), 'a string', undefined]) {
      assert.equal(isDatabaseUnavailable(error), false);
      assert.equal(isDatabaseError(error), false);
    }
  });
});

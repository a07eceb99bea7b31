import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { it } from 'node:test';
import { openDatabase } from './database.ts';
import { forEachDatabase } from '../testing/databases.ts';

forEachDatabase('the database', (context) => {
  it('when a query has parameters, then rows come back with PostgreSQL types mapped to JavaScript', async () => {
    const [row] = await context.db.query<{ n: number; ok: boolean; at: Date; doc: unknown; id: string }>(
      "SELECT $1::int AS n, true AS ok, '2030-01-01T00:00:00Z'::timestamptz AS at, $2::text::jsonb AS doc, 7::bigint::text AS id",
      [41, JSON.stringify({ list: [1, 2] })],
    );
    assert.deepEqual(row, { n: 41, ok: true, at: new Date('2030-01-01T00:00:00Z'), doc: { list: [1, 2] }, id: '7' });
  });

  it('when a transaction resolves, then its writes are committed', async () => {
    await context.db.exec('CREATE TABLE notes (body text)');
    const result = await context.db.transaction(async (tx) => {
      await tx.query('INSERT INTO notes VALUES ($1)', ['kept']);
      return 'done';
    });
    assert.equal(result, 'done');
    assert.deepEqual(await context.db.query('SELECT body FROM notes'), [{ body: 'kept' }]);
  });

  it('when a transaction throws, then its writes are rolled back and the error is rethrown', async () => {
    await context.db.exec('CREATE TABLE notes (body text)');
    await assert.rejects(
      context.db.transaction(async (tx) => {
        await tx.query('INSERT INTO notes VALUES ($1)', ['lost']);
        throw new Error('changed my mind');
      }),
      /changed my mind/,
    );
    assert.deepEqual(await context.db.query('SELECT body FROM notes'), []);
  });

  it('when gen_random_uuid is called, then it returns a UUID', async () => {
    const [row] = await context.db.query<{ id: string }>('SELECT gen_random_uuid()::text AS id');
    assert.match(row?.id ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
  });

  it('when a schema that does not exist yet is named, then it is created and used', async () => {
    const schema = `t_${randomBytes(8).toString('hex')}`;
    const url = context.backend === 'postgres' ? process.env.TEST_DATABASE_URL : undefined;
    const db = await openDatabase({ url, dataDir: 'memory://', schema });
    try {
      await db.exec('CREATE TABLE here (id int)');
      assert.deepEqual(await db.query("SELECT current_schema() AS schema, to_regclass('here') IS NOT NULL AS found"), [
        { schema, found: true },
      ]);
    } finally {
      await db.exec(`DROP SCHEMA ${schema} CASCADE`);
      await db.close();
    }
  });

  it('when the schema name could inject SQL, then opening is refused', async () => {
    await assert.rejects(openDatabase({ dataDir: 'memory://', schema: 'x; DROP TABLE y' }), /Invalid schema name/);
  });
});

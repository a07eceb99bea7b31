import assert from 'node:assert/strict';
import { it } from 'node:test';
import { loadMigrations, migrate } from './migrate.ts';
import { forEachDatabase } from '../testing/databases.ts';

const appliedVersions = async (context: { db: { query<T>(sql: string): Promise<T[]> } }) =>
  (await context.db.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version')).map((row) => row.version);

forEachDatabase(
  'migrations',
  (context) => {
    it('when migrating a fresh database, then every migration is applied once, in order', async () => {
      const versions = (await loadMigrations()).map((migration) => migration.version);
      assert.ok(versions.includes('001_initial'));

      assert.deepEqual(await migrate(context.db), versions);

      assert.deepEqual(await appliedVersions(context), versions);
      const tables = await context.db.query<{ name: string }>(
        'SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name',
      );
      assert.deepEqual(
        tables.map((table) => table.name),
        [
          'audit_log',
          'console_users',
          'directory_accounts',
          'directory_invitation_days',
          'directory_listing',
          'directory_removed_users',
          'directory_users',
          'invitations',
          'job_chunks',
          'job_items',
          'jobs',
          'login_attempts',
          'schema_migrations',
          'sessions',
          'upstream_budget',
        ],
      );
    });

    it('when migrating again, then nothing is applied and nothing fails', async () => {
      await migrate(context.db);
      assert.deepEqual(await migrate(context.db), []);
      assert.equal((await appliedVersions(context)).length, (await loadMigrations()).length);
    });

    it('when an applied migration has been edited since, then migrate refuses to start', async () => {
      await migrate(context.db);
      await context.db.query("UPDATE schema_migrations SET checksum = 'edited' WHERE version = '001_initial'");
      await assert.rejects(migrate(context.db), /001_initial was changed after it was applied/);
    });

    it('when a migration fails, then it leaves nothing behind and is retried next time', async () => {
      const broken = [{ version: '900_broken', sql: 'CREATE TABLE half (id int); SELECT no_such_function();', checksum: 'x' }];
      await assert.rejects(migrate(context.db, broken), /no_such_function/);
      const [half] = await context.db.query<{ found: boolean }>("SELECT to_regclass('half') IS NOT NULL AS found");
      assert.equal(half?.found, false);
      assert.deepEqual(await migrate(context.db, [{ ...broken[0], sql: 'CREATE TABLE half (id int)' }] as typeof broken), ['900_broken']);
    });

    it(
      'when two processes migrate the same PostgreSQL at once, then both succeed and each migration runs once',
      {
        skip: context.backend === 'pglite' && 'PGlite is single-process',
      },
      async () => {
        const others = await Promise.all([context.openAnother(), context.openAnother(), context.openAnother()]);

        const results = await Promise.all([context.db, ...others].map((db) => migrate(db)));

        const versions = (await loadMigrations()).map((migration) => migration.version);
        assert.deepEqual(results.flat().sort(), versions, 'each migration was applied by exactly one of them');
        assert.deepEqual(await appliedVersions(context), versions);
      },
    );
  },
  { migrate: false },
);

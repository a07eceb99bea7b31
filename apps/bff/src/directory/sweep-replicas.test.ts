import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { CountersSnapshot } from '@chime-console/chime-emulator';
import { startTestEmulator, type TestEmulator } from '@chime-console/chime-emulator/testing';
import type { DirectoryStatus } from '@chime-console/contracts';
import { openDatabase } from '../db/index.ts';
import { startBffFor, type BffProcess } from '../testing/bff-process.ts';
import { withSharedSchema } from '../testing/databases.ts';
import { waitUntil } from '../testing/job-helpers.ts';
import { connectTo } from '../testing/test-bff.ts';

const ADMIN = { username: 'sweep-admin', password: 'sweep-test-password' };
/** 10 accounts of 450 users: 3 ListUsers pages each at 200 a page. */
const ACCOUNTS = 10;
const PAGES = ACCOUNTS * 3;

describe('the directory sweep across replicas and crashes', () => {
  let emulator: TestEmulator;
  const running: BffProcess[] = [];
  const start = async (env: Record<string, string>) => {
    const bff = await startBffFor(emulator, ADMIN, { DIRECTORY_SWEEP_SECONDS: '3600', ...env });
    running.push(bff);
    return bff;
  };
  const stopAll = () => Promise.all(running.splice(0).map((bff) => bff.stop()));
  const listUsersCalls = async () => (await emulator.control<CountersSnapshot>('GET', '/counters')).operations.ListUsers?.requests ?? 0;

  before(async () => {
    emulator = await startTestEmulator({ seed: { set: 'empty' } });
  });
  after(async () => {
    await stopAll();
    await emulator.close();
  });

  it('when a BFF is killed mid-sweep, then the next one continues from the page it reached', async () => {
    await emulator.control('POST', '/reset');
    await emulator.control('POST', '/seed', { set: 'generated', totalUsers: ACCOUNTS * 450, accounts: ACCOUNTS });
    const dataDir = await mkdtemp(join(tmpdir(), 'sweep-crash-'));
    try {
      // Slow enough to be killed in the middle: 10 pages a second.
      const env = { DATA_DIR: dataDir, JOB_LOOKUP_RATE: '10', JOB_BURST: '1' };
      const first = await start(env);
      await waitUntil(async () => (await listUsersCalls()) >= 8, 20_000);
      await first.kill();
      running.splice(running.indexOf(first), 1);
      const readBeforeKill = await listUsersCalls();

      const second = await start(env);
      const admin = await connectTo(second.url).signIn(ADMIN.username, ADMIN.password);
      await waitUntil(async () => {
        const status = (await admin.call('GET', '/api/directory/status')).json<DirectoryStatus>();
        return status.accounts === ACCOUNTS && status.accountsSwept === ACCOUNTS;
      }, 30_000);
      await stopAll();

      const calls = await listUsersCalls();
      assert.ok(readBeforeKill < PAGES, 'killed before the sweep ended');
      // At most the page in flight at the kill is read again.
      assert.ok(calls <= PAGES + 1, `${calls} ListUsers calls for ${PAGES} pages`);
      const index = await openDatabase({ dataDir });
      try {
        const [row] = await index.query<{ swept: number; users: number }>(
          `SELECT (SELECT count(*)::int FROM directory_accounts WHERE users_swept_at IS NOT NULL) AS swept,
             (SELECT count(*)::int FROM directory_users) AS users`,
        );
        assert.deepEqual(row, { swept: ACCOUNTS, users: ACCOUNTS * 450 });
      } finally {
        await index.close();
      }
    } finally {
      await stopAll();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  const databaseUrl = process.env.TEST_DATABASE_URL;
  it(
    'when two replicas share one database, then they sweep the directory together without reading any page twice',
    { skip: databaseUrl === undefined && 'TEST_DATABASE_URL is not set' },
    async () => {
      await emulator.control('POST', '/reset');
      await emulator.control('POST', '/seed', { set: 'generated', totalUsers: ACCOUNTS * 450, accounts: ACCOUNTS });
      await withSharedSchema(databaseUrl ?? '', async ({ url, schema, admin }) => {
        try {
          await Promise.all([start({ DATABASE_URL: url }), start({ DATABASE_URL: url })]);
          await waitUntil(async () => {
            const [row] = (
              await admin.query<{ done: boolean }>(
                `SELECT count(*) = ${ACCOUNTS} AND bool_and(users_swept_at IS NOT NULL) AS done FROM ${schema}.directory_accounts`,
              )
            ).rows;
            return row?.done === true;
          }, 30_000);
          const counters = await emulator.control<CountersSnapshot>('GET', '/counters');
          assert.equal(counters.operations.ListUsers?.requests, PAGES, 'every page read once');
          assert.equal(counters.operations.ListAccounts?.requests, 1, 'the list of accounts read once');
          const [shared] = (await admin.query<{ users: number }>(`SELECT count(*)::int AS users FROM ${schema}.directory_users`)).rows;
          assert.equal(shared?.users, ACCOUNTS * 450);
        } finally {
          await stopAll();
        }
      });
    },
  );
});

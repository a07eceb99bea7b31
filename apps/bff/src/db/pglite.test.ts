import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openDatabase } from './database.ts';
import { migrate } from './migrate.ts';

describe('the embedded PGlite database on disk', () => {
  let root: string;
  let dataDir: string;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'chime-pglite-'));
    dataDir = join(root, 'nested', 'data');
    const db = await openDatabase({ dataDir });
    await migrate(db);
    await db.query("INSERT INTO console_users (username, password_hash, role) VALUES ('kept', 'x', 'admin')");
    await db.close();
  });
  after(() => rm(root, { recursive: true, force: true }));

  it('when the data directory does not exist, then it is created with its parents', () => {
    assert.ok(existsSync(join(dataDir, 'PG_VERSION')));
  });

  it('when reopened, then the data is still there and migrations do not run again', async () => {
    const db = await openDatabase({ dataDir });
    try {
      assert.deepEqual(await migrate(db), []);
      assert.deepEqual(await db.query('SELECT username FROM console_users'), [{ username: 'kept' }]);
    } finally {
      await db.close();
    }
  });

  it('when the directory is already open, then a second open is refused until the first closes', async () => {
    const first = await openDatabase({ dataDir });
    try {
      await assert.rejects(openDatabase({ dataDir }), /is in use by another Chime Console process/);
    } finally {
      await first.close();
    }
    const second = await openDatabase({ dataDir });
    await second.close();
  });
});

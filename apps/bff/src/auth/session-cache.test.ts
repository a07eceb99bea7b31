import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { SessionCache } from './session-cache.ts';
import type { ActiveSession } from './sessions.ts';

const TTL_MS = 5_000;
const START = Date.parse('2026-01-01T09:00:00Z');

const sessionOf = (userId: string, overrides: Partial<ActiveSession> = {}): ActiveSession => ({
  userId,
  username: userId,
  role: 'viewer',
  mustChangePassword: false,
  csrfToken: `csrf-${userId}`,
  createdAt: new Date(START),
  expiresAt: new Date(START + 60 * 60_000),
  ...overrides,
});

/** Stands in for the sessions table: what another replica (or this one) changes there. */
function fakeDatabase() {
  const rows = new Map<string, ActiveSession>();
  let reads = 0;
  return {
    rows,
    reads: () => reads,
    load: (token: string) => {
      reads++;
      return Promise.resolve(rows.get(token));
    },
  };
}

describe('session cache', () => {
  let now: number;
  let db: ReturnType<typeof fakeDatabase>;
  let cache: SessionCache;
  beforeEach(() => {
    now = START;
    db = fakeDatabase();
    cache = new SessionCache({ ttlMs: TTL_MS, maxEntries: 3, now: () => now });
  });

  it('when a session is looked up again within the TTL, then the database is not asked again', async () => {
    db.rows.set('t1', sessionOf('u1'));

    const first = await cache.find('t1', db.load);
    now += TTL_MS - 1;
    const second = await cache.find('t1', db.load);

    assert.deepEqual(second, first);
    assert.equal(db.reads(), 1);
  });

  it('when this replica signs a session out, then the next lookup refuses it at once', async () => {
    db.rows.set('t1', sessionOf('u1'));
    await cache.find('t1', db.load);

    db.rows.delete('t1');
    cache.forgetToken('t1');

    assert.equal(await cache.find('t1', db.load), undefined);
  });

  it('when this replica disables a user or changes their role or password, then every session of theirs is read afresh', async () => {
    db.rows.set('t1', sessionOf('u1'));
    db.rows.set('t2', sessionOf('u1'));
    db.rows.set('t3', sessionOf('u2'));
    for (const token of ['t1', 't2', 't3']) await cache.find(token, db.load);

    db.rows.delete('t1');
    db.rows.set('t2', sessionOf('u1', { role: 'admin' }));
    cache.forgetUser('u1');

    assert.equal(await cache.find('t1', db.load), undefined);
    assert.equal((await cache.find('t2', db.load))?.role, 'admin');
    assert.equal(db.reads(), 5, 'the other user’s session stays cached');
    assert.ok(await cache.find('t3', db.load));
    assert.equal(db.reads(), 5);
  });

  it('when another replica signs a session out, then this one refuses it once the TTL has passed', async () => {
    db.rows.set('t1', sessionOf('u1'));
    await cache.find('t1', db.load);

    db.rows.delete('t1');
    now += TTL_MS;

    assert.equal(await cache.find('t1', db.load), undefined);
  });

  it('when a user is changed while their session is being read, then what was read is not kept', async () => {
    db.rows.set('t1', sessionOf('u1'));
    const gate = Promise.withResolvers<undefined>();
    const slowLoad = async (token: string) => {
      const stale = await db.load(token);
      await gate.promise;
      return stale;
    };

    const reading = cache.find('t1', slowLoad);
    db.rows.delete('t1');
    cache.forgetUser('u1');
    gate.resolve(undefined);
    await reading;

    assert.equal(await cache.find('t1', db.load), undefined);
  });

  it('when the session itself has expired, then it is refused even within the TTL', async () => {
    db.rows.set('t1', sessionOf('u1', { expiresAt: new Date(START + 1_000) }));
    await cache.find('t1', db.load);

    db.rows.delete('t1');
    now += 1_000;

    assert.equal(await cache.find('t1', db.load), undefined);
  });

  it('when a token is unknown, then it is not cached and a later session under it would be found', async () => {
    assert.equal(await cache.find('t1', db.load), undefined);

    db.rows.set('t1', sessionOf('u1'));

    assert.ok(await cache.find('t1', db.load));
  });

  it('when the cache is full, then the oldest entry makes room', async () => {
    for (const token of ['t1', 't2', 't3', 't4']) {
      db.rows.set(token, sessionOf(token));
      await cache.find(token, db.load);
    }

    await cache.find('t4', db.load);
    await cache.find('t2', db.load);
    assert.equal(db.reads(), 4);
    await cache.find('t1', db.load);
    assert.equal(db.reads(), 5, 't1 was evicted');
  });
});

import assert from 'node:assert/strict';
import { it } from 'node:test';
import { auditEntrySchema, type AuditEntry } from '@chime-console/contracts';
import type { Database, Queryable } from '../db/database.ts';
import { forEachDatabase } from '../testing/databases.ts';
import { AppError } from '../http/app-error.ts';
import { createCursorCodec } from '../pagination/cursor-codec.ts';
import { listAudit as listAuditWith, recordAudit, streamAudit, type AuditFilters, type NewAuditEntry } from './audit-log.ts';

const cursors = createCursorCodec('audit-log-test-secret-of-some-length');
const listAudit = (db: Queryable, filters: AuditFilters, page: { pageSize: number; cursor?: string | undefined }) =>
  listAuditWith(db, cursors, filters, page);

const entry = (overrides: Partial<NewAuditEntry> = {}): NewAuditEntry => ({
  actor: 'alice',
  role: 'admin',
  action: 'users.suspend',
  accountId: 'acc-1',
  result: 'ok',
  ...overrides,
});

const refusedWith = (code: string) => (error: unknown) => {
  assert.ok(error instanceof AppError, `expected an AppError, got ${String(error)}`);
  assert.equal(error.status, 400);
  assert.equal(error.code, code);
  return true;
};

/** Pages through listAudit until the end, returning every page. */
async function allPages(db: Database, filters: AuditFilters, pageSize: number): Promise<AuditEntry[][]> {
  const pages: AuditEntry[][] = [];
  let cursor: string | undefined;
  do {
    const page = await listAudit(db, filters, { pageSize, cursor });
    pages.push(page.items);
    cursor = page.nextCursor;
  } while (cursor !== undefined && pages.length < 100);
  return pages;
}

const ids = (entries: AuditEntry[]) => entries.map((e) => e.id);
const newestFirst = (entries: AuditEntry[]) => [...entries].sort((x, y) => y.at.localeCompare(x.at) || Number(y.id) - Number(x.id));

forEachDatabase('the audit log', (context) => {
  /** Records an entry and reads it back (the one with the highest id). */
  const record = async (newEntry: NewAuditEntry): Promise<AuditEntry> => {
    await recordAudit(context.db, newEntry);
    const { items } = await listAudit(context.db, {}, { pageSize: 200 });
    const newest = items.reduce<AuditEntry | undefined>(
      (max, item) => (max === undefined || Number(item.id) > Number(max.id) ? item : max),
      undefined,
    );
    assert.ok(newest);
    return newest;
  };

  it('when an entry is recorded, then it reads back in the contract shape, with absent fields left out', async () => {
    const recorded = await record({
      actor: 'bob',
      role: 'helpdesk',
      action: 'users.reset-pin',
      accountId: 'acc-9',
      userId: 'user-9',
      input: { email: 'x@example.com' },
      result: 'error',
      errorCode: 'upstream_throttled',
      upstreamRequestId: 'req-1',
      clientIp: '203.0.113.9',
      at: '2020-05-06T07:08:09.123456Z',
    });
    const minimal = await record({ actor: 'carol', action: 'auth.login', result: 'denied' });

    assert.deepEqual(auditEntrySchema.parse(recorded), recorded);
    assert.equal(recorded.at, '2020-05-06T07:08:09.123Z');
    assert.deepEqual(Object.keys(minimal).sort(), ['action', 'actor', 'at', 'id', 'result']);
    assert.ok(Math.abs(Date.parse(minimal.at) - Date.now()) < 60_000, 'at defaults to now');
    assert.deepEqual((await listAudit(context.db, {}, { pageSize: 10 })).items, [minimal, recorded]);
  });

  it('when anyone tries to UPDATE, DELETE or TRUNCATE the audit log, then the database refuses', async () => {
    const recorded = await record(entry());

    await assert.rejects(context.db.query("UPDATE audit_log SET actor = 'mallory'"), /append-only/);
    await assert.rejects(context.db.query('DELETE FROM audit_log'), /append-only/);
    await assert.rejects(context.db.query('TRUNCATE audit_log'), /append-only/);

    assert.deepEqual((await listAudit(context.db, {}, { pageSize: 10 })).items, [recorded]);
  });

  it('when the input holds a PIN or a password, then the stored entry does not', async () => {
    const recorded = await record(entry({ input: { email: 'a@example.com', PersonalPIN: '1234', body: { password: 'p', pin: '9' } } }));

    assert.deepEqual(recorded.input, { email: 'a@example.com', body: {} });
    const [raw] = await context.db.query<{ input: string }>('SELECT input::text AS input FROM audit_log');
    assert.doesNotMatch(raw?.input ?? '', /1234|password|"9"/);
  });

  it('when filtering by actor, action, account and time, then only matching entries come back, newest first', async () => {
    const at = (minute: number) => `2030-01-01T00:${String(minute).padStart(2, '0')}:00.000Z`;
    const a = await record(entry({ at: at(1) }));
    const b = await record(entry({ at: at(2), actor: 'bob' }));
    const c = await record(entry({ at: at(3), action: 'users.invite' }));
    const d = await record(entry({ at: at(4), accountId: 'acc-2' }));
    const e = await record(entry({ at: at(5) }));
    const list = async (filters: AuditFilters) => ids((await listAudit(context.db, filters, { pageSize: 50 })).items);

    assert.deepEqual(await list({}), ids([e, d, c, b, a]));
    assert.deepEqual(await list({ actor: 'bob' }), ids([b]));
    assert.deepEqual(await list({ action: 'users.invite' }), ids([c]));
    assert.deepEqual(await list({ accountId: 'acc-2' }), ids([d]));
    assert.deepEqual(await list({ from: at(2), to: at(4) }), ids([c, b]), 'from inclusive, to exclusive');
    assert.deepEqual(await list({ actor: 'alice', accountId: 'acc-1', from: at(3) }), ids([e, c]));
  });

  it('when paging with a cursor, then every entry comes exactly once, newest first, ties broken by id', async () => {
    const sameMoment = '2030-01-01T00:00:00.000Z';
    for (let i = 0; i < 4; i++) await record(entry({ at: sameMoment }));
    for (let i = 0; i < 3; i++) await record(entry({ at: `2030-01-0${i + 2}T00:00:00.000Z` }));
    await record(entry({ actor: 'other' }));
    const expected = (await listAudit(context.db, { actor: 'alice' }, { pageSize: 200 })).items;

    const pages = await allPages(context.db, { actor: 'alice' }, 3);

    assert.deepEqual(
      pages.map((page) => page.length),
      [3, 3, 1],
    );
    assert.deepEqual(ids(pages.flat()), ids(expected));
    assert.deepEqual(ids(pages.flat()), ids(newestFirst(pages.flat())));
  });

  it('when the entries fill the last page exactly, then there is no cursor to an empty page', async () => {
    for (let i = 0; i < 4; i++) await record(entry());

    const pages = await allPages(context.db, {}, 2);

    assert.deepEqual(
      pages.map((page) => page.length),
      [2, 2],
    );
  });

  it('when a cursor is reused with other filters, then it is refused with cursor_mismatch', async () => {
    for (let i = 0; i < 3; i++) await record(entry());
    const { nextCursor } = await listAudit(context.db, { actor: 'alice' }, { pageSize: 1 });
    assert.ok(nextCursor);

    await assert.rejects(listAudit(context.db, { actor: 'bob' }, { pageSize: 1, cursor: nextCursor }), refusedWith('cursor_mismatch'));
    await assert.rejects(listAudit(context.db, {}, { pageSize: 1, cursor: nextCursor }), refusedWith('cursor_mismatch'));
    assert.equal((await listAudit(context.db, { actor: 'alice' }, { pageSize: 5, cursor: nextCursor })).items.length, 2);
  });

  it('when a cursor is tampered with, forged or is not one of ours, then it is refused with invalid_cursor', async () => {
    for (let i = 0; i < 3; i++) await record(entry());
    const { nextCursor = '' } = await listAudit(context.db, {}, { pageSize: 1 });
    const [body = '', signature = ''] = nextCursor.split('.');
    const payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as { s: Record<string, unknown> };
    const reencoded = (changes: Record<string, unknown>) =>
      Buffer.from(JSON.stringify({ ...payload, s: { ...payload.s, ...changes } })).toString('base64url');

    for (const cursor of [
      `${nextCursor.slice(0, -3)}!!!`,
      nextCursor.slice(0, 10),
      'bm90IGpzb24',
      `${reencoded({ id: '1' })}.${signature}`,
      reencoded({ id: '1; DROP TABLE audit_log' }),
      `${reencoded({ at: 'yesterday' })}.${signature}`,
      // The unsigned cursor of old: readable JSON anyone could write.
      Buffer.from(JSON.stringify({ at: new Date().toISOString(), id: '1' })).toString('base64url'),
      createCursorCodec('another-secret-of-enough-length').encode(payload.s, {}),
    ]) {
      await assert.rejects(listAudit(context.db, {}, { pageSize: 1, cursor }), refusedWith('invalid_cursor'), cursor);
    }
  });

  it('when streaming, then every matching entry comes once, newest first, reading no more than a batch at a time', async () => {
    await context.db.query(
      `INSERT INTO audit_log (at, actor, action, result)
       SELECT timestamptz '2030-01-01' + (n % 300) * interval '1 second', 'alice', 'users.suspend', 'ok' FROM generate_series(1, 1203) AS n`,
    );
    await record(entry({ actor: 'bob' }));
    const counted = countingRows(context.db);

    const streamed: AuditEntry[] = [];
    for await (const item of streamAudit(counted.db, { actor: 'alice' }, 500)) streamed.push(item);

    assert.equal(streamed.length, 1203);
    assert.equal(new Set(ids(streamed)).size, 1203);
    assert.deepEqual(ids(streamed), ids(newestFirst(streamed)));
    assert.deepEqual(counted.batches, [500, 500, 203]);
  });
});

/** Wraps a database to record how many rows each query returned. */
function countingRows(db: Queryable): { db: Queryable; batches: number[] } {
  const batches: number[] = [];
  return {
    batches,
    db: {
      exec: (sql) => db.exec(sql),
      async query<T>(sql: string, params?: readonly unknown[]) {
        const rows = await db.query<T>(sql, params);
        batches.push(rows.length);
        return rows;
      },
    },
  };
}

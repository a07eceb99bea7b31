import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Account, AuditEntry, Problem, User } from '@chime-console/contracts';
import { startTestBff, type ApiClient, type TestBff } from '../testing/test-bff.ts';

interface AuditPage {
  items: AuditEntry[];
  nextCursor?: string;
}

const CONSOLE_USER_PASSWORD = 'audit-never-sees-this-1';
const CSV_HEADER = 'at,actor,role,action,accountId,accountName,userId,userName,result,errorCode,upstreamRequestId,clientIp,input';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const LOOPBACK = /^(::ffff:)?127\.0\.0\.1$|^::1$/;

describe('the audit log', () => {
  let bff: TestBff;
  let admin: ApiClient;
  let acme: string;
  let created: Account;
  let resetPin: string;
  /** Everything in the log once the actions below ran, newest first. */
  let all: AuditEntry[];
  const page = async (query: string) => {
    const response = await admin.call('GET', `/api/audit?${query}`);
    assert.equal(response.status, 200, response.text);
    return response.json<AuditPage>();
  };
  const actions = (entries: AuditEntry[]) => entries.map((e) => `${e.actor}:${e.action}:${e.result}`);
  const only = (action: string) => {
    const matching = all.filter((e) => e.action === action);
    assert.equal(matching.length, 1, `one ${action} entry`);
    return matching[0] as AuditEntry;
  };

  before(async () => {
    bff = await startTestBff();
    admin = bff.as('admin');
    acme = (await admin.call('GET', '/api/accounts?namePrefix=Acme')).json<{ items: Account[] }>().items[0]?.id ?? '';
    const user = (await admin.call('GET', `/api/accounts/${acme}/users?registrationStatus=Registered&pageSize=1`)).json<{
      items: User[];
    }>().items[0];
    assert.ok(user);

    // Oldest first: what an admin, a helpdesk person and a viewer did, one refused and one failed upstream.
    created = (await admin.call('POST', '/api/accounts', { body: { name: 'Audit Trail Co' } })).json<Account>();
    assert.equal((await admin.call('PATCH', `/api/accounts/${created.id}`, { body: { name: 'Audit Trail Ltd' } })).status, 200);
    resetPin = (await bff.as('helpdesk').call('POST', `/api/accounts/${acme}/users/${user.id}/reset-pin`)).json<{ pin: string }>().pin;
    assert.equal((await bff.as('viewer').call('POST', '/api/accounts', { body: { name: 'Not Allowed Inc' } })).status, 403);
    assert.equal((await admin.call('DELETE', `/api/accounts/${acme}`)).status, 422);
    const consoleUser = { username: 'audited.person', password: CONSOLE_USER_PASSWORD, role: 'viewer' };
    assert.equal((await admin.call('POST', '/api/console-users', { body: consoleUser })).status, 201);
    all = (await page('pageSize=200')).items;
  });
  after(() => bff.close());

  it('when the actions ran, then each is in the log, newest first, and reads are not', () => {
    assert.deepEqual(actions(all), [
      'admin:createConsoleUser:ok',
      'admin:deleteAccount:error',
      'viewer:createAccount:denied',
      'helpdesk:resetPin:ok',
      'admin:updateAccount:ok',
      'admin:createAccount:ok',
    ]);
  });

  it('when an admin filters by actor, then only that person’s entries come back', async () => {
    assert.deepEqual(actions((await page('actor=helpdesk')).items), ['helpdesk:resetPin:ok']);
    assert.deepEqual(actions((await page('actor=viewer')).items), ['viewer:createAccount:denied']);
    assert.deepEqual(actions((await page('actor=admin')).items), actions(all.filter((e) => e.actor === 'admin')));
    assert.deepEqual((await page('actor=nobody')).items, []);
  });

  it('when an admin filters by action, then only that action comes back, whoever did it', async () => {
    assert.deepEqual(actions((await page('action=createAccount')).items), ['viewer:createAccount:denied', 'admin:createAccount:ok']);
  });

  it('when an admin filters by account, then only entries about that account come back', async () => {
    assert.deepEqual(actions((await page(`accountId=${acme}`)).items), ['admin:deleteAccount:error', 'helpdesk:resetPin:ok']);
    // The creation names the account it created, so the account's history starts with it.
    assert.deepEqual(actions((await page(`accountId=${created.id}`)).items), ['admin:updateAccount:ok', 'admin:createAccount:ok']);
  });

  it('when an admin filters by time, then from is inclusive and to exclusive', async () => {
    const from = only('resetPin').at;
    const to = only('createConsoleUser').at;
    const expected = all.filter((e) => e.at >= from && e.at < to);
    assert.ok(expected.some((e) => e.action === 'resetPin'));
    assert.ok(!expected.some((e) => e.action === 'createConsoleUser' || e.action === 'updateAccount'));

    const between = await page(`from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`);

    assert.deepEqual(between.items, expected);
    const combined = await page(`from=${encodeURIComponent(from)}&actor=admin`);
    assert.deepEqual(
      combined.items,
      all.filter((e) => e.at >= from && e.actor === 'admin'),
    );
  });

  it('when an admin pages with a small page size, then every entry comes exactly once, in order', async () => {
    for (const filter of ['', 'actor=admin&']) {
      const seen: AuditEntry[] = [];
      let cursor: string | undefined;
      let pages = 0;
      do {
        const next = await page(`${filter}pageSize=2${cursor === undefined ? '' : `&cursor=${encodeURIComponent(cursor)}`}`);
        assert.ok(next.items.length <= 2);
        seen.push(...next.items);
        cursor = next.nextCursor;
        pages++;
        assert.ok(pages <= all.length, 'paging ends');
      } while (cursor !== undefined);

      assert.equal(new Set(seen.map((e) => e.id)).size, seen.length, 'no duplicates');
      assert.deepEqual(seen, filter === '' ? all : all.filter((e) => e.actor === 'admin'));
      assert.ok(pages >= 2);
    }
  });

  it('when the page size is outside 1–200 or a time is not ISO-8601, then 400 names the field', async () => {
    for (const [query, field] of [
      ['pageSize=0', 'pageSize'],
      ['pageSize=201', 'pageSize'],
      ['pageSize=1.5', 'pageSize'],
      ['from=yesterday', 'from'],
      ['to=2026-13-01T00:00:00Z', 'to'],
    ]) {
      const response = await admin.call('GET', `/api/audit?${query}`);
      assert.equal(response.status, 400, query);
      assert.deepEqual(
        response.json<Problem>().fields?.map((f) => f.field),
        [field],
        query,
      );
    }
  });

  it('when a cursor is reused with other filters, then 400 cursor_mismatch', async () => {
    const { nextCursor } = await page('actor=admin&pageSize=1');
    assert.ok(nextCursor);

    for (const other of ['actor=helpdesk', '', `accountId=${acme}`, 'actor=admin&action=createAccount']) {
      const response = await admin.call('GET', `/api/audit?${other}&pageSize=1&cursor=${encodeURIComponent(nextCursor)}`);
      assert.equal(response.status, 400, other);
      assert.equal(response.json<Problem>().code, 'cursor_mismatch', other);
    }
  });

  it('when an admin exports CSV, then it has a header and one row per entry, and no PIN or password anywhere', async () => {
    const response = await admin.call('GET', '/api/audit.csv');

    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(response.headers.get('content-disposition') ?? '', /^attachment; filename="?audit-log\.csv"?$/);
    const [header, ...rows] = response.text.trimEnd().split(/\r?\n/);
    assert.equal(header, CSV_HEADER);
    assert.deepEqual(
      rows.map((row) => row.split(',', 4).join(',')),
      all.map((e) => [e.at, e.actor, e.role ?? '', e.action].join(',')),
    );
    for (const text of [response.text, JSON.stringify(all)]) {
      assert.ok(!text.includes(resetPin), 'the reset PIN');
      assert.ok(!text.includes(CONSOLE_USER_PASSWORD), 'the console user password');
      assert.doesNotMatch(text, /"(personal)?pin"|password"/i);
    }
    const filtered = await admin.call('GET', '/api/audit.csv?actor=helpdesk');
    assert.equal(filtered.text.trimEnd().split(/\r?\n/).length, 2);
  });

  it('when an action went to Chime, then its entry carries client IP, role, result and the upstream request ID', () => {
    for (const action of ['createAccount', 'updateAccount', 'resetPin']) {
      const entry = all.find((e) => e.action === action && e.result === 'ok');
      assert.ok(entry, action);
      assert.match(entry.clientIp ?? '', LOOPBACK, action);
      assert.match(entry.upstreamRequestId ?? '', UUID, action);
      assert.equal(entry.role, action === 'resetPin' ? 'helpdesk' : 'admin');
    }
    assert.deepEqual(only('updateAccount').input, { name: 'Audit Trail Ltd' });
    const denied = all.find((e) => e.result === 'denied');
    assert.deepEqual([denied?.role, denied?.errorCode, denied?.upstreamRequestId], ['viewer', 'forbidden', undefined]);
  });

  it('when a Chime action fails, then the entry has result error, the error code and the upstream request ID', () => {
    const entry = only('deleteAccount');

    assert.deepEqual(
      [entry.result, entry.errorCode, entry.accountId, entry.actor, entry.role],
      ['error', 'unprocessable', acme, 'admin', 'admin'],
    );
    assert.match(entry.upstreamRequestId ?? '', UUID);
    assert.match(entry.clientIp ?? '', LOOPBACK);
  });
});

import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import pino from 'pino';
import { endpoints, type Account, type EndpointId } from '@chime-console/contracts';
import { endpointInputFor, urlOf } from '../testing/contract-arbitraries.ts';
import { startTestBff, TEST_PASSWORD, type TestBff } from '../testing/test-bff.ts';

const STATE_CHANGING = new Set(['post', 'patch', 'delete']);
const AUDITED = (Object.keys(endpoints) as EndpointId[]).filter(
  (id) => STATE_CHANGING.has(endpoints[id].method) && endpoints[id].access !== 'public',
);

/** Log lines the BFF writes, kept to read back. */
function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'warn' }, sink), lines };
}

describe('every state change leaves exactly one audit entry', () => {
  let bff: TestBff;
  const log = capturedLogger();
  const lastId = async () =>
    (await bff.server.services.db.query<{ id: string }>('SELECT coalesce(max(id), 0)::text AS id FROM audit_log'))[0]?.id ?? '0';
  const entriesSince = async (id: string, action: string) =>
    (
      await bff.server.services.db.query<{ count: number }>('SELECT count(*)::int AS count FROM audit_log WHERE id > $1 AND action = $2', [
        id,
        action,
      ])
    )[0]?.count;
  /** Makes the next `times` audit inserts fail, as a database mid-failover would. */
  const failAuditWrites = async (times: number) => {
    const { db } = bff.server.services;
    await db.query(`DROP TRIGGER IF EXISTS audit_log_fail_next ON audit_log`);
    await db.query(`DROP SEQUENCE IF EXISTS audit_fail_count`);
    // A sequence, unlike a table, keeps counting when the failing insert rolls back.
    await db.query(`CREATE SEQUENCE audit_fail_count`);
    await db.query(`CREATE OR REPLACE FUNCTION audit_log_fail_next() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF nextval('audit_fail_count') <= ${times} THEN RAISE EXCEPTION 'injected audit failure'; END IF;
        RETURN NEW;
      END $$`);
    await db.query(`CREATE TRIGGER audit_log_fail_next BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_fail_next()`);
  };

  before(async () => {
    bff = await startTestBff({ logger: log.logger });
  });
  after(() => bff.close());

  it('when any state-changing endpoint gets any schema-valid input, then whatever Chime answers, one entry names it', async () => {
    assert.ok(AUDITED.length >= 20, `${AUDITED.length} audited endpoints`);
    const missed: string[] = [];
    for (const id of AUDITED) {
      const inputs = [
        ...fc.sample(endpointInputFor(id, { optionals: 'always' }), { numRuns: 1, seed: 11 }),
        ...fc.sample(endpointInputFor(id, { optionals: 'sometimes' }), { numRuns: 3, seed: 12 }),
      ];
      for (const input of inputs) {
        // Signing out (or changing a password) ends the session that made the call: each call gets its own.
        const admin = await bff.signIn('admin', TEST_PASSWORD);
        const before = await lastId();
        const response = await admin.call(endpoints[id].method.toUpperCase(), urlOf(id, input), {
          ...(input.body !== undefined && { body: input.body }),
        });
        const entries = await entriesSince(before, id);
        if (response.status >= 500 || (response.status !== 400 && entries !== 1)) {
          missed.push(
            `${id} ${JSON.stringify(input).slice(0, 160)}: ${response.status}, ${entries} entries: ${response.text.slice(0, 160)}`,
          );
        }
      }
    }
    assert.deepEqual(missed, []);
  });

  it('when the audit write fails twice after Chime made the change, then the answer is the change and one entry is written', async () => {
    await failAuditWrites(2);
    const before = await lastId();

    const admin = await bff.signIn('admin', TEST_PASSWORD);
    const response = await admin.call('POST', '/api/accounts', { body: { name: 'Audited Despite Failures' } });

    assert.equal(response.status, 201, response.text);
    assert.equal(await entriesSince(before, 'createAccount'), 1);
    assert.ok(log.lines.some((line) => line.msg === 'audit write failed; retrying'));
    const retries = await bff.server.services.metrics.registry.getSingleMetric('chime_console_audit_write_retries_total')?.get();
    assert.equal(retries?.values[0]?.value, 2, 'operators see the retries');
  });

  it('when every audit write attempt fails, then the answer is still the change, and the whole entry is in the log', async () => {
    const admin = await bff.signIn('admin', TEST_PASSWORD);
    await failAuditWrites(100);

    const response = await admin.call('POST', '/api/accounts', { body: { name: 'Logged When Unauditable' } });
    await failAuditWrites(0);

    assert.equal(response.status, 201, response.text);
    const created = response.json<Account>();
    const lost = log.lines.find((line) => line.auditEntryLost === true);
    assert.equal(lost?.level, 50, 'logged at error level');
    const entry = lost.auditEntry as { accountId?: string; action?: string };
    assert.deepEqual([entry.action, entry.accountId], ['createAccount', created.id]);
  });
});

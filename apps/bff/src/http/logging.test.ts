import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { pino } from 'pino';
import type { Account, User } from '@chime-console/contracts';
import { startTestBff, TEST_PASSWORD, type TestBff } from '../testing/test-bff.ts';
import { REDACT } from './logging.ts';

describe('logs', () => {
  let bff: TestBff;
  const lines: string[] = [];
  before(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString().trim().split('\n'));
        done();
      },
    });
    bff = await startTestBff({ logger: pino({ level: 'debug', redact: { paths: REDACT, censor: '[redacted]' } }, sink) });
  });
  after(() => bff.close());

  it('are JSON with a request ID per request, and never hold a password, cookie or PIN', async () => {
    const { items } = (await bff.as('viewer').call('GET', '/api/accounts?namePrefix=Acme')).json<{ items: Account[] }>();
    const accountId = items[0]?.id ?? '';
    const [user] = (await bff.as('viewer').call('GET', `/api/accounts/${accountId}/users?pageSize=1`)).json<{ items: User[] }>().items;
    const { pin } = (await bff.as('helpdesk').call('POST', `/api/accounts/${accountId}/users/${user?.id ?? ''}/reset-pin`)).json<{
      pin: string;
    }>();
    await fetch(`${bff.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'viewer', password: 'wrong-password-x' }),
    });

    const entries = lines.map((line) => JSON.parse(line) as { req?: { id?: string } });
    const requests = entries.filter((entry) => entry.req?.id !== undefined);
    assert.ok(requests.length >= 4);
    const all = lines.join('\n');
    for (const secret of [pin, TEST_PASSWORD, 'wrong-password-x', 'chime_console_session='])
      assert.ok(!all.includes(secret), `logs contain ${secret}`);
  });

  it('when a request succeeds, then exactly one line logs it at info; health probes log at debug', async () => {
    const linesFor = (id: string) =>
      lines.map((line) => JSON.parse(line) as { level: number; req?: { id?: string } }).filter((entry) => entry.req?.id === id);
    const accounts = await bff.as('viewer').call('GET', '/api/accounts', { headers: { 'x-request-id': 'accounts-request-1' } });
    const health = await fetch(`${bff.url}/healthz`, { headers: { 'x-request-id': 'health-request-1' } });
    const ready = await fetch(`${bff.url}/readyz`, { headers: { 'x-request-id': 'ready-request-1' } });
    assert.deepEqual([accounts.status, health.status, ready.status], [200, 200, 200]);

    assert.deepEqual(
      linesFor('accounts-request-1').map((entry) => entry.level),
      [30],
    );
    assert.deepEqual(
      [...linesFor('health-request-1'), ...linesFor('ready-request-1')].map((entry) => entry.level),
      [20, 20],
    );
  });
});

describe('log redaction', () => {
  it('when a PIN, password or secret key sits anywhere up to five levels deep, then the line holds [redacted] instead', () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(chunk.toString());
        done();
      },
    });
    const logger = pino({ redact: { paths: REDACT, censor: '[redacted]' } }, sink);

    logger.info(
      {
        pin: '1111',
        user: { PersonalPIN: '2222' },
        err: { $response: { body: { User: { PersonalPIN: '3333' } } } },
        output: { Users: [{ PersonalPIN: '4444' }], nested: { deeper: { items: [{ pin: '5555' }] } } },
        body: { currentPassword: 'current-secret-pw', newPassword: 'new-secret-pw' },
        config: { credentials: { secretAccessKey: 'aws-secret-key' } },
      },
      'a line with secrets everywhere',
    );

    const [line = ''] = lines;
    for (const secret of ['1111', '2222', '3333', '4444', '5555', 'current-secret-pw', 'new-secret-pw', 'aws-secret-key']) {
      assert.ok(!line.includes(secret), `the log line holds ${secret}`);
    }
    assert.equal(line.match(/\[redacted\]/g)?.length, 8);
  });
});

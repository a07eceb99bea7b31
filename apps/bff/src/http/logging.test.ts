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
});

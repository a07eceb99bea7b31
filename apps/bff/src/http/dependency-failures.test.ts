import assert from 'node:assert/strict';
import { createServer, type Server, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Problem } from '@chime-console/contracts';
import { ownPostgresMissing, startOwnPostgres, type OwnPostgres } from '../testing/own-postgres.ts';
import { startTestBff, type TestBff } from '../testing/test-bff.ts';

interface Readiness {
  database: string;
  chime: string;
}

describe('when the console’s PostgreSQL stops under a running BFF', { skip: ownPostgresMissing() }, () => {
  let postgres: OwnPostgres | undefined;
  let bff: TestBff | undefined;
  before(async () => {
    postgres = await startOwnPostgres();
    bff = await startTestBff({ env: { DATABASE_URL: postgres.url } });
  });
  after(async () => {
    // Started again (if a failed test left it stopped) so the BFF can drop its schema and close.
    await postgres?.start().catch(() => undefined);
    await bff?.close();
    await postgres?.remove();
  });

  it('then an API call answers 503 database_unavailable with Retry-After, /readyz names the database, and calls work again once it is back', async () => {
    const running = bff as TestBff;
    const url = running.url;
    const readAudit = () => running.as('admin').call('GET', '/api/audit');
    assert.equal((await readAudit()).status, 200);

    await postgres?.stop();
    const response = await readAudit();
    const ready = await fetch(`${url}/readyz`);

    assert.equal(response.status, 503, response.text);
    const problem = response.json<Problem>();
    assert.deepEqual([problem.code, problem.retryable], ['database_unavailable', true]);
    assert.match(problem.detail, /database is unavailable/);
    assert.ok(Number(response.headers.get('retry-after')) >= 1, 'a Retry-After in seconds');
    assert.equal(ready.status, 503);
    const readiness = (await ready.json()) as Readiness;
    assert.match(readiness.database, /^unavailable/);
    assert.equal(readiness.chime, 'ok');

    await postgres?.start();
    assert.equal((await readAudit()).status, 200);
    assert.equal((await fetch(`${url}/readyz`)).status, 200);
  });
});

describe('when Chime accepts connections but never answers', () => {
  const BUDGET_MS = 1_500;
  let frozen: Server;
  const sockets = new Set<Socket>();
  let bff: TestBff;
  before(async () => {
    frozen = createServer((socket) => {
      sockets.add(socket);
    });
    const port = await new Promise<number>((resolve) =>
      frozen.listen(0, '127.0.0.1', () => {
        resolve((frozen.address() as { port: number }).port);
      }),
    );
    bff = await startTestBff({
      chimeEndpoint: `http://127.0.0.1:${port}`,
      env: { CHIME_REQUEST_BUDGET_MS: String(BUDGET_MS), CHIME_CONNECT_TIMEOUT_MS: '500' },
    });
  });
  after(async () => {
    await bff.close();
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => frozen.close(resolve));
  });

  it('then an interactive call answers 504 upstream_timeout, retryable, once its budget is spent rather than after 30 s', async () => {
    const started = performance.now();
    const response = await bff.as('viewer').call('GET', '/api/accounts');
    const elapsedMs = performance.now() - started;

    assert.equal(response.status, 504, response.text);
    const problem = response.json<Problem>();
    assert.deepEqual([problem.code, problem.retryable], ['upstream_timeout', true]);
    assert.match(problem.detail, /Chime did not answer within 1\.5 seconds/);
    assert.ok(elapsedMs >= BUDGET_MS - 50, `answered after ${Math.round(elapsedMs)} ms, before the budget ran out`);
    assert.ok(elapsedMs < BUDGET_MS + 1_500, `answered after ${Math.round(elapsedMs)} ms`);
  });

  it('then /readyz says Chime is unreachable within the budget too', async () => {
    const started = performance.now();
    const ready = await fetch(`${bff.url}/readyz`);
    const elapsedMs = performance.now() - started;

    assert.equal(ready.status, 503);
    const readiness = (await ready.json()) as Readiness;
    assert.equal(readiness.database, 'ok');
    assert.match(readiness.chime, /^unreachable: Chime did not answer/);
    assert.ok(elapsedMs < BUDGET_MS + 1_500, `answered after ${Math.round(elapsedMs)} ms`);
  });
});

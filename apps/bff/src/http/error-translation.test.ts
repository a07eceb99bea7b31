import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import type { Problem } from '@chime-console/contracts';
import { startTestBff, type TestBff } from '../testing/test-bff.ts';

describe('upstream errors as the browser sees them', () => {
  let bff: TestBff;
  before(async () => {
    bff = await startTestBff();
  });
  after(() => bff.close());

  const listAccounts = () => bff.as('viewer').call('GET', '/api/accounts');

  it('when Chime answers 503, then 503 upstream_unavailable, retryable; clearing the fault restores service', async () => {
    await bff.emulator.control('PUT', '/faults', { errorRate: 1, statuses: [503] });
    const response = await listAccounts();
    assert.equal(response.status, 503);
    assert.equal(response.headers.get('content-type'), 'application/problem+json; charset=utf-8');
    const problem = response.json<Problem>();
    assert.deepEqual([problem.code, problem.retryable], ['upstream_unavailable', true]);
    assert.ok(problem.requestId);
    await bff.emulator.control('DELETE', '/faults');
    assert.equal((await listAccounts()).status, 200);
  });

  it('when Chime answers 500, then 502 upstream_failure, retryable', async () => {
    await bff.emulator.control('PUT', '/faults', { errorRate: 1, statuses: [500] });
    const response = await listAccounts();
    await bff.emulator.control('DELETE', '/faults');
    assert.equal(response.status, 502);
    assert.deepEqual([response.json<Problem>().code, response.json<Problem>().retryable], ['upstream_failure', true]);
  });

  it('when Chime fails twice then answers, then the SDK retries and the browser sees success', async () => {
    await bff.emulator.control('PUT', '/faults', { errorRate: 1, statuses: [503], times: 2 });
    assert.equal((await listAccounts()).status, 200);
  });

  it('when Chime keeps throttling, then 429 upstream_throttled with Retry-After', async () => {
    await bff.emulator.control('PUT', '/throttle', { operations: { ListAccounts: { rate: 0.001, burst: 1 } } });
    await listAccounts();
    const response = await listAccounts();
    await bff.emulator.control('PUT', '/throttle', {});
    assert.equal(response.status, 429);
    assert.equal(response.json<Problem>().code, 'upstream_throttled');
    assert.ok(Number(response.headers.get('retry-after')) >= 1);
  });

  it('when Chime says not found, then 404 naming what is missing', async () => {
    const response = await bff.as('viewer').call('GET', '/api/accounts/no-such-account');
    assert.equal(response.status, 404);
    assert.match(response.json<Problem>().detail, /no-such-account/);
  });
});

describe('when the console’s AWS credentials are rejected', () => {
  let bff: TestBff;
  before(async () => {
    bff = await startTestBff({ awsSecretAccessKey: 'not-the-secret' });
  });
  after(() => bff.close());

  it('then the browser gets 502 for an operator, never 401, and stays signed in', async () => {
    const response = await bff.as('viewer').call('GET', '/api/accounts');
    assert.equal(response.status, 502);
    const problem = response.json<Problem>();
    assert.equal(problem.code, 'upstream_credentials_rejected');
    assert.match(problem.detail, /operator/);
    assert.equal((await bff.as('viewer').call('GET', '/api/auth/me')).status, 200);
  });
});

describe('when Chime cannot be reached', () => {
  let bff: TestBff;
  before(async () => {
    const closed = createServer();
    const port = await new Promise<number>((resolve) =>
      closed.listen(0, '127.0.0.1', () => {
        resolve((closed.address() as { port: number }).port);
      }),
    );
    await new Promise((resolve) => closed.close(resolve));
    bff = await startTestBff({ chimeEndpoint: `http://127.0.0.1:${port}` });
  });
  after(() => bff.close());

  it('then 503 upstream_unreachable, retryable, and /readyz says Chime is unreachable', async () => {
    const response = await bff.as('viewer').call('GET', '/api/accounts');
    assert.equal(response.status, 503);
    assert.equal(response.json<Problem>().code, 'upstream_unreachable');
    const ready = await fetch(`${bff.url}/readyz`);
    assert.equal(ready.status, 503);
    assert.match(((await ready.json()) as { chime: string }).chime, /unreachable/);
  });
});

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Job } from '@chime-console/contracts';
import { createTeamAccount, emails, waitForJob } from '../testing/job-helpers.ts';
import { startTestBff, type TestBff } from '../testing/test-bff.ts';

const TOKEN = 'metrics-token-of-at-least-32-characters';

/** The value of one series, or undefined when it is not exposed. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (match?.[1] !== name) continue;
    const present = (match[2] ?? '').split(',');
    if (wanted.every((label) => present.includes(label))) return Number(match[3]);
  }
  return undefined;
}

describe('GET /metrics', () => {
  let bff: TestBff;
  const scrape = (authorization?: string) => fetch(`${bff.url}/metrics`, { headers: authorization === undefined ? {} : { authorization } });
  before(async () => {
    bff = await startTestBff({ env: { METRICS_TOKEN: TOKEN } });
  });
  after(() => bff.close());

  it('when scraped without the token or with another, then 401 and no metrics', async () => {
    for (const authorization of [undefined, 'Bearer not-the-token', `Basic ${TOKEN}`]) {
      const response = await scrape(authorization);
      assert.equal(response.status, 401, `with ${authorization ?? 'no authorization'}`);
      assert.match(response.headers.get('www-authenticate') ?? '', /^Bearer/);
      assert.doesNotMatch(await response.text(), /chime_console_/);
    }
  });

  it('when scraped with the token after a few calls, then API requests, Chime calls and 429s are counted per endpoint, status and operation', async () => {
    const viewer = bff.as('viewer');
    assert.equal((await viewer.call('GET', '/api/accounts')).status, 200);
    await bff.emulator.control('PUT', '/throttle', { operations: { GetAccount: { rate: 0.001, burst: 1 } } });
    assert.equal((await viewer.call('GET', '/api/accounts/no-such-account')).status, 404);
    assert.equal((await viewer.call('GET', '/api/accounts/no-such-account')).status, 429);
    await bff.emulator.control('PUT', '/throttle', {});

    const response = await scrape(`Bearer ${TOKEN}`);

    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    const series = (name: string, labels?: Record<string, string>) => sample(text, name, labels) ?? 0;
    assert.equal(series('chime_console_http_requests_total', { endpoint: 'listAccounts', status: '200' }), 1);
    assert.equal(series('chime_console_http_requests_total', { endpoint: 'getAccount', status: '404', code: 'not_found' }), 1);
    assert.equal(series('chime_console_http_requests_total', { endpoint: 'getAccount', status: '429', code: 'upstream_throttled' }), 1);
    assert.equal(series('chime_console_http_request_duration_seconds_count', { endpoint: 'listAccounts', status: '200' }), 1);
    assert.equal(series('chime_console_chime_calls_total', { caller: 'interactive', operation: 'ListAccounts', outcome: 'ok' }), 1);
    assert.equal(series('chime_console_chime_calls_total', { caller: 'interactive', operation: 'GetAccount', outcome: 'not_found' }), 1);
    assert.equal(series('chime_console_chime_call_duration_seconds_count', { caller: 'interactive', operation: 'ListAccounts' }), 1);
    // The SDK retried the throttled call twice: each of Chime's 429s is counted.
    assert.equal(series('chime_console_chime_throttled_total', { caller: 'interactive', operation: 'GetAccount' }), 3);
    for (const name of [
      'chime_console_job_items_total',
      'chime_console_reconciliations_total',
      'chime_console_audit_write_retries_total',
      'chime_console_database_errors_total',
    ]) {
      assert.match(text, new RegExp(`^# TYPE ${name} counter$`, 'm'), `${name} is exposed`);
    }
  });

  it('when probes, scrapes and unknown API paths are served, then only API calls are counted, each by an endpoint of the registry', async () => {
    await fetch(`${bff.url}/healthz`);
    await scrape(`Bearer ${TOKEN}`);
    assert.equal((await bff.as('viewer').call('GET', '/api/no/such/thing/12345')).status, 404);

    const text = await (await scrape(`Bearer ${TOKEN}`)).text();

    const labelled = [...text.matchAll(/^chime_console_http_requests_total\{[^}]*endpoint="([^"]+)"/gm)].map((match) => match[1]);
    assert.deepEqual([...new Set(labelled)].sort(), ['getAccount', 'listAccounts', 'login', 'unknown']);
    assert.equal(sample(text, 'chime_console_http_requests_total', { endpoint: 'unknown', status: '404', code: 'route_not_found' }), 1);
  });

  it('when a job runs, then its items are counted by kind and outcome', async () => {
    const admin = bff.as('admin');
    const account = await createTeamAccount(admin, 'Metrics Onboarding');
    const created = await admin.call('POST', `/api/accounts/${account.id}/jobs`, {
      body: { kind: 'invite', emails: emails(3, 'metrics.example') },
    });
    assert.equal(created.status, 201, created.text);
    const done = await waitForJob(admin, created.json<Job>().id, 20_000);

    const text = await (await scrape(`Bearer ${TOKEN}`)).text();

    assert.equal(done.counts.ok, 3);
    assert.equal(sample(text, 'chime_console_job_items_total', { kind: 'invite', outcome: 'ok' }), 3);
  });
});

describe('GET /metrics without METRICS_TOKEN', () => {
  let bff: TestBff;
  before(async () => {
    bff = await startTestBff({ seed: 'empty' });
  });
  after(() => bff.close());

  it('then it is not served at all, even to a signed-in admin', async () => {
    const response = await bff.as('admin').call('GET', '/metrics');
    assert.equal(response.status, 404);
    assert.doesNotMatch(response.text, /chime_console_/);
  });
});

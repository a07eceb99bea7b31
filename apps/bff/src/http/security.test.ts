import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { endpoints, type Problem } from '@chime-console/contracts';
import { startTestBff, TEST_PASSWORD, type TestBff } from '../testing/test-bff.ts';

describe('security and protocol hygiene', () => {
  let bff: TestBff;
  before(async () => {
    bff = await startTestBff();
  });
  after(() => bff.close());

  it('when a state-changing request lacks the CSRF token, then 403 csrf_failed and nothing changes', async () => {
    const response = await bff.as('admin').call('POST', '/api/accounts', { body: { name: 'Forged' }, csrf: false });
    assert.equal(response.status, 403);
    assert.equal(response.json<Problem>().code, 'csrf_failed');
    const { items } = (await bff.as('viewer').call('GET', '/api/accounts?namePrefix=Forged')).json<{ items: unknown[] }>();
    assert.equal(items.length, 0);
    const audit = (await bff.as('admin').call('GET', '/api/audit?action=createAccount')).json<{
      items: { result: string; errorCode?: string }[];
    }>();
    assert.deepEqual(
      audit.items.map((entry) => [entry.result, entry.errorCode]),
      [['denied', 'csrf_failed']],
    );
  });

  it('when the CSRF token is wrong, whether of the right length or not, then 403 csrf_failed', async () => {
    const admin = bff.as('admin');
    const token = admin.csrfToken ?? '';
    const sameLength = `${token.startsWith('A') ? 'B' : 'A'}${token.slice(1)}`;
    for (const wrong of [sameLength, token.slice(1), `${token}x`, 'é'.repeat(token.length)]) {
      const response = await admin.call('POST', '/api/accounts', {
        body: { name: 'Forged Again' },
        csrf: false,
        headers: { 'x-csrf-token': wrong },
      });
      assert.equal(response.status, 403, wrong);
      assert.equal(response.json<Problem>().code, 'csrf_failed', wrong);
    }
  });

  it('sets an HttpOnly, SameSite=Lax session cookie (not Secure over plain HTTP)', async () => {
    const response = await fetch(`${bff.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'viewer', password: TEST_PASSWORD }),
    });
    const [cookie = ''] = response.headers.getSetCookie();
    assert.match(cookie, /HttpOnly/);
    assert.match(cookie, /SameSite=Lax/);
    assert.doesNotMatch(cookie, /Secure/);
  });

  it('when the API answers, then the answer is marked no-store and carries no ETag', async () => {
    const response = await bff.as('viewer').call('GET', '/api/accounts');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.equal(response.headers.get('etag'), null);
  });

  it('sends a strict Content-Security-Policy and the other security headers', async () => {
    const response = await fetch(`${bff.url}/healthz`);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'self'/);
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('x-powered-by'), null);
    assert.ok(response.headers.get('x-request-id'));
  });

  it('answers malformed, oversized and non-JSON bodies with clear 4xx problems, never a 500', async () => {
    const admin = bff.as('admin');
    const post = (body: string, type = 'application/json') =>
      fetch(`${bff.url}/api/accounts`, {
        method: 'POST',
        headers: { 'content-type': type, 'x-csrf-token': admin.csrfToken ?? '', cookie: '' },
        body,
      });
    const malformed = await admin.call('POST', '/api/accounts', { body: undefined, headers: { 'content-type': 'application/json' } });
    assert.ok(malformed.status < 500);
    const raw = await fetch(`${bff.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username":',
    });
    assert.equal(raw.status, 400);
    assert.equal(((await raw.json()) as Problem).code, 'malformed_json');
    const big = await fetch(`${bff.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'x'.repeat(100_000), password: 'y' }),
    });
    assert.equal(big.status, 413);
    const text = await post('name=x', 'text/plain');
    assert.equal(text.status, 415);
  });

  it('when a browser marks a state-changing call as cross-site, or its Origin is another site, then 403 cross_origin and nothing changes', async () => {
    const admin = bff.as('admin');
    const forged: Record<string, string>[] = [
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: 'https://evil.example' },
      { origin: 'null' },
      { origin: bff.url.replace('127.0.0.1', 'localhost') },
    ];
    for (const headers of forged) {
      const response = await admin.call('POST', '/api/accounts', { body: { name: 'Cross Site' }, headers });
      assert.equal(response.status, 403, JSON.stringify(headers));
      assert.equal(response.json<Problem>().code, 'cross_origin', JSON.stringify(headers));
    }
    const signIn = await bff.anonymous.call('POST', '/api/auth/login', {
      body: { username: 'admin', password: TEST_PASSWORD },
      headers: { origin: 'https://evil.example' },
    });
    assert.equal(signIn.status, 403, 'a forged sign-in too');
    const { items } = (await admin.call('GET', '/api/accounts?namePrefix=Cross')).json<{ items: unknown[] }>();
    assert.equal(items.length, 0);
  });

  it('when a call comes from the console itself (same-origin, its own Origin) or from a script without either header, then it is served', async () => {
    const admin = bff.as('admin');
    for (const [name, headers] of [
      ['Same Origin One', { 'sec-fetch-site': 'same-origin', origin: bff.url }],
      ['Same Origin Two', { origin: bff.url }],
      // A browser behind a proxy that rewrites Host still says same-origin; that is what counts.
      ['Same Origin Three', { 'sec-fetch-site': 'same-origin', origin: 'https://console.example' }],
      ['Script', {}],
    ] as const) {
      const response = await admin.call('POST', '/api/accounts', { body: { name: name }, headers });
      assert.equal(response.status, 201, `${name}: ${response.text}`);
    }
    const read = await admin.call('GET', '/api/accounts?pageSize=1', { headers: { 'sec-fetch-site': 'cross-site' } });
    assert.equal(read.status, 200, 'reads are not state changes; CORS keeps their answers from other sites');
  });

  it('when a JSON body is declared in a charset other than UTF-8, then 415, and a parser error is no-store like every API answer', async () => {
    for (const charset of ['utf-7', 'utf-16le', 'latin1']) {
      const response = await fetch(`${bff.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': `application/json; charset=${charset}` },
        body: JSON.stringify({ username: 'admin', password: TEST_PASSWORD }),
      });
      assert.equal(response.status, 415, charset);
      assert.equal(response.headers.get('cache-control'), 'no-store', charset);
    }
    for (const charset of ['utf-8', 'UTF-8', '"utf-8"']) {
      const response = await fetch(`${bff.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': `application/json; charset=${charset}` },
        body: JSON.stringify({ username: 'viewer', password: TEST_PASSWORD }),
      });
      assert.equal(response.status, 200, charset);
    }
    const malformed = await fetch(`${bff.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username":',
    });
    assert.equal(malformed.status, 400);
    assert.equal(malformed.headers.get('cache-control'), 'no-store');
    const tooLarge = await fetch(`${bff.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'x'.repeat(100_000) }),
    });
    assert.equal(tooLarge.status, 413);
    assert.equal(tooLarge.headers.get('cache-control'), 'no-store');
  });

  it('answers an unknown API route with a JSON 404 problem', async () => {
    const response = await bff.as('viewer').call('GET', '/api/nothing-here');
    assert.equal(response.status, 404);
    assert.equal(response.json<Problem>().code, 'route_not_found');
  });

  it('reports health and readiness', async () => {
    assert.equal((await fetch(`${bff.url}/healthz`)).status, 200);
    const ready = await fetch(`${bff.url}/readyz`);
    assert.equal(ready.status, 200);
    assert.deepEqual(await ready.json(), { database: 'ok', chime: 'ok' });
  });

  it('serves an OpenAPI 3.1 document with every endpoint of the contract', async () => {
    const document = (await (await fetch(`${bff.url}/api/openapi.json`)).json()) as {
      openapi: string;
      paths: Record<string, Record<string, { operationId: string }>>;
    };
    assert.equal(document.openapi, '3.1.0');
    const operations = Object.values(document.paths).flatMap((methods) => Object.values(methods).map((operation) => operation.operationId));
    assert.deepEqual(operations.sort(), Object.keys(endpoints).sort());
  });
});

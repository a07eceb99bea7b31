import assert from 'node:assert/strict';
import { createHash, createHmac } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { test } from 'node:test';
import { SignatureV4 } from '@smithy/signature-v4';
import { UnauthorizedClientException } from './errors.ts';
import { canonicalQuery, canonicalUri, verifySigV4, type SignedRequest } from './sigv4.ts';
import { NodeSha256, strictEncode } from '../testing/sign-request.ts';

const PORT = 4566;
const HOST = `127.0.0.1:${PORT}`;
const NOW = new Date('2024-05-01T12:00:00Z');
const ACCESS_KEY_ID = 'AKIDEXAMPLE';
const SECRET = 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY';
const SECRETS: ReadonlyMap<string, string> = new Map([[ACCESS_KEY_ID, SECRET]]);
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const MINUTE_MS = 60_000;

interface SdkRequest {
  method: string;
  /** Already percent-encoded, as the SDK serialiser hands it to the signer. */
  path: string;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: string;
  accessKeyId?: string;
  secret?: string;
  region?: string;
  service?: string;
  signingDate?: Date;
}

async function sdkSigned(request: SdkRequest): Promise<SignedRequest> {
  const query = request.query ?? {};
  const body = request.body ?? '';
  const signer = new SignatureV4({
    credentials: { accessKeyId: request.accessKeyId ?? ACCESS_KEY_ID, secretAccessKey: request.secret ?? SECRET },
    region: request.region ?? 'us-east-1',
    service: request.service ?? 'chime',
    sha256: NodeSha256,
  });
  const signed = await signer.sign(
    {
      method: request.method,
      protocol: 'http:',
      hostname: '127.0.0.1',
      port: PORT,
      path: request.path,
      query,
      headers: { host: HOST, ...request.headers },
      body: body === '' ? undefined : body,
    },
    { signingDate: request.signingDate ?? NOW },
  );
  const queryString = Object.entries(query)
    .map(([key, value]) => `${strictEncode(key)}=${strictEncode(value)}`)
    .join('&');
  return {
    method: request.method,
    rawUrl: queryString === '' ? request.path : `${request.path}?${queryString}`,
    headers: lowercaseHeaders(signed.headers),
    body: Buffer.from(body),
  };
}

function lowercaseHeaders(headers: Record<string, string>): IncomingHttpHeaders {
  const out: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  return out;
}

interface HandBuilt {
  method: string;
  rawUrl: string;
  headers: Record<string, string>;
  signedHeaders: string;
  /** Written out literally in the test so it is independent of the verifier's canonicalisation. */
  canonicalRequest: string;
  amzDate: string;
  scopeDate?: string;
  body?: string;
}

/** Reference SigV4 signing straight from the AWS documentation, as botocore (awscli) does it. */
function handSigned(request: HandBuilt): SignedRequest {
  const scopeDate = request.scopeDate ?? request.amzDate.slice(0, 8);
  const scope = `${scopeDate}/us-east-1/chime/aws4_request`;
  const stringToSign = [
    'AWS4-HMAC-SHA256',
    request.amzDate,
    scope,
    createHash('sha256').update(request.canonicalRequest).digest('hex'),
  ].join('\n');
  let key: Buffer = Buffer.from(`AWS4${SECRET}`);
  for (const part of [scopeDate, 'us-east-1', 'chime', 'aws4_request']) {
    key = createHmac('sha256', key).update(part).digest();
  }
  const signature = createHmac('sha256', key).update(stringToSign).digest('hex');
  return {
    method: request.method,
    rawUrl: request.rawUrl,
    headers: {
      ...request.headers,
      authorization: `AWS4-HMAC-SHA256 Credential=${ACCESS_KEY_ID}/${scope}, SignedHeaders=${request.signedHeaders}, Signature=${signature}`,
    },
    body: Buffer.from(request.body ?? ''),
  };
}

function verify(req: SignedRequest, now: Date = NOW): ReturnType<typeof verifySigV4> {
  return verifySigV4(req, SECRETS, now);
}

function assertRejected(req: SignedRequest, message: RegExp, now: Date = NOW): void {
  assert.throws(() => verify(req, now), UnauthorizedClientException);
  assert.throws(() => verify(req, now), { message });
}

const listUsers: SdkRequest = {
  method: 'GET',
  path: '/accounts/acc-1/users',
  query: { 'user-email': 'a@example.com', 'max-results': '5', 'next-token': 'ab+c/d==' },
};

const updateAccount: SdkRequest = {
  method: 'POST',
  path: '/accounts/acc-1',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ Name: 'Example Corp', DefaultLicense: 'Pro' }),
};

// verifySigV4 with requests signed by @smithy/signature-v4

await test('accepts a GET with a strictly encoded query and returns the caller', async () => {
  const req = await sdkSigned(listUsers);
  assert.equal(req.rawUrl, '/accounts/acc-1/users?user-email=a%40example.com&max-results=5&next-token=ab%2Bc%2Fd%3D%3D');
  assert.deepEqual(verify(req), { accessKeyId: ACCESS_KEY_ID, region: 'us-east-1' });
});

await test('accepts a POST with a JSON body', async () => {
  const req = await sdkSigned(updateAccount);
  assert.ok(req.headers['x-amz-content-sha256'], 'smithy signs the payload hash header');
  assert.deepEqual(verify(req), { accessKeyId: ACCESS_KEY_ID, region: 'us-east-1' });
});

await test('accepts an account id label containing a space and a slash (double-encoded path)', async () => {
  const req = await sdkSigned({ method: 'GET', path: `/accounts/${encodeURIComponent('a b/c')}` });
  assert.equal(req.rawUrl, '/accounts/a%20b%2Fc');
  assert.equal(verify(req).accessKeyId, ACCESS_KEY_ID);
});

await test('accepts dot segments, empty segments and a trailing slash', async () => {
  const req = await sdkSigned({ method: 'GET', path: '/accounts//x/./y/../acc-1/users/' });
  assert.equal(verify(req).accessKeyId, ACCESS_KEY_ID);
});

await test('accepts any region and returns it', async () => {
  const req = await sdkSigned({ ...listUsers, region: 'eu-west-1' });
  assert.deepEqual(verify(req), { accessKeyId: ACCESS_KEY_ID, region: 'eu-west-1' });
});

await test('rejects UNSIGNED-PAYLOAD, with or without a body: no Chime operation leaves its payload unsigned', async () => {
  for (const request of [updateAccount, listUsers]) {
    const req = await sdkSigned({ ...request, headers: { ...request.headers, 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' } });
    assertRejected(req, /UNSIGNED-PAYLOAD/);
  }
});

await test('accepts a request 14 minutes old', async () => {
  const req = await sdkSigned({ ...listUsers, signingDate: new Date(NOW.getTime() - 14 * MINUTE_MS) });
  assert.equal(verify(req).accessKeyId, ACCESS_KEY_ID);
});

await test('trims and collapses whitespace in signed header values', async () => {
  const req = await sdkSigned({ ...listUsers, headers: { 'x-custom': '  a   b\tc  ' } });
  assert.equal(verify(req).accessKeyId, ACCESS_KEY_ID);
});

await test('rejects a signature made with the wrong secret', async () => {
  const req = await sdkSigned({ ...listUsers, secret: 'not-the-secret' });
  assertRejected(req, /signature we calculated does not match/);
});

await test('rejects a signature cut short, or as long but with a character outside ASCII, as a mismatch', async () => {
  const req = await sdkSigned(listUsers);
  const authorization = req.headers.authorization ?? '';
  const withSignature = (change: (signature: string) => string) => ({
    ...req,
    headers: { ...req.headers, authorization: authorization.replace(/(?<=Signature=)\w+/, change) },
  });
  assertRejected(
    withSignature((signature) => signature.slice(0, -1)),
    /signature we calculated does not match/,
  );
  assertRejected(
    withSignature((signature) => `${signature.slice(0, -1)}é`),
    /signature we calculated does not match/,
  );
});

await test('rejects an unknown access key id', async () => {
  const req = await sdkSigned({ ...listUsers, accessKeyId: 'AKIDUNKNOWN' });
  assertRejected(req, /AKIDUNKNOWN.*not recognised/);
});

await test('rejects a credential scoped to another service', async () => {
  const req = await sdkSigned({ ...listUsers, service: 's3' });
  assertRejected(req, /scoped to correct service: 'chime'/);
});

await test('rejects an x-amz-date 16 minutes old', async () => {
  const req = await sdkSigned({ ...listUsers, signingDate: new Date(NOW.getTime() - 16 * MINUTE_MS) });
  assertRejected(req, /clock skew/);
});

await test('rejects an x-amz-date 16 minutes in the future', async () => {
  const req = await sdkSigned({ ...listUsers, signingDate: new Date(NOW.getTime() + 16 * MINUTE_MS) });
  assertRejected(req, /clock skew/);
});

await test('rejects a tampered body against the declared payload hash', async () => {
  const req = await sdkSigned(updateAccount);
  assertRejected({ ...req, body: Buffer.from(JSON.stringify({ Name: 'Evil Corp' })) }, /x-amz-content-sha256/);
});

await test('rejects a tampered body when no payload hash header was sent', async () => {
  const req = await sdkSigned(updateAccount);
  const headers = { ...req.headers };
  delete headers['x-amz-content-sha256'];
  const authorization = (headers.authorization ?? '').replace(';x-amz-content-sha256', '');
  assertRejected({ ...req, headers: { ...headers, authorization }, body: Buffer.from('{}') }, /signature we calculated does not match/);
});

await test('rejects a tampered query', async () => {
  const req = await sdkSigned(listUsers);
  assertRejected({ ...req, rawUrl: req.rawUrl.replace('max-results=5', 'max-results=6') }, /does not match/);
});

await test('rejects a tampered path', async () => {
  const req = await sdkSigned(listUsers);
  assertRejected({ ...req, rawUrl: req.rawUrl.replace('acc-1', 'acc-2') }, /does not match/);
});

await test('rejects a request without an Authorization header', async () => {
  const req = await sdkSigned(listUsers);
  const headers = { ...req.headers };
  delete headers.authorization;
  assertRejected({ ...req, headers }, /^Missing Authentication Token$/);
});

await test('rejects a malformed Authorization header', async () => {
  const req = await sdkSigned(listUsers);
  assertRejected({ ...req, headers: { ...req.headers, authorization: 'Bearer abc' } }, /Missing Authentication Token/);
  const noSignature = (req.headers.authorization ?? '').replace(/, Signature=.*/, '');
  assertRejected({ ...req, headers: { ...req.headers, authorization: noSignature } }, /Missing Authentication Token/);
});

// verifySigV4 with hand-built awscli-style requests

const amzDate = '20240501T120000Z';
const awscliListUsers = {
  method: 'GET',
  rawUrl: '/accounts/acc-1/users?user-email=a%40example.com&max-results=5',
  headers: { host: HOST, 'x-amz-date': amzDate, 'user-agent': 'aws-cli/2.9.0' },
  signedHeaders: 'host;x-amz-date',
  canonicalRequest: [
    'GET',
    '/accounts/acc-1/users',
    'max-results=5&user-email=a%40example.com',
    `host:${HOST}`,
    `x-amz-date:${amzDate}`,
    '',
    'host;x-amz-date',
    EMPTY_SHA256,
  ].join('\n'),
  amzDate,
};

await test('accepts SignedHeaders=host;x-amz-date with no x-amz-content-sha256', () => {
  assert.deepEqual(verify(handSigned(awscliListUsers)), { accessKeyId: ACCESS_KEY_ID, region: 'us-east-1' });
});

await test('falls back to the Date header when there is no x-amz-date', () => {
  const date = 'Wed, 01 May 2024 12:00:00 GMT';
  const req = handSigned({
    ...awscliListUsers,
    headers: { host: HOST, date },
    signedHeaders: 'date;host',
    canonicalRequest: [
      'GET',
      '/accounts/acc-1/users',
      'max-results=5&user-email=a%40example.com',
      `date:${date}`,
      `host:${HOST}`,
      '',
      'date;host',
      EMPTY_SHA256,
    ].join('\n'),
  });
  assert.equal(verify(req).accessKeyId, ACCESS_KEY_ID);
});

await test('rejects a scope date that differs from x-amz-date', () => {
  assertRejected(handSigned({ ...awscliListUsers, scopeDate: '20240430' }), /Credential scope does not match/);
});

await test('rejects a request that does not sign host', () => {
  const req = handSigned({
    ...awscliListUsers,
    signedHeaders: 'x-amz-date',
    canonicalRequest: awscliListUsers.canonicalRequest.replace(`host:${HOST}\n`, '').replace('host;', ''),
  });
  assertRejected(req, /'Host' must be a 'SignedHeader'/);
});

await test('rejects a request with no date at all', () => {
  const req = handSigned(awscliListUsers);
  const headers = { ...req.headers };
  delete headers['x-amz-date'];
  assertRejected({ ...req, headers }, /X-Amz-Date' or a 'Date' header/);
});

// canonicalisation

await test('double-encodes the already percent-encoded path per segment', () => {
  assert.equal(canonicalUri('/accounts/a%20b%2Fc'), '/accounts/a%2520b%252Fc');
  assert.equal(canonicalUri("/x/it's(*)!"), '/x/it%27s%28%2A%29%21');
  assert.equal(canonicalUri('/a/./b/../c//d/'), '/a/c/d/');
  assert.equal(canonicalUri('/..'), '/');
  assert.equal(canonicalUri('/'), '/');
});

await test('decodes, strictly re-encodes and sorts the query, keeping + literal', () => {
  assert.equal(canonicalQuery('b=2&a=x+y&a=%41&flag&c=a@b%20c'), 'a=A&a=x%2By&b=2&c=a%40b%20c&flag=');
  assert.equal(canonicalQuery(''), '');
});

await test('leaves an already canonical path or single pair as it is, and still normalises near misses', () => {
  assert.equal(canonicalUri('/accounts/a1.b_c~d-e/users'), '/accounts/a1.b_c~d-e/users');
  assert.equal(canonicalUri('/accounts/.x/users/'), '/accounts/.x/users/');
  assert.equal(canonicalUri('/accounts/./users'), '/accounts/users');
  assert.equal(canonicalQuery('max-results=100'), 'max-results=100');
  assert.equal(canonicalQuery('next-token=a%2Fb'), 'next-token=a%2Fb');
  assert.equal(canonicalQuery('next-token=a+b'), 'next-token=a%2Bb');
});

await test('rejects malformed percent-encoding in the query', () => {
  assert.throws(() => canonicalQuery('a=%zz'), UnauthorizedClientException);
});

import { createHmac } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { equalInConstantTime } from './constant-time.ts';
import { UnauthorizedClientException } from './errors.ts';
import { signingKeyCache } from './perf/signing-keys.ts';
import { isCanonicalPath, isCanonicalQuery, isCollapsed, isUnreserved, rememberLast, sha256Hex } from './perf/sigv4-shortcuts.ts';

export interface SignedRequest {
  method: string;
  /** path + query exactly as received on the wire (req.url), still percent-encoded */
  rawUrl: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface VerifiedCaller {
  accessKeyId: string;
  region: string;
}

interface ParsedAuthorization {
  accessKeyId: string;
  /** `yyyymmdd/region/service/aws4_request` */
  scope: string;
  date: string;
  region: string;
  service: string;
  /** Lowercased, `;`-separated, exactly as listed by the client. */
  signedHeaders: string;
  signature: string;
}

interface RequestTime {
  /** ISO 8601 basic format, `yyyymmddThhmmssZ`, as it goes into the string to sign. */
  amzDate: string;
  epochMs: number;
}

const ALGORITHM = 'AWS4-HMAC-SHA256';
const AUTHORIZATION_PREFIX = `${ALGORITHM} `;
const SERVICE = 'chime';
const TERMINATOR = 'aws4_request';
const MAX_CLOCK_SKEW_MS = 15 * 60 * 1000;
const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';
const SEMICOLON = 0x3b;

const AMZ_DATE_PATTERN = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;
const SCOPE_DATE_PATTERN = /^\d{8}$/;
const RFC3986_RESERVED_BY_AWS = /[!'()*]/g;
const WHITESPACE_RUN = /\s+/g;

const MISSING_TOKEN = 'Missing Authentication Token';
const MALFORMED_AUTHORIZATION = `${MISSING_TOKEN}: the Authorization header must look like '${ALGORITHM} Credential=<access key id>/<yyyymmdd>/<region>/${SERVICE}/${TERMINATOR}, SignedHeaders=<a;b;c>, Signature=<hex>'.`;
const UNSIGNED_PAYLOAD_REFUSED = `The 'x-amz-content-sha256' header may not be '${UNSIGNED_PAYLOAD}': sign the hex SHA-256 of the request payload.`;
const SIGNATURE_MISMATCH =
  'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.';

// Both remember answers across requests (see perf/): a signing key per secret, day and region, and
// the last x-amz-date read.
const signingKey = signingKeyCache(deriveSigningKey);
const parseAmzDate = rememberLast(parseAmzDateExactly);

/** Verifies a header-signed SigV4 request for service `chime` in any region; throws UnauthorizedClientException saying what failed. */
export function verifySigV4(req: SignedRequest, secretsByAccessKeyId: ReadonlyMap<string, string>, now: Date): VerifiedCaller {
  const auth = parseAuthorization(req.headers.authorization);
  if (auth.service !== SERVICE) {
    throw new UnauthorizedClientException(`Credential should be scoped to correct service: '${SERVICE}'.`);
  }
  const time = requestTime(req.headers);
  checkScopeDate(auth.date, time.amzDate);
  checkClockSkew(time, now);
  if (!listsHost(auth.signedHeaders)) {
    throw new UnauthorizedClientException(`'Host' must be a 'SignedHeader' in the AWS Authorization.`);
  }
  const secret = secretsByAccessKeyId.get(auth.accessKeyId);
  if (secret === undefined) {
    throw new UnauthorizedClientException(
      `The security token included in the request is invalid: access key ID '${auth.accessKeyId}' is not recognised.`,
    );
  }

  const canonical = canonicalRequest(req, auth.signedHeaders, payloadHash(req));
  const stringToSign = `${ALGORITHM}\n${time.amzDate}\n${auth.scope}\n${sha256Hex(canonical)}`;
  const expected = signingKey(secret, auth.date, auth.region).hex(stringToSign);
  if (!equalInConstantTime(expected, auth.signature)) throw new UnauthorizedClientException(SIGNATURE_MISMATCH);
  return { accessKeyId: auth.accessKeyId, region: auth.region };
}

function parseAuthorization(header: string | undefined): ParsedAuthorization {
  if (header === undefined || header === '') throw new UnauthorizedClientException(MISSING_TOKEN);
  if (!header.startsWith(AUTHORIZATION_PREFIX)) throw new UnauthorizedClientException(MALFORMED_AUTHORIZATION);

  let credential: string | undefined;
  let signedHeaders: string | undefined;
  let signature: string | undefined;
  // `name=value` items separated by commas, each possibly padded with spaces.
  for (let start = AUTHORIZATION_PREFIX.length; start < header.length;) {
    const comma = header.indexOf(',', start);
    const end = comma < 0 ? header.length : comma;
    const eq = header.indexOf('=', start);
    if (eq >= 0 && eq < end) {
      const value = header.slice(eq + 1, end).trimEnd();
      switch (header.slice(start, eq).trimStart()) {
        case 'Credential':
          credential = value;
          break;
        case 'SignedHeaders':
          signedHeaders = value.toLowerCase();
          break;
        case 'Signature':
          signature = value;
          break;
      }
    }
    start = end + 1;
  }
  if (credential === undefined || signedHeaders === undefined || signature === undefined) {
    throw new UnauthorizedClientException(MALFORMED_AUTHORIZATION);
  }
  const { accessKeyId, scope, date, region, service } = parseCredential(credential);
  return { accessKeyId, scope, date, region, service, signedHeaders, signature };
}

function parseCredential(credential: string): Omit<ParsedAuthorization, 'signedHeaders' | 'signature'> {
  const first = credential.indexOf('/');
  const second = credential.indexOf('/', first + 1);
  const third = credential.indexOf('/', second + 1);
  const fourth = credential.indexOf('/', third + 1);
  const accessKeyId = credential.slice(0, first);
  const date = credential.slice(first + 1, second);
  const region = credential.slice(second + 1, third);
  if (
    first <= 0 ||
    second < 0 ||
    third < 0 ||
    fourth < 0 ||
    !SCOPE_DATE_PATTERN.test(date) ||
    region === '' ||
    credential.slice(fourth + 1) !== TERMINATOR
  ) {
    throw new UnauthorizedClientException(
      `Credential '${credential}' is malformed; expecting '<access key id>/<yyyymmdd>/<region>/${SERVICE}/${TERMINATOR}'.`,
    );
  }
  return { accessKeyId, scope: credential.slice(first + 1), date, region, service: credential.slice(third + 1, fourth) };
}

/** `x-amz-date` wins; a bare `Date` header is the documented fallback and may be an HTTP date. */
function requestTime(headers: IncomingHttpHeaders): RequestTime {
  const amzDate = headers['x-amz-date'];
  if (amzDate !== undefined) {
    const value = typeof amzDate === 'string' ? amzDate : amzDate.join(',');
    const epochMs = parseAmzDate(value);
    if (epochMs === undefined) {
      throw new UnauthorizedClientException(`X-Amz-Date '${value}' must be in the ISO 8601 basic format 'yyyyMMddTHHmmssZ'.`);
    }
    return { amzDate: value, epochMs };
  }
  const date = headers.date;
  if (date === undefined) {
    throw new UnauthorizedClientException(`Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.`);
  }
  const basic = parseAmzDate(date);
  if (basic !== undefined) return { amzDate: date, epochMs: basic };
  const epochMs = Date.parse(date);
  if (Number.isNaN(epochMs)) throw new UnauthorizedClientException(`Date header '${date}' is not a valid date.`);
  return { amzDate: formatAmzDate(epochMs), epochMs };
}

function parseAmzDateExactly(value: string): number | undefined {
  const match = AMZ_DATE_PATTERN.exec(value);
  if (match === null) return undefined;
  const [, year, month, day, hour, minute, second] = match.map(Number);
  if (year === undefined || month === undefined) return undefined;
  const epochMs = Date.UTC(year, month - 1, day, hour, minute, second);
  // Date.UTC rolls 20240230 over to March; a real timestamp must round-trip.
  return formatAmzDate(epochMs) === value ? epochMs : undefined;
}

function formatAmzDate(epochMs: number): string {
  const iso = new Date(epochMs).toISOString(); // yyyy-mm-ddThh:mm:ss.sssZ
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

function checkScopeDate(scopeDate: string, amzDate: string): void {
  if (!amzDate.startsWith(scopeDate)) {
    throw new UnauthorizedClientException(
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scopeDate}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`,
    );
  }
}

function checkClockSkew(time: RequestTime, now: Date): void {
  const skewMs = now.getTime() - time.epochMs;
  if (skewMs > MAX_CLOCK_SKEW_MS || skewMs < -MAX_CLOCK_SKEW_MS) {
    throw new UnauthorizedClientException(
      `Signature expired or not yet current: request time ${time.amzDate} is more than 15 minutes from server time ${formatAmzDate(now.getTime())}. Check for clock skew.`,
    );
  }
}

function payloadHash(req: SignedRequest): string {
  const declared = req.headers['x-amz-content-sha256'];
  // S3 lets a signature leave the body out; Chime does not, and taking it would serve a body
  // changed after signing.
  if (declared === UNSIGNED_PAYLOAD) throw new UnauthorizedClientException(UNSIGNED_PAYLOAD_REFUSED);
  const computed = sha256Hex(req.body);
  if (declared !== undefined && declared !== computed) {
    throw new UnauthorizedClientException(`The provided 'x-amz-content-sha256' header does not match what was computed.`);
  }
  return computed;
}

function canonicalRequest(req: SignedRequest, signedHeaders: string, hashedPayload: string): string {
  const queryStart = req.rawUrl.indexOf('?');
  const path = queryStart < 0 ? req.rawUrl : req.rawUrl.slice(0, queryStart);
  const query = queryStart < 0 ? '' : req.rawUrl.slice(queryStart + 1);
  return `${req.method}\n${canonicalUri(path)}\n${canonicalQuery(query)}\n${canonicalHeaders(req.headers, signedHeaders)}\n${signedHeaders}\n${hashedPayload}`;
}

/**
 * Non-S3 services sign the normalised path encoded a second time: the client signs the path it
 * already percent-encoded for the wire, so `%20` in the URL is `%2520` in the canonical request.
 */
export function canonicalUri(rawPath: string): string {
  if (rawPath === '' || rawPath === '/') return '/';
  if (isCanonicalPath(rawPath)) return rawPath;
  const segments: string[] = [];
  for (const segment of rawPath.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    else segments.push(escapeRfc3986(segment));
  }
  const leading = rawPath.startsWith('/') ? '/' : '';
  const trailing = segments.length > 0 && rawPath.endsWith('/') ? '/' : '';
  return `${leading}${segments.join('/')}${trailing}`;
}

/** Decodes then strictly re-encodes each key and value, so any client's wire encoding signs the same. */
export function canonicalQuery(rawQuery: string): string {
  if (rawQuery === '') return '';
  if (isCanonicalQuery(rawQuery)) return rawQuery;
  const pairs: [string, string][] = [];
  for (const part of rawQuery.split('&')) {
    if (part === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) pairs.push([reencode(part), '']);
    else pairs.push([reencode(part.slice(0, eq)), reencode(part.slice(eq + 1))]);
  }
  if (pairs.length > 1) pairs.sort(comparePairs);
  let out = '';
  for (const [key, value] of pairs) out += out === '' ? `${key}=${value}` : `&${key}=${value}`;
  return out;
}

function comparePairs(a: [string, string], b: [string, string]): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  if (a[1] !== b[1]) return a[1] < b[1] ? -1 : 1;
  return 0;
}

/** `+` stays a literal plus: SigV4 clients never form-encode spaces in the query. */
function reencode(component: string): string {
  if (isUnreserved(component)) return component;
  let decoded: string;
  try {
    decoded = decodeURIComponent(component);
  } catch {
    throw new UnauthorizedClientException(`Query string component '${component}' has malformed percent-encoding.`);
  }
  return escapeRfc3986(decoded);
}

function escapeRfc3986(value: string): string {
  if (isUnreserved(value)) return value;
  return encodeURIComponent(value).replace(RFC3986_RESERVED_BY_AWS, hexEscape);
}

function hexEscape(char: string): string {
  return `%${char.charCodeAt(0).toString(16).toUpperCase()}`;
}

function canonicalHeaders(headers: IncomingHttpHeaders, signedHeaders: string): string {
  let out = '';
  for (let start = 0; start <= signedHeaders.length;) {
    const semicolon = signedHeaders.indexOf(';', start);
    const end = semicolon < 0 ? signedHeaders.length : semicolon;
    const name = signedHeaders.slice(start, end);
    out += `${name}:${canonicalHeaderValue(headers[name])}\n`;
    start = end + 1;
  }
  return out;
}

function listsHost(signedHeaders: string): boolean {
  for (let at = signedHeaders.indexOf('host'); at >= 0; at = signedHeaders.indexOf('host', at + 1)) {
    const before = at === 0 || signedHeaders.charCodeAt(at - 1) === SEMICOLON;
    const after = at + 4 === signedHeaders.length || signedHeaders.charCodeAt(at + 4) === SEMICOLON;
    if (before && after) return true;
  }
  return false;
}

function canonicalHeaderValue(value: string | string[] | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return collapseWhitespace(value);
  return value.map(collapseWhitespace).join(',');
}

function collapseWhitespace(value: string): string {
  return isCollapsed(value) ? value : value.trim().replace(WHITESPACE_RUN, ' ');
}

/** SigV4's signing key: the secret chained through HMACs of the scope's date, region and service. */
function deriveSigningKey(secret: string, date: string, region: string): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secret}`, date), region), SERVICE), TERMINATOR);
}

function hmac(key: string | Buffer, data: string): Buffer {
  return createHmac('sha256', key).update(data).digest();
}

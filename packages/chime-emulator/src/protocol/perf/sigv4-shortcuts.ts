import { hash } from 'node:crypto';

/*
 * Shortcuts for the SigV4 verifier: each answers, for the common input, what the general algorithm
 * in sigv4.ts would work out, without running it. What they buy together: the signed ListUsers
 * request (a plain path, one plain query pair, no body, tidy headers) is canonicalised without
 * splitting, decoding, re-encoding or sorting, and verified in 3.6–3.9 µs instead of 6.8–9.4 µs;
 * the emulator's CPU per request without them rose by 5% and 22% in two runs, within the noise of
 * that measurement (see README.md here).
 */

/** Non-empty unreserved segments, none of them `.` or `..`, no trailing slash. */
const PLAIN_PATH = /^(?:\/[A-Za-z0-9\-_~][A-Za-z0-9\-_.~]*)+$/;
/** One `key=value` pair of unreserved characters. */
const PLAIN_PAIR = /^[A-Za-z0-9\-_.~]+=[A-Za-z0-9\-_.~]*$/;
const UNRESERVED_ONLY = /^[A-Za-z0-9\-_.~]*$/;
/** Anything `trim` plus collapsing whitespace runs would change. */
const UNCOLLAPSED = /^\s|\s$|\s\s|[^\S ]/;
const EMPTY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

/** A raw path that is its own canonical URI. */
export function isCanonicalPath(rawPath: string): boolean {
  return PLAIN_PATH.test(rawPath);
}

/** A raw query that is its own canonical query string. */
export function isCanonicalQuery(rawQuery: string): boolean {
  return PLAIN_PAIR.test(rawQuery);
}

/** Text that decoding and RFC 3986 encoding leave as it is. */
export function isUnreserved(text: string): boolean {
  return UNRESERVED_ONLY.test(text);
}

/** A header value with no whitespace to trim or collapse. */
export function isCollapsed(value: string): boolean {
  return !UNCOLLAPSED.test(value);
}

/** SHA-256 as lowercase hex; most requests have no body, and its hash is known. */
export function sha256Hex(data: string | Buffer): string {
  return data.length === 0 ? EMPTY_SHA256 : hash('sha256', data, 'hex');
}

/** `compute` with its last answer remembered: requests arriving in the same second share their x-amz-date. */
export function rememberLast<T>(compute: (value: string) => T): (value: string) => T {
  let last: { value: string; answer: T } | undefined;
  return (value) => {
    if (last?.value !== value) last = { value, answer: compute(value) };
    return last.answer;
  };
}

import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether a secret a caller sent (a CSRF token, a bearer token, a cursor's signature) is ours, in
 * time that says nothing of where they differ or how long ours is. Both are hashed first, so the
 * comparison is always of 32 bytes, whatever was sent: text of any length or encoding.
 */
export function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

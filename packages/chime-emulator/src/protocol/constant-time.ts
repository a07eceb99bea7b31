import { timingSafeEqual } from 'node:crypto';

/**
 * Compares a value the emulator computed with one a caller sent, in time that says nothing about
 * where they differ. Their UTF-8 byte lengths are compared first: timingSafeEqual throws on
 * unequal lengths, and two strings of one length can differ in bytes.
 */
export function equalInConstantTime(expected: string, provided: string): boolean {
  const expectedBytes = Buffer.from(expected);
  const providedBytes = Buffer.from(provided);
  return providedBytes.length === expectedBytes.length && timingSafeEqual(expectedBytes, providedBytes);
}

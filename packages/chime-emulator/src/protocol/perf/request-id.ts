import { randomUUID } from 'node:crypto';

/**
 * Request IDs in AWS's UUID form, unique per process: a random prefix and a counter. What it buys:
 * little; an ID took 0.05 µs against 0.12–0.13 µs for randomUUID, and the emulator's CPU per
 * request did not change measurably without it (see README.md here).
 */
export function requestIdSource(): () => string {
  const prefix = randomUUID().slice(0, 24);
  let next = 0;
  return () => prefix + (next++).toString(16).padStart(12, '0');
}

import { randomUUID } from 'node:crypto';

/**
 * Request IDs in AWS's UUID form, unique per process: a random prefix and a counter. A random
 * UUID per request cost more than anything else the emulator does before routing.
 */
export function requestIdSource(): () => string {
  const prefix = randomUUID().slice(0, 24);
  let next = 0;
  return () => prefix + (next++).toString(16).padStart(12, '0');
}

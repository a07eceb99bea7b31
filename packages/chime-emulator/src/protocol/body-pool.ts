/**
 * Reused response buffers. Allocating a fresh 40 KB buffer for every ListUsers page made garbage
 * collection, not encoding, the emulator's main cost under load; a buffer returns here once its
 * response has been handed to the socket, and is then safe to overwrite.
 */
const MIN_SIZE = 64 * 1024;
const MAX_FREE = 64;
const free: Buffer[] = [];

export function takeBodyBuffer(size: number): Buffer {
  const buffer = free.pop();
  if (buffer && buffer.length >= size) return buffer;
  return Buffer.allocUnsafeSlow(Math.max(MIN_SIZE, 2 ** Math.ceil(Math.log2(size))));
}

export function giveBodyBuffer(buffer: Buffer): void {
  if (free.length < MAX_FREE) free.push(buffer);
}

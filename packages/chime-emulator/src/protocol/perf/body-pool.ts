import type { ServerResponse } from 'node:http';

/**
 * Reused response buffers. What it buys: allocating a fresh 40 KB buffer for every ListUsers page
 * made garbage collection, not encoding, the emulator's main cost under load; a buffer returns
 * here once its response has been handed to the socket, and is then safe to overwrite.
 */
const MIN_SIZE = 64 * 1024;
const MAX_FREE = 64;
const free: Buffer[] = [];

/** A buffer of at least `size` bytes, to write a response body into. */
export function takeBodyBuffer(size: number): Buffer {
  const buffer = free.pop();
  if (buffer && buffer.length >= size) return buffer;
  return Buffer.allocUnsafeSlow(Math.max(MIN_SIZE, 2 ** Math.ceil(Math.log2(size))));
}

/** Returns the buffer `payload` was written in (by takeBodyBuffer) once `res` no longer needs it. */
export function giveBackOnceSent(res: ServerResponse, payload: Buffer): void {
  // takeBodyBuffer's buffers each own their memory, so the whole of it is the buffer to return.
  const buffer = Buffer.from(payload.buffer);
  // A write the socket took whole has been copied to the kernel and the buffer can go back now;
  // otherwise it waits for the response to finish.
  if (res.socket?.writableLength === 0) giveBack(buffer);
  else
    res.once('finish', () => {
      giveBack(buffer);
    });
}

function giveBack(buffer: Buffer): void {
  if (free.length < MAX_FREE) free.push(buffer);
}

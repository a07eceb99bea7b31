import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import { describe, it } from 'node:test';
import { giveBackOnceSent, takeBodyBuffer } from './body-pool.ts';

function response(unsentBytes: number): EventEmitter & { socket: { writableLength: number } } {
  return Object.assign(new EventEmitter(), { socket: { writableLength: unsentBytes } });
}

describe('the body pool', () => {
  it('takes back the buffer a payload was written in once the socket has it all', () => {
    const buffer = takeBodyBuffer(100);
    giveBackOnceSent(response(0) as unknown as ServerResponse, buffer.subarray(0, 10));
    assert.equal(takeBodyBuffer(100).buffer, buffer.buffer);
  });

  it('waits for the response to finish while the socket still holds part of it', () => {
    const buffer = takeBodyBuffer(100);
    const res = response(5);
    giveBackOnceSent(res as unknown as ServerResponse, buffer.subarray(0, 10));
    assert.notEqual(takeBodyBuffer(100).buffer, buffer.buffer);
    res.emit('finish');
    assert.equal(takeBodyBuffer(100).buffer, buffer.buffer);
  });
});

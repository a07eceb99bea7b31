import assert from 'node:assert/strict';
import { createHmac, randomBytes } from 'node:crypto';
import { describe, it } from 'node:test';
import { HmacKey } from './hmac-key.ts';

describe('HmacKey', () => {
  it('matches node:crypto HMAC-SHA256 for keys up to a block and messages of any length', () => {
    for (const keyLength of [0, 1, 32, 63, 64]) {
      const key = randomBytes(keyLength);
      const hmac = new HmacKey(key);
      for (const message of ['', 'a', 'x'.repeat(55), 'y'.repeat(64), 'z'.repeat(1000), 'région/é✓\n']) {
        assert.equal(hmac.hex(message), createHmac('sha256', key).update(message).digest('hex'), `${keyLength}-byte key`);
      }
    }
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AdaptivePacer } from './pacer.ts';

describe('the adaptive pacer', () => {
  it('when more calls than the burst are made, then they are spread at the rate, a little under the limit', async () => {
    const pacer = new AdaptivePacer({ rate: 50, burst: 5, lookupRate: 50 });
    const started = performance.now();
    for (let i = 0; i < 15; i++) await pacer.acquire('InviteUsers');
    const elapsed = performance.now() - started;
    // 4 go at once (5 less the headroom), the other 11 at 49/s: about 224 ms.
    assert.ok(elapsed >= 210, `took ${elapsed} ms`);
    assert.ok(elapsed < 600, `took ${elapsed} ms`);
  });

  it('when Chime throttles, then the rate drops, the next call waits out Retry-After, and successes bring the rate back', async () => {
    const pacer = new AdaptivePacer({ rate: 10, burst: 10, lookupRate: 50 });
    await pacer.acquire('BatchUpdateUser');
    pacer.throttled('BatchUpdateUser', 0.2);
    assert.ok(pacer.currentRate('BatchUpdateUser') < 7);
    const started = performance.now();
    await pacer.acquire('BatchUpdateUser');
    assert.ok(performance.now() - started >= 200, 'waited for Retry-After');
    for (let i = 0; i < 30; i++) pacer.succeeded('BatchUpdateUser');
    assert.equal(pacer.currentRate('BatchUpdateUser'), 9.8);
    assert.equal(pacer.currentRate('InviteUsers'), 9.8, 'operations are paced apart');
  });
});

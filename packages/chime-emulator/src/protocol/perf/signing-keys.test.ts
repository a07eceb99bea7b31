import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, it } from 'node:test';
import { signingKeyCache } from './signing-keys.ts';

describe('signingKeyCache', () => {
  it('derives a key once per secret, date and region, and signs as HMAC-SHA256 under it', () => {
    const derived: string[] = [];
    const signingKey = signingKeyCache((secret, date, region) => {
      derived.push(`${secret}/${date}/${region}`);
      return createHmac('sha256', secret).update(`${date}/${region}`).digest();
    });
    const expected = createHmac('sha256', createHmac('sha256', 's1').update('20240501/us-east-1').digest()).update('message').digest('hex');

    assert.equal(signingKey('s1', '20240501', 'us-east-1').hex('message'), expected);
    signingKey('s1', '20240501', 'us-east-1');
    signingKey('s1', '20240502', 'us-east-1');
    signingKey('s1', '20240501', 'eu-west-1');
    signingKey('s2', '20240501', 'us-east-1');
    assert.equal(signingKey('s1', '20240501', 'us-east-1').hex('message'), expected);

    assert.deepEqual(derived, ['s1/20240501/us-east-1', 's1/20240502/us-east-1', 's1/20240501/eu-west-1', 's2/20240501/us-east-1']);
  });
});

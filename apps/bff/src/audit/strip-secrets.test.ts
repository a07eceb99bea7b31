import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { stripSecrets } from './strip-secrets.ts';

describe('stripping secrets from audit input', () => {
  it('when PIN or password keys appear at any depth, in any case, then they are dropped and everything else is kept', () => {
    const input = {
      email: 'a@example.com',
      PersonalPIN: '1234',
      pin: '5678',
      user: { personal_pin: '0000', newPassword: 'x', name: 'A', nested: [{ Password: 'y', keep: 1 }, 'text', null] },
      clientSecret: 's',
      pinned: true,
      count: 2,
    };

    assert.deepEqual(stripSecrets(input), {
      email: 'a@example.com',
      user: { name: 'A', nested: [{ keep: 1 }, 'text', null] },
      pinned: true,
      count: 2,
    });
  });

  it('when given a value that is not an object, then it is returned as is', () => {
    assert.equal(stripSecrets('1234'), '1234');
    assert.equal(stripSecrets(undefined), undefined);
    assert.deepEqual(stripSecrets([1, 2]), [1, 2]);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { hashPassword, needsRehash, verifyPassword } from './passwords.ts';

describe('password hashing', () => {
  it('when a password is hashed, then the same password verifies and the hash names its scrypt cost', async () => {
    const stored = await hashPassword('correct horse battery');

    assert.match(stored, /^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    assert.equal(await verifyPassword('correct horse battery', stored), true);
  });

  it('when a different password is given, then it does not verify', async () => {
    const stored = await hashPassword('correct horse battery');

    assert.equal(await verifyPassword('correct horse batterY', stored), false);
    assert.equal(await verifyPassword('', stored), false);
  });

  it('when the same password is hashed twice, then the salts differ', async () => {
    const [first, second] = await Promise.all([hashPassword('same password!'), hashPassword('same password!')]);

    assert.notEqual(first, second);
  });

  it('when the stored hash is malformed or asks for absurd cost, then verification fails without throwing', async () => {
    for (const stored of [
      '',
      'plain-text',
      'bcrypt$x',
      'scrypt$3$8$1$c2FsdA$a2V5',
      'scrypt$1073741824$8$1$c2FsdA$a2V5',
      'scrypt$16$8$1$$',
    ]) {
      assert.equal(await verifyPassword('anything', stored), false, stored);
    }
  });

  it('when a hash was made with a lower cost, then it needs a rehash', async () => {
    const cheap = await hashPassword('correct horse battery', { N: 1024, r: 8, p: 1 });

    assert.equal(await verifyPassword('correct horse battery', cheap), true);
    assert.equal(needsRehash(cheap), true);
    assert.equal(needsRehash(await hashPassword('correct horse battery')), false);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { encodeJson, immutableRecord } from './json-body.ts';

describe('encodeJson', () => {
  it('encodes exactly as JSON.stringify does, dropping undefined members', () => {
    const value = { a: 1, b: 'x"y', c: undefined, d: [1, null, { e: true }], f: {}, g: [], h: 'héllo ✓' };
    assert.equal(encodeJson(value).toString(), JSON.stringify(value));
  });

  it('reuses the encoding of an immutable record, and a changed copy gets its own', () => {
    const user = immutableRecord({ UserId: 'u1', LicenseType: 'Pro' });
    assert.ok(Object.isFrozen(user));
    const first = encodeJson({ Users: [user] });
    assert.equal(first.toString(), '{"Users":[{"UserId":"u1","LicenseType":"Pro"}]}');
    const changed = immutableRecord({ ...user, LicenseType: 'Basic' });
    assert.equal(
      encodeJson({ Users: [user, changed] }).toString(),
      '{"Users":[{"UserId":"u1","LicenseType":"Pro"},{"UserId":"u1","LicenseType":"Basic"}]}',
    );
  });

  it('encodes top-level primitives', () => {
    assert.equal(encodeJson('x').toString(), '"x"');
    assert.equal(encodeJson(null).toString(), 'null');
  });
});

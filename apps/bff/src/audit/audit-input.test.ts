import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { AUDIT_INPUT_BYTES, summariseInput } from './audit-input.ts';

const size = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

describe('summarising audit input', () => {
  it('when PIN, password, secret or token keys appear at any depth, in any case, then they are dropped and the rest kept', () => {
    const input = {
      email: 'a@example.com',
      PersonalPIN: '1234',
      pin: '5678',
      user: { personal_pin: '0000', newPassword: 'x', name: 'A', nested: [{ Password: 'y', keep: 1 }, 'text', null] },
      clientSecret: 's',
      csrfToken: 't',
      pinned: true,
      count: 2,
    };

    assert.deepEqual(summariseInput(input), {
      email: 'a@example.com',
      user: { name: 'A', nested: [{ keep: 1 }, 'text', null] },
      pinned: true,
      count: 2,
    });
  });

  it('when a list has more than 20 entries, then the first 20 and the count are kept', () => {
    const userIds = Array.from({ length: 50 }, (_, i) => `user-${i}`);

    assert.deepEqual(summariseInput({ userIds, licenseType: 'Pro' }), {
      userIds: { first: userIds.slice(0, 20), count: 50 },
      licenseType: 'Pro',
    });
    assert.deepEqual(summariseInput({ userIds: userIds.slice(0, 20) }), { userIds: userIds.slice(0, 20) });
  });

  it('when strings are long or the input is huge in any direction, then the summary stays within 4 KB', () => {
    const wide = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`${'k'.repeat(500)}${i}`, 'v'.repeat(10_000)]));
    const deep = { a: { b: { c: { d: { e: { f: 'deep' } } } } } };
    const lists = {
      emails: Array.from({ length: 10_000 }, () => 'x'.repeat(1_000)),
      more: Array.from({ length: 100 }, () => ['y'.repeat(500)]),
    };
    const escaped = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`${'\u0001'.repeat(64)}${i}`, i]));

    for (const input of [wide, deep, lists, escaped, { note: 'n'.repeat(1_000_000) }]) {
      const summary = summariseInput(input);
      assert.ok(summary !== undefined);
      assert.ok(size(summary) <= AUDIT_INPUT_BYTES, `${size(summary)} bytes`);
    }
    assert.equal((summariseInput({ note: 'n'.repeat(1_000) })?.note as string).length, 201);
    assert.deepEqual(summariseInput(deep), { a: { b: { c: { d: '…' } } } });
  });

  it('when there is nothing but secrets, or not an object, then there is no input to keep', () => {
    assert.equal(summariseInput({ password: 'x' }), undefined);
    assert.equal(summariseInput('1234'), undefined);
    assert.equal(summariseInput([1, 2]), undefined);
    assert.equal(summariseInput(undefined), undefined);
  });
});

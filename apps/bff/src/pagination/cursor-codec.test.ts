import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { z } from 'zod';
import { AppError } from '../http/app-error.ts';
import { createCursorCodec } from './cursor-codec.ts';

const state = z.object({ t: z.string() });
const refusedAs = (code: string) => (error: unknown) => error instanceof AppError && error.status === 400 && error.code === code;

describe('the cursor codec', () => {
  const cursors = createCursorCodec('cursor-codec-test-secret-of-32-chars');
  const cursor = cursors.encode({ t: 'next-token' }, { namePrefix: 'Acme' });
  const [body = '', signature = ''] = cursor.split('.');

  it('when a cursor comes back with its filters, then it reads as it was written', () => {
    assert.deepEqual(cursors.decode(cursor, { namePrefix: 'Acme' }, state), { t: 'next-token' });
  });

  it('when a signature is forged, of any length or in any characters, then it is invalid_cursor, never a crash', () => {
    const forged = [
      'x'.repeat(signature.length),
      // As many characters as ours, but more bytes: a byte-wise compare of unequal lengths throws.
      'é'.repeat(signature.length),
      '😀'.repeat(signature.length / 2),
      signature.slice(1),
      '',
    ];
    for (const other of forged) {
      assert.throws(() => cursors.decode(`${body}.${other}`, { namePrefix: 'Acme' }, state), refusedAs('invalid_cursor'), other);
    }
  });

  it('when a cursor is used with other filters, then it is cursor_mismatch', () => {
    assert.throws(() => cursors.decode(cursor, { namePrefix: 'Glob' }, state), refusedAs('cursor_mismatch'));
  });
});

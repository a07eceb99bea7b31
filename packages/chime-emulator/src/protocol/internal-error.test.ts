import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it, mock } from 'node:test';
import { signedFetch, type SigningKey } from '../testing/sign-request.ts';
import { startTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

describe('an internal (non-Chime) error', () => {
  let emulator: TestEmulator;
  let key: SigningKey;
  before(async () => {
    emulator = await startTestEmulator({ seed: { set: 'demo' } });
    key = emulator.credentials[0] as SigningKey;
  });
  afterEach(() => {
    mock.restoreAll();
  });
  after(() => emulator.close());

  it('when a handler throws something that is not a Chime exception, then the caller gets a 500 ServiceFailureException and stderr one line naming the operation and the error', async () => {
    const logged = mock.method(console, 'error', () => undefined);
    mock.method(emulator.store, 'requireAccount', () => {
      throw new TypeError('boom\n  at somewhere');
    });

    const response = await signedFetch(emulator.endpoint, key, { method: 'GET', path: '/accounts/any' });

    assert.equal(response.status, 500);
    assert.equal(response.headers.get('x-amzn-errortype'), 'ServiceFailureException');
    assert.deepEqual(await response.json(), { Code: 'ServiceFailure', Message: 'An internal error occurred.' });
    const lines = logged.mock.calls.map((call) => String(call.arguments[0]));
    assert.equal(lines.length, 1, lines.join('\n'));
    const [line = ''] = lines;
    assert.ok(!line.includes('\n'), line);
    assert.match(line, /GetAccount/);
    assert.match(line, /TypeError: boom/);
    assert.ok(line.includes(response.headers.get('x-amzn-requestid') ?? 'no request ID'), line);
  });

  it('when a handler throws a Chime exception, then nothing is logged', async () => {
    const logged = mock.method(console, 'error', () => undefined);

    const response = await signedFetch(emulator.endpoint, key, { method: 'GET', path: '/accounts/no-such-account' });

    assert.equal(response.status, 404);
    assert.equal(logged.mock.callCount(), 0);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ChimeServiceException, ThrottledClientException, UnauthorizedClientException } from '@aws-sdk/client-chime';
import { AppError } from '../http/app-error.ts';
import { fieldsNamedIn, toAppError } from './upstream-errors.ts';

// The emulator drives every row of the table end to end (gateway-errors.test.ts); these pin the
// edges it cannot produce: other Retry-After forms, unmodelled errors, errors from the SDK itself.

const metadata = (httpStatusCode?: number) => ({ $metadata: { httpStatusCode, requestId: 'req-1' } });

function throttled(retryAfter?: string): ThrottledClientException {
  const error = new ThrottledClientException({ message: 'Rate exceeded', ...metadata(429) });
  error.$response = { statusCode: 429, headers: retryAfter === undefined ? {} : { 'Retry-After': retryAfter }, body: undefined };
  return error;
}

describe('toAppError', () => {
  it('when Retry-After gives seconds, then retryAfter is those seconds', () => {
    assert.equal(toAppError(throttled('7')).retryAfter, 7);
  });

  it('when Retry-After gives an HTTP date, then retryAfter counts the seconds until it', () => {
    const inTenSeconds = new Date(Date.now() + 10_000).toUTCString();
    const seconds = toAppError(throttled(inTenSeconds)).retryAfter ?? 0;
    assert.ok(seconds >= 9 && seconds <= 10, `got ${seconds}`);
  });

  it('when Retry-After is absent or unreadable, then retryAfter is 1', () => {
    assert.equal(toAppError(throttled()).retryAfter, 1);
    assert.equal(toAppError(throttled('soon')).retryAfter, 1);
  });

  it("when AWS's front door refuses the credentials or IAM denies the call (403), then it is a 502 for an operator, never the person's 403", () => {
    for (const name of ['UnrecognizedClientException', 'InvalidSignatureException', 'ExpiredTokenException']) {
      const error = toAppError(
        new ChimeServiceException({ name, $fault: 'client', message: 'The security token is invalid.', ...metadata(403) }),
      );
      assert.deepEqual([name, error.status, error.code], [name, 502, 'upstream_credentials_rejected']);
    }
    const denied = toAppError(
      new ChimeServiceException({ name: 'AccessDeniedException', $fault: 'client', message: 'not authorized', ...metadata(403) }),
    );
    assert.deepEqual([denied.status, denied.code], [502, 'upstream_access_denied']);
    assert.match(denied.message, /IAM/);
  });

  it('when the credentials are rejected, then the status is 502, not 401', () => {
    const error = toAppError(new UnauthorizedClientException({ message: 'Signature mismatch', ...metadata(401) }));
    assert.equal(error.status, 502);
    assert.equal(error.code, 'upstream_credentials_rejected');
    assert.equal(error.upstreamRequestId, 'req-1');
  });

  it('when an unmodelled error has a 5xx or 429 status, then it is judged by that status', () => {
    const unnamed = (status: number) =>
      new ChimeServiceException({ name: 'NotModelled', $fault: 'server', message: '', ...metadata(status) });
    assert.equal(toAppError(unnamed(504)).code, 'upstream_unavailable');
    assert.equal(toAppError(unnamed(500)).code, 'upstream_failure');
    assert.equal(toAppError(unnamed(429)).code, 'upstream_throttled');
  });

  it('when any other SDK error has a status, then it is 502 upstream_error', () => {
    const teapot = new ChimeServiceException({ name: 'TeapotException', $fault: 'client', message: 'no', ...metadata(418) });
    const error = toAppError(teapot);
    assert.equal(error.status, 502);
    assert.equal(error.code, 'upstream_error');
    assert.equal(error.cause, teapot);
  });

  it('when no HTTP answer arrived, then 503 upstream_unreachable names the reason', () => {
    const hangUp = Object.assign(new Error('socket hang up'), { code: 'ECONNRESET', $metadata: { attempts: 3 } });
    const error = toAppError(hangUp);
    assert.equal(error.code, 'upstream_unreachable');
    assert.match(error.detail, /ECONNRESET/);
    const timeout = Object.assign(new Error('timed out'), { name: 'TimeoutError' });
    assert.match(toAppError(timeout).detail, /TimeoutError/);
  });

  it('when the provider chain finds no credentials, then an operator is told to configure them', () => {
    const missing = Object.assign(new Error('Could not load credentials from any providers'), { name: 'CredentialsProviderError' });
    assert.equal(toAppError(missing).code, 'upstream_credentials_missing');
    assert.equal(toAppError(missing).status, 502);
  });

  it('when given an AppError, then it is returned unchanged', () => {
    const original = new AppError({ code: 'validation_failed', status: 400, title: 'Invalid request', detail: 'x' });
    assert.equal(toAppError(original), original);
  });
});

describe('fieldsNamedIn', () => {
  it("when Chime lists violations, then each member becomes the console's field name", () => {
    const message =
      "2 validation errors detected: Value at 'UserEmailList.3' failed to satisfy constraint: Member must satisfy regular expression pattern: .+@.+\\..+; Value at 'UserType' failed to satisfy constraint: Member must satisfy enum value set: [PrivateUser, SharedDevice]";
    assert.deepEqual(fieldsNamedIn(message), [
      { field: 'emails.3', message: 'Member must satisfy regular expression pattern: .+@.+\\..+' },
      { field: 'userType', message: 'Member must satisfy enum value set: [PrivateUser, SharedDevice]' },
    ]);
  });

  it('when the message names no member, then there are no fields', () => {
    assert.deepEqual(fieldsNamedIn('The request body is not valid JSON.'), []);
  });
});

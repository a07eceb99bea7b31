import type { Problem } from '@chime-console/contracts';
import { describe, expect, it } from 'vitest';
import { adviceFor, ApiError, explain, isSessionEnded, messageOf } from './api-error.ts';

const problem = (overrides: Partial<Problem> = {}): Problem => ({
  type: 'about:blank',
  title: 'Conflict',
  status: 409,
  detail: 'The account name is taken.',
  code: 'conflict',
  retryable: false,
  ...overrides,
});

const jsonResponse = (body: unknown, init: ResponseInit) =>
  new Response(JSON.stringify(body), { ...init, headers: { 'content-type': 'application/problem+json' } });

describe('ApiError', () => {
  it('is an Error whose message is the problem detail', () => {
    const error = new ApiError(problem({ requestId: 'req-1' }));

    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ApiError');
    expect(error.message).toBe('The account name is taken.');
    expect(error.status).toBe(409);
    expect(error.problem.requestId).toBe('req-1');
  });
});

describe('ApiError.fromResponse', () => {
  it('carries the problem document the BFF answered, with its fields and request id', async () => {
    const answered = problem({
      status: 400,
      code: 'validation',
      requestId: 'req-7',
      fields: [{ field: 'name', message: 'Required' }],
    });

    const error = await ApiError.fromResponse(jsonResponse(answered, { status: 400, statusText: 'Bad Request' }));

    expect(error.problem).toEqual(answered);
    expect(error.status).toBe(400);
  });

  it('takes the status from the problem document, not from the response line', async () => {
    const error = await ApiError.fromResponse(jsonResponse(problem({ status: 409 }), { status: 400 }));

    expect(error.status).toBe(409);
  });

  it('makes up a problem when the body is not JSON (a proxy error page)', async () => {
    const response = new Response('<html><body>Bad gateway</body></html>', { status: 502, statusText: 'Bad Gateway' });

    const error = await ApiError.fromResponse(response);

    expect(error.problem).toEqual({
      type: 'about:blank',
      title: 'Bad Gateway',
      status: 502,
      detail: "The console's server answered 502.",
      code: 'unexpected_response',
      retryable: true,
    });
  });

  it('makes up a problem when the JSON is not a problem document', async () => {
    const error = await ApiError.fromResponse(jsonResponse({ error: 'nope', status: 404 }, { status: 404, statusText: 'Not Found' }));

    expect(error.problem).toMatchObject({ title: 'Not Found', status: 404, code: 'unexpected_response', retryable: false });
  });

  it('makes up a problem for an empty body, titled generically when the status has no text', async () => {
    const error = await ApiError.fromResponse(new Response(null, { status: 500 }));

    expect(error.problem).toMatchObject({ title: 'Request failed', status: 500, retryable: true });
    expect(error.message).toBe("The console's server answered 500.");
  });

  it('counts only 5xx answers as worth retrying', async () => {
    const statuses = [400, 499, 500, 503];
    const errors = await Promise.all(statuses.map((status) => ApiError.fromResponse(new Response('', { status }))));

    expect(errors.map((error) => error.problem.retryable)).toEqual([false, false, true, true]);
  });
});

describe('ApiError.network', () => {
  it('is a retryable status-0 error keeping what failed as its cause', () => {
    const cause = new TypeError('Failed to fetch');

    const error = ApiError.network(cause);

    expect(error.status).toBe(0);
    expect(error.problem).toMatchObject({ code: 'network', retryable: true, title: 'Network error' });
    expect(error.cause).toBe(cause);
    expect(error.message).toMatch(/could not be reached/);
  });
});

describe('isSessionEnded', () => {
  it('is true only for a 401 saying the session is gone', () => {
    expect(isSessionEnded(new ApiError(problem({ status: 401, code: 'unauthenticated' })))).toBe(true);
    expect(isSessionEnded(new ApiError(problem({ status: 401, code: 'invalid_credentials' })))).toBe(false);
    expect(isSessionEnded(new ApiError(problem({ status: 403, code: 'unauthenticated' })))).toBe(false);
  });

  it('is false for anything that is not an ApiError, even shaped like one', () => {
    expect(isSessionEnded({ status: 401, problem: { code: 'unauthenticated' } })).toBe(false);
    expect(isSessionEnded(new Error('unauthenticated'))).toBe(false);
    expect(isSessionEnded(undefined)).toBe(false);
  });
});

describe('adviceFor', () => {
  const advice = (overrides: Partial<Problem>) => adviceFor(new ApiError(problem({ detail: 'It failed.', ...overrides })));

  it.each([
    [403, 'forbidden', 'Your role does not allow this; ask a console admin.'],
    [404, 'not_found', 'It may have been deleted; go back and refresh the list.'],
    [409, 'conflict', 'Check the current state, then try again.'],
    [422, 'unprocessable', 'Check the current state, then try again.'],
    [400, 'validation', 'Fix the highlighted input and try again.'],
    [502, 'upstream_credentials_expired', 'An operator must fix the console’s AWS credentials.'],
    [502, 'upstream_access_denied', 'An operator must grant the console’s AWS identity this permission.'],
  ])('advises on a %i (%s)', (status, code, expected) => {
    expect(advice({ status, code })).toBe(expected);
  });

  it('tells to retry a retryable error, and otherwise to ask for help if it persists', () => {
    expect(advice({ status: 503, code: 'upstream_throttled', retryable: true })).toBe('This is usually temporary: retry in a moment.');
    expect(advice({ status: 502, code: 'upstream_error', retryable: true })).toBe('This is usually temporary: retry in a moment.');
    expect(advice({ status: 500, code: 'internal', retryable: false })).toBe('Try again, or ask a console admin if it keeps failing.');
  });

  it.each([
    'Chime is busy; retry in a minute.',
    'Try again later.',
    'Ask an administrator to enable it.',
    'Ask a console admin.',
    'Fix the address and send it again.',
    'Your session ended: sign in again.',
    'Reload the page.',
    'Refresh the list.',
  ])('adds nothing when the detail already says what to do: "%s"', (detail) => {
    expect(advice({ status: 403, detail })).toBe('');
  });

  it('advises reloading for an error that did not come from the BFF', () => {
    expect(adviceFor(new Error('boom'))).toBe('Reload the page and try again.');
    expect(adviceFor('boom')).toBe('Reload the page and try again.');
  });
});

describe('messageOf', () => {
  it('reads the problem detail, an Error message, or anything else as text', () => {
    expect(messageOf(new ApiError(problem()))).toBe('The account name is taken.');
    expect(messageOf(new RangeError('Out of range'))).toBe('Out of range');
    expect(messageOf('plain text')).toBe('plain text');
    expect(messageOf(42)).toBe('42');
  });
});

describe('explain', () => {
  it('follows the message with the advice', () => {
    expect(explain(new ApiError(problem()))).toBe('The account name is taken. Check the current state, then try again.');
  });

  it('is the message alone when the detail already advises', () => {
    expect(explain(new ApiError(problem({ detail: 'Chime is busy; retry in a minute.' })))).toBe('Chime is busy; retry in a minute.');
  });
});

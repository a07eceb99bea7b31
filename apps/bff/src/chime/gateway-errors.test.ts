import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Account } from '@chime-console/contracts';
import { rejectsWithAppError, startGatewayUnderTest, type GatewayUnderTest } from '../testing/gateway-under-test.ts';

interface Counters {
  operations: Record<string, { requests: number; outcomes: Record<string, number> } | undefined>;
}

/** A port nothing listens on: bound once to learn a free number, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  assert.ok(address && typeof address === 'object');
  await new Promise<void>((resolve) =>
    server.close(() => {
      resolve();
    }),
  );
  return address.port;
}

describe('ChimeGateway error translation (SDK error to problem code and status), through the emulator', () => {
  let t: GatewayUnderTest;
  let acme: Account;
  let globex: Account;

  before(async () => {
    t = await startGatewayUnderTest();
    acme = await t.accountNamed('Acme Corp');
    globex = await t.accountNamed('Globex Enterprise');
  });
  afterEach(async () => {
    await t.emulator.control('DELETE', '/faults');
    await t.emulator.control('PUT', '/throttle', {});
    await t.emulator.control('DELETE', '/counters');
  });
  after(() => t.close());

  describe('client errors', () => {
    it('when the account does not exist, then 404 not_found names it and carries the upstream request ID', async () => {
      const error = await rejectsWithAppError(t.gateway.getAccount('no-such-account'), {
        status: 404,
        code: 'not_found',
        retryable: false,
      });
      assert.match(error.detail, /no-such-account/);
      assert.ok(error.upstreamRequestId);
    });

    it('when the user does not exist, then 404 not_found names the user', async () => {
      const error = await rejectsWithAppError(t.gateway.getUser(acme.id, 'ghost-user'), { status: 404, code: 'not_found' });
      assert.match(error.detail, /ghost-user/);
    });

    it('when a user is created with an email already taken, then 409 conflict says what exists', async () => {
      const error = await rejectsWithAppError(t.gateway.createUser(acme.id, { email: 'ada.abbott@acme.example' }), {
        status: 409,
        code: 'conflict',
      });
      assert.match(error.detail, /ada\.abbott@acme\.example already exists/);
    });

    it('when an account with active users is deleted, then 422 unprocessable says why', async () => {
      const error = await rejectsWithAppError(t.gateway.deleteAccount(acme.id), { status: 422, code: 'unprocessable' });
      assert.match(error.detail, /suspend every user/);
    });

    it('when inviting to an EnterpriseLWA account, then 403 upstream_forbidden blames the account type', async () => {
      const error = await rejectsWithAppError(t.gateway.inviteUsers(globex.id, ['someone@globex.example']), {
        status: 403,
        code: 'upstream_forbidden',
      });
      assert.match(error.detail, /^Chime refuses this for this account type: .*EnterpriseLWA/);
    });

    it('when an account name is blank, then 400 upstream_bad_request points at the name field', async () => {
      const error = await rejectsWithAppError(t.gateway.createAccount('   '), {
        status: 400,
        code: 'upstream_bad_request',
        retryable: false,
      });
      assert.deepEqual(
        error.fields?.map((f) => f.field),
        ['name'],
      );
      assert.match(error.detail, /Fix name and try again\.$/);
    });

    it('when a default license is not supported, then the field Chime names is the offending one', async () => {
      const error = await rejectsWithAppError(t.gateway.updateAccount(acme.id, { defaultLicense: 'Plus' }), {
        status: 400,
        code: 'upstream_bad_request',
      });
      assert.deepEqual(
        error.fields?.map((f) => f.field),
        ['defaultLicense'],
      );
    });
  });

  describe('credentials and reachability', () => {
    it('when the secret is wrong, then 502 upstream_credentials_rejected, never 401', async () => {
      const [key] = t.emulator.credentials;
      const wrong = t.gatewayWith({ credentials: { accessKeyId: key?.accessKeyId ?? '', secretAccessKey: 'not-the-secret' } });
      const error = await rejectsWithAppError(wrong.listAccounts({ maxResults: 1 }), {
        status: 502,
        code: 'upstream_credentials_rejected',
        retryable: false,
      });
      assert.equal(error.detail, "The console's AWS credentials were rejected by Chime; an operator must fix the configuration.");
      assert.ok(error.upstreamRequestId);
    });

    it('when nothing listens on the endpoint, then 503 upstream_unreachable, retryable', async () => {
      const port = await closedPort();
      const nowhere = t.gatewayWith({ endpoint: `http://127.0.0.1:${port}`, maxAttempts: 1 });
      const error = await rejectsWithAppError(nowhere.ping(), { status: 503, code: 'upstream_unreachable', retryable: true });
      assert.match(error.detail, /ECONNREFUSED/);
      assert.equal(error.upstreamRequestId, undefined);
    });

    // Slow calls use GetUser, whose counters no test reads: the emulator still answers an abandoned
    // call later, and a late GetAccount would land in the counters of a test further on.
    it('when Chime answers slower than the request timeout, then 503 upstream_unreachable', async () => {
      await t.emulator.control('PUT', '/faults', { latencyMs: 1_000, operations: ['GetUser'] });
      const impatient = t.gatewayWith({ requestTimeoutMs: 100, maxAttempts: 1 });
      await rejectsWithAppError(impatient.getUser(acme.id, 'some-user'), { status: 503, code: 'upstream_unreachable', retryable: true });
    });

    it('when Chime is slower than the call budget, then 504 upstream_timeout once the budget is spent, retries and all', async () => {
      await t.emulator.control('PUT', '/faults', { latencyMs: 2_000, operations: ['GetUser'] });
      const calls: [string, string][] = [];
      const budgeted = t.gatewayWith(
        { requestTimeoutMs: 200 },
        {
          budgetMs: 500,
          onCall: (operation, outcome) => {
            calls.push([operation, outcome]);
          },
        },
      );

      const started = performance.now();
      const error = await rejectsWithAppError(budgeted.getUser(acme.id, 'some-user'), {
        status: 504,
        code: 'upstream_timeout',
        retryable: true,
      });
      const elapsedMs = performance.now() - started;

      assert.equal(
        error.detail,
        'Chime did not answer within 0.5 seconds; retry in a few seconds, and tell an operator if it keeps happening.',
      );
      assert.ok(elapsedMs >= 450 && elapsedMs < 1_500, `gave up after ${Math.round(elapsedMs)} ms`);
      assert.deepEqual(calls, [['GetUser', 'upstream_timeout']]);
    });

    it('when Chime answers within the budget, then the call succeeds and is reported ok', async () => {
      const calls: [string, string][] = [];
      const budgeted = t.gatewayWith(
        {},
        {
          budgetMs: 5_000,
          onCall: (operation, outcome) => {
            calls.push([operation, outcome]);
          },
        },
      );
      assert.equal((await budgeted.getAccount(acme.id)).id, acme.id);
      assert.deepEqual(calls, [['GetAccount', 'ok']]);
    });
  });

  describe('server errors, throttling and retries', () => {
    it('when Chime is unavailable on every attempt, then 503 upstream_unavailable after 3 attempts', async () => {
      await t.emulator.control('PUT', '/faults', { errorRate: 1, statuses: [503], times: 3, operations: ['GetAccount'] });
      const error = await rejectsWithAppError(t.gateway.getAccount(acme.id), {
        status: 503,
        code: 'upstream_unavailable',
        retryable: true,
      });
      assert.ok(error.upstreamRequestId);
      const counters = await t.emulator.control<Counters>('GET', '/counters');
      assert.deepEqual(counters.operations.GetAccount?.outcomes, { ServiceUnavailableException: 3 });
    });

    it('when Chime fails internally, then 502 upstream_failure, retryable', async () => {
      await t.emulator.control('PUT', '/faults', { errorRate: 1, statuses: [500], times: 3, operations: ['ListUsers'] });
      await rejectsWithAppError(t.gateway.listUsers(acme.id, { maxResults: 10 }), {
        status: 502,
        code: 'upstream_failure',
        retryable: true,
      });
    });

    it("when two attempts fail and the third succeeds, then the SDK's retries hide the failures", async () => {
      await t.emulator.control('PUT', '/faults', { errorRate: 1, statuses: [503], times: 2, operations: ['GetAccount'] });
      const account = await t.gateway.getAccount(acme.id);
      assert.equal(account.id, acme.id);
      const counters = await t.emulator.control<Counters>('GET', '/counters');
      assert.deepEqual(counters.operations.GetAccount?.outcomes, { ServiceUnavailableException: 2, '200': 1 });
    });

    it('when throttled past the retries, then 429 upstream_throttled with Retry-After from the response', async () => {
      await t.emulator.control('PUT', '/throttle', { operations: { GetAccountSettings: { rate: 0.001, burst: 1 } } });
      const once = t.gatewayWith({ maxAttempts: 1 });
      await once.getAccountSettings(acme.id);
      const error = await rejectsWithAppError(once.getAccountSettings(acme.id), {
        status: 429,
        code: 'upstream_throttled',
        retryable: true,
        retryAfter: 1,
      });
      assert.match(error.detail, /retry in 1 second\b/);
      assert.ok(error.upstreamRequestId);
    });

    it('when throttled, then the SDK retries before giving up', async () => {
      await t.emulator.control('PUT', '/throttle', { operations: { GetAccountSettings: { rate: 0.001, burst: 1 } } });
      const twice = t.gatewayWith({ maxAttempts: 2 });
      await twice.getAccountSettings(acme.id);
      await rejectsWithAppError(twice.getAccountSettings(acme.id), { status: 429, code: 'upstream_throttled' });
      const counters = await t.emulator.control<Counters>('GET', '/counters');
      assert.equal(counters.operations.GetAccountSettings?.outcomes.ThrottledClientException, 2);
    });
  });
});

import assert from 'node:assert/strict';
import { after, before, beforeEach, describe, it } from 'node:test';
import {
  CreateAccountCommand,
  GetAccountCommand,
  ListAccountsCommand,
  ListUsersCommand,
  ServiceFailureException,
  ServiceUnavailableException,
  ThrottledClientException,
  paginateListAccounts,
} from '@aws-sdk/client-chime';
import type { CountersSnapshot } from './counters.ts';
import { startTestEmulator, type TestEmulator } from '../testing/test-emulator.ts';

describe('throttling, faults and counters', () => {
  let emulator: TestEmulator;
  before(async () => {
    emulator = await startTestEmulator({ seed: { set: 'demo' } });
  });
  beforeEach(() => emulator.control('POST', '/reset', { set: 'demo' }));
  after(() => emulator.close());

  it('when an operation exceeds its burst, then ThrottledClientException (429) until tokens refill', async () => {
    await emulator.control('PUT', '/throttle', { operations: { ListAccounts: { rate: 0.001, burst: 2 } } });
    const chime = emulator.client();
    await chime.send(new ListAccountsCommand({}));
    await chime.send(new ListAccountsCommand({}));
    const error = await chime.send(new ListAccountsCommand({})).catch((e: unknown) => e);
    assert.ok(error instanceof ThrottledClientException);
    assert.equal(error.$metadata.httpStatusCode, 429);
    const counters = await emulator.control<CountersSnapshot>('GET', '/counters');
    assert.deepEqual(counters.operations.ListAccounts?.outcomes, { '200': 2, ThrottledClientException: 1 });
  });

  it('throttles each operation on its own bucket', async () => {
    await emulator.control('PUT', '/throttle', { default: { rate: 0.001, burst: 1 } });
    const chime = emulator.client();
    await chime.send(new ListAccountsCommand({}));
    const [accountId = ''] = [...emulator.store.accounts.values()].map((r) => r.account.AccountId);
    const response = await emulator
      .client()
      .send(new ListAccountsCommand({ Name: 'x' }))
      .catch((e: unknown) => e);
    assert.ok(response instanceof ThrottledClientException);
    const other = await chime.send(new GetAccountCommand({ AccountId: accountId }));
    assert.equal(other.$metadata.httpStatusCode, 200);
  });

  it('when faults are injected, then 500 and 503 answer as the modelled exceptions; clearing them restores service', async () => {
    const chime = emulator.client();
    await emulator.control('PUT', '/faults', { errorRate: 1, statuses: [503] });
    assert.ok((await chime.send(new ListAccountsCommand({})).catch((e: unknown) => e)) instanceof ServiceUnavailableException);
    await emulator.control('PUT', '/faults', { errorRate: 1, statuses: [500] });
    const failure = await chime.send(new ListAccountsCommand({})).catch((e: unknown) => e);
    assert.ok(failure instanceof ServiceFailureException);
    assert.equal(failure.$metadata.httpStatusCode, 500);
    await emulator.control('DELETE', '/faults');
    assert.equal((await chime.send(new ListAccountsCommand({}))).$metadata.httpStatusCode, 200);
  });

  it('when a fault is limited to two failures, then the SDK retries through it and the fault is spent', async () => {
    await emulator.control('PUT', '/faults', { errorRate: 1, statuses: [503], times: 2 });
    const { $metadata } = await emulator.client({ maxAttempts: 3 }).send(new ListAccountsCommand({}));
    assert.equal($metadata.httpStatusCode, 200);
    assert.equal($metadata.attempts, 3);
    const counters = await emulator.control<CountersSnapshot>('GET', '/counters');
    assert.deepEqual(counters.operations.ListAccounts?.outcomes, { '200': 1, ServiceUnavailableException: 2 });
    assert.equal((await emulator.control<{ times: number }>('GET', '/faults')).times, 0);
  });

  it('when a fault is set to strike after serving, then the change is made but the caller gets the failure', async () => {
    await emulator.control('PUT', '/faults', {
      errorRate: 1,
      statuses: [500],
      operations: ['CreateAccount'],
      times: 1,
      afterServing: true,
    });
    const chime = emulator.client({ maxAttempts: 1 });
    const failure = await chime.send(new CreateAccountCommand({ Name: 'Served Then Failed' })).catch((e: unknown) => e);
    const { Accounts = [] } = await chime.send(new ListAccountsCommand({ Name: 'Served Then Failed' }));

    assert.ok(failure instanceof ServiceFailureException);
    assert.equal(Accounts.length, 1, 'the account was created although the answer was a 500');
  });

  it('when a share of the faults strikes after serving, then some failed calls made their change and others did not', async () => {
    await emulator.control('PUT', '/faults', { errorRate: 1, statuses: [503], operations: ['CreateAccount'], afterServingRate: 0.5 });
    const chime = emulator.client({ maxAttempts: 1 });
    const names = Array.from({ length: 40 }, (_, i) => `Half Served ${i}`);
    const failures = await Promise.all(names.map((name) => chime.send(new CreateAccountCommand({ Name: name })).catch((e: unknown) => e)));
    const settings = await emulator.control<{ afterServingRate: number }>('GET', '/faults');
    const served = [...emulator.store.accounts.values()].filter((record) => record.account.Name.startsWith('Half Served')).length;

    assert.equal(settings.afterServingRate, 0.5);
    assert.ok(failures.every((failure) => failure instanceof ServiceUnavailableException));
    // Each of the 40 is served with probability 1/2: all or none would happen once in 2^39 runs.
    assert.ok(served > 0 && served < 40, `${served} of 40 failed calls were served`);
  });

  it('adds the configured latency to the faulted operations only', async () => {
    await emulator.control('PUT', '/faults', { latencyMs: 150, operations: ['ListAccounts'] });
    const chime = emulator.client();
    const started = performance.now();
    await chime.send(new ListAccountsCommand({}));
    assert.ok(performance.now() - started >= 150);
  });

  it('when a control body is over 1 MiB, with or without a Content-Length, then 413 with a JSON message and the emulator still serves', async () => {
    const oversized = JSON.stringify({ errorRate: 1, operations: ['x'.repeat(1024 * 1024)] });
    const declared = await fetch(`${emulator.endpoint}/_emulator/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: oversized,
    });
    const streamed = await fetch(`${emulator.endpoint}/_emulator/faults`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: new Blob([oversized]).stream(),
      duplex: 'half',
    });
    for (const response of [declared, streamed]) {
      assert.equal(response.status, 413);
      assert.equal(response.headers.get('content-type'), 'application/json');
      assert.deepEqual(await response.json(), { message: 'The request body exceeds 1048576 bytes.' });
    }
    assert.equal((await emulator.control<{ errorRate: number }>('GET', '/faults')).errorRate, 0, 'nothing was configured');
    assert.deepEqual(await emulator.control('GET', '/health'), { ok: true });
  });

  it('rejects bad control input with a 400 that names the field', async () => {
    await assert.rejects(emulator.control('PUT', '/faults', { errorRate: 2 }), /400.*errorRate/);
    await assert.rejects(emulator.control('POST', '/seed', { set: 'generated', users: 100_001 }), /400.*users/);
    await assert.rejects(emulator.control('GET', '/nope'), /404/);
  });

  it('when a generated set asks for too many accounts or users, or both sizes, then 400 naming the field and nothing is added', async () => {
    const before = emulator.store.accounts.size;
    for (const [body, message] of [
      [{ totalUsers: 10, accounts: 10_001 }, /400.*accounts must be from 1 to 10,000.*accounts/s],
      [{ totalUsers: 1_000_001, accounts: 100 }, /400.*at most 1,000,000 users in all.*totalUsers/s],
      [{ users: 100_000, accounts: 11 }, /400.*at most 1,000,000 users in all.*users/s],
      [{ totalUsers: 200_001, accounts: 2 }, /400.*at most 100,000 users in one account.*totalUsers/s],
      [{ users: 1, totalUsers: 1 }, /400.*exactly one of users/],
      [{ accounts: 2 }, /400.*exactly one of users/],
    ] as const) {
      await assert.rejects(emulator.control('POST', '/seed', { set: 'generated', ...body }), message);
    }
    assert.equal(emulator.store.accounts.size, before);
  });
});

describe('a generated set of 1,000 accounts, swept as a directory index would', () => {
  const TOTAL = 10_007;
  let emulator: TestEmulator;
  let accountIds: string[];
  before(async () => {
    emulator = await startTestEmulator();
    ({ accountIds } = await emulator.control<{ accountIds: string[] }>('POST', '/seed', {
      set: 'generated',
      totalUsers: TOTAL,
      accounts: 1000,
      namePrefix: 'Directory',
    }));
  });
  after(() => emulator.close());

  it('when ListAccounts is paged 200 at a time through the SDK, then every account arrives once, in five pages', async () => {
    const chime = emulator.client();
    const pages: string[][] = [];
    for await (const page of paginateListAccounts({ client: chime, pageSize: 200 }, {})) {
      pages.push((page.Accounts ?? []).map((account) => account.AccountId ?? ''));
    }
    assert.deepEqual(
      pages.map((page) => page.length),
      [200, 200, 200, 200, 200],
    );
    assert.deepEqual(pages.flat(), accountIds);
  });

  it('when each account is listed with ListUsers, then the counts sum to the total and every email is unique', async () => {
    const chime = emulator.client();
    const sizes: number[] = [];
    const emails = new Set<string>();
    for (const AccountId of accountIds) {
      const { Users = [], NextToken } = await chime.send(new ListUsersCommand({ AccountId, MaxResults: 200 }));
      assert.equal(NextToken, undefined);
      sizes.push(Users.length);
      for (const user of Users) emails.add(user.PrimaryEmail ?? '');
    }
    assert.deepEqual(sizes, [...Array<number>(7).fill(11), ...Array<number>(993).fill(10)]);
    assert.equal(emails.size, TOTAL);
  });

  it('when ListAccounts filters by a name prefix, then only the accounts whose name starts with it answer', async () => {
    const { Accounts = [] } = await emulator.client().send(new ListAccountsCommand({ Name: 'Directory 99', MaxResults: 200 }));
    assert.deepEqual(
      Accounts.map((account) => account.Name),
      ['Directory 99', ...Array.from({ length: 10 }, (_, i) => `Directory ${990 + i}`)],
    );
  });
});

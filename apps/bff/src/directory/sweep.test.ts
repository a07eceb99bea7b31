import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { CountersSnapshot } from '@chime-console/chime-emulator';
import type { ChimeGateway } from '../chime/index.ts';
import { AppError } from '../http/app-error.ts';
import { forEachDatabase } from '../testing/databases.ts';
import { waitUntil } from '../testing/job-helpers.ts';
import { startGatewayUnderTest, type GatewayUnderTest } from '../testing/gateway-under-test.ts';
import { upsertAccounts } from './index-writes.ts';
import { claimDueAccount, releaseAccount } from './sweep-claims.ts';
import { sweepAccount, type SweepContext } from './sweep.ts';

const OWNER = 'sweep-test';
/** 450 users: three pages of 200. */
const USERS = 450;

let chime: GatewayUnderTest;
let accountId: string;
before(async () => {
  chime = await startGatewayUnderTest({ seed: { set: 'generated', users: USERS } });
  [accountId = ''] = (await chime.gateway.listAccounts({ maxResults: 1 })).items.map((account) => account.id);
});
after(() => chime.close());

const listUsersCalls = async () => (await chime.emulator.control<CountersSnapshot>('GET', '/counters')).operations.ListUsers?.requests ?? 0;

/** A pacer that lets every call go, and runs `before(n)` before the n-th (from 1). */
const hooked = (before: (call: number) => Promise<void>): SweepContext['pacer'] => {
  let calls = 0;
  return { acquire: () => before(++calls), throttled: () => undefined };
};

forEachDatabase('an account sweep that Chime fails mid-way', (context) => {
  const index = async () => {
    const [row] = await context.db.query<{ users: number; swept: Date | null; token: string | null }>(
      `SELECT (SELECT count(*)::int FROM directory_users) AS users, users_swept_at AS swept, sweep_token AS token
       FROM directory_accounts WHERE account_id = $1`,
      [accountId],
    );
    return row;
  };
  const sweepWith = async (gateway: ChimeGateway, pacer?: SweepContext['pacer']) => {
    const claim = await claimDueAccount(context.db, OWNER, 30);
    assert.ok(claim, 'the account is due');
    const run = { db: context.db, chime: gateway, pacer, owner: OWNER, leaseSeconds: 30, everySeconds: 0 };
    return { claim, outcome: sweepAccount(run, claim) };
  };

  before(async () => {
    await chime.emulator.control('DELETE', '/faults');
  });

  for (const failure of [
    {
      name: 'a 5xx',
      faults: { errorRate: 1, times: 1, statuses: [503], operations: ['ListUsers'] },
      gateway: () => chime.gatewayWith({ maxAttempts: 1 }),
    },
    {
      name: 'no answer (frozen past the budget)',
      faults: { latencyMs: 2_000, operations: ['ListUsers'] },
      gateway: () => chime.gatewayWith({ maxAttempts: 1 }, { budgetMs: 300 }),
    },
  ]) {
    it(`when reading the second page gets ${failure.name}, then the claim keeps its place and the next sweep reads only the pages left`, async () => {
      await upsertAccounts(context.db, [await chime.gateway.getAccount(accountId)], new Date());
      await chime.emulator.control('DELETE', '/counters');
      const gateway = failure.gateway();
      const first = await sweepWith(
        gateway,
        hooked(async (call) => {
          if (call === 2) await chime.emulator.control('PUT', '/faults', failure.faults);
        }),
      );
      await assert.rejects(first.outcome, (error: unknown) => error instanceof AppError && error.retryable);
      await chime.emulator.control('DELETE', '/faults');
      const stopped = await index();
      assert.deepEqual([stopped?.users, stopped?.swept], [200, null], 'the first page is kept, the account not yet swept');
      assert.ok(stopped?.token !== null, 'the place of the second page is kept');
      await releaseAccount(context.db, first.claim, OWNER, 0);

      const second = await sweepWith(gateway);
      assert.equal(await second.outcome, 'finished');
      const done = await index();
      assert.deepEqual([done?.users, done?.token], [USERS, null]);
      assert.ok(done?.swept !== null);
      // The first page once, the failed second, then the second and third: no page read twice over.
      // A frozen call is counted when the emulator finally answers it, after the client gave up.
      await waitUntil(async () => (await listUsersCalls()) >= 4, 5_000);
      assert.equal(await listUsersCalls(), 4);
    });
  }
});

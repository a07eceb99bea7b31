import assert from 'node:assert/strict';
import { it } from 'node:test';
import { forEachDatabase } from '../testing/databases.ts';
import { UpstreamBudget } from './upstream-budget.ts';

const settings = { rate: 50, burst: 5, lookupRate: 50 };

/** Times `calls` acquisitions spread over `pacers` (replicas) at once take, in ms. */
async function timeCalls(pacers: { acquire: (operation: string) => Promise<void> }[], calls: number, operation = 'InviteUsers') {
  const started = performance.now();
  await Promise.all(
    pacers.map(async (pacer, index) => {
      for (let call = index; call < calls; call += pacers.length) await pacer.acquire(operation);
    }),
  );
  return performance.now() - started;
}

forEachDatabase('the upstream budget', (context) => {
  it('when more calls than the burst are made, then they are spread at the rate, a little under the limit', async () => {
    const elapsed = await timeCalls([new UpstreamBudget(context.db, settings).pacer('jobs')], 15);
    // 5 go at once, the other 10 at 49/s: about 204 ms.
    assert.ok(elapsed >= 190, `took ${elapsed} ms`);
    assert.ok(elapsed < 700, `took ${elapsed} ms`);
  });

  it('when three replicas share it, then together they keep to the one rate', async () => {
    const replicas = [0, 1, 2].map(() => new UpstreamBudget(context.db, settings).pacer('jobs'));
    const elapsed = await timeCalls(replicas, 30);
    // 5 at once, 25 more at 49/s: about 510 ms; three budgets of their own would take a third of that.
    assert.ok(elapsed >= 480, `took ${elapsed} ms`);
  });

  it('when Chime throttles, then every replica slows down and waits out Retry-After; granted calls bring the rate back', async () => {
    const one = new UpstreamBudget(context.db, { rate: 10, burst: 10, lookupRate: 50 });
    const other = new UpstreamBudget(context.db, { rate: 10, burst: 10, lookupRate: 50 });
    await one.pacer('jobs').acquire('BatchUpdateUser');
    one.throttled('BatchUpdateUser', 0.3);
    await waitFor(async () => (await other.currentRate('BatchUpdateUser')) < 7);
    const started = performance.now();
    await other.pacer('jobs').acquire('BatchUpdateUser');
    assert.ok(performance.now() - started >= 250, 'the other replica waited for Retry-After too');
    assert.equal(await other.currentRate('InviteUsers'), 9.8, 'operations are paced apart');
    for (let i = 0; i < 20; i++) await other.pacer('jobs').acquire('BatchUpdateUser');
    assert.equal(await other.currentRate('BatchUpdateUser'), 9.8);
  });

  it('when people and jobs use the budget, then the sweep waits until they leave it idle', async () => {
    const budget = new UpstreamBudget(context.db, { rate: 20, burst: 5, lookupRate: 20 });
    const order: string[] = [];
    const job = (async () => {
      for (let i = 0; i < 10; i++) {
        await budget.pacer('jobs').acquire('ListUsers');
        order.push('job');
      }
    })();
    // The job has booked its burst by the time the sweep asks.
    await budget.pacer('jobs').acquire('ListUsers');
    order.push('job');
    await budget.pacer('sweep').acquire('ListUsers');
    order.push('sweep');
    await job;
    assert.equal(order.at(-1), 'sweep', `the sweep went before the job's queue: ${order.join(' ')}`);
  });

  it('when a person calls Chime, then the call is never paced but jobs book after it', async () => {
    const budget = new UpstreamBudget(context.db, { rate: 10, burst: 1, lookupRate: 10 });
    for (let i = 0; i < 5; i++) budget.spent('ResetPersonalPIN');
    await budget.stop();
    const started = performance.now();
    await budget.pacer('jobs').acquire('ResetPersonalPIN');
    const waited = performance.now() - started;
    assert.ok(waited >= 400, `the job waited ${waited} ms behind five interactive calls at 10/s`);
  });
});

async function waitFor(condition: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not reached in 5 s');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

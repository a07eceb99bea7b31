import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBulkBff, type Api } from '../bulk/bulk-stack.ts';
import { LIMIT, callsOf, settled, type Counters, type JobAnswer } from '../bulk/run-job.ts';
import { percentile } from '../bff/stats.ts';
import type { RunningChild } from '../lib/child.ts';
import type { Figure } from '../lib/figures.ts';
import { openDatabase } from './bff-modules.ts';
import { BUDGET_ENV, describeCalls, startThrottledEmulator } from './throttled-emulator.ts';

/** The local PostgreSQL the project's tests use; BENCH_DATABASE_URL points elsewhere. */
const DATABASE_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const REPLICAS = 3;
const EMAILS_PER_JOB = 2500;
const CALLS = (REPLICAS * EMAILS_PER_JOB) / 50;
const PAGE_REQUESTS = 30;
/** Users pages are asked a few times a second, as people would: never enough to exceed ListUsers' own limit. */
const PAGE_EVERY_MS = 400;

/**
 * Three BFF replicas on one PostgreSQL schema (dropped after), each running an invite job of 2,500
 * emails into its own Team account, InviteUsers limited to 10 calls/s for the whole deployment: the
 * shared budget should keep the three from tripping Chime's limit, finish all three as fast as the
 * limit allows, and leave a person's users page as quick as when nothing runs.
 */
export async function replicaJobs(): Promise<Figure[]> {
  const children: RunningChild[] = [];
  const schema = `bench_jobs_${randomBytes(6).toString('hex')}`;
  const db = await openDatabase({ url: DATABASE_URL, dataDir: 'unused', schema });
  try {
    const { emulator, control } = await startThrottledEmulator(`generated:${REPLICAS * 100}:accounts=${REPLICAS}`, children);
    const url = new URL(DATABASE_URL);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const replicas: Api[] = [];
    // One after the other: the first migrates the schema and creates the admin the others find.
    for (let n = 0; n < REPLICAS; n++) {
      const env = { ...BUDGET_ENV, DATABASE_URL: url.href, DIRECTORY_SWEEP_SECONDS: '0' };
      replicas.push((await startBulkBff(emulator.url, 'unused', children, env)).api);
    }
    const [viewer] = replicas;
    if (viewer === undefined) throw new Error('no replica started');
    const { items: accounts } = (await viewer('GET', `/api/accounts?pageSize=${REPLICAS + 1}`)) as { items: { id: string }[] };
    if (accounts.length !== REPLICAS) throw new Error(`expected ${REPLICAS} generated accounts, got ${accounts.length}`);
    const usersPage = `/api/accounts/${accounts[0]?.id ?? ''}/users?pageSize=50`;

    const idle = await timePages(viewer, usersPage);
    await control('DELETE', '/counters');
    const started = performance.now();
    const jobs = await Promise.all(
      replicas.map(async (api, n) => {
        const emails = Array.from({ length: EMAILS_PER_JOB }, (_, i) => `replica${n}-invitee${i}@directory-bench.example`);
        return (await api('POST', `/api/accounts/${accounts[n]?.id ?? ''}/jobs`, { kind: 'invite', emails })) as JobAnswer;
      }),
    );
    const [busy, done] = await Promise.all([
      timePages(viewer, usersPage),
      Promise.all(jobs.map(async (job, n) => settled(replicas[n] ?? viewer, job))),
    ]);
    const wallSeconds = (performance.now() - started) / 1000;
    const counters = (await control('GET', '/counters')) as Counters;
    const invites = callsOf(counters, 'InviteUsers');
    const ok = done.reduce((sum, job) => sum + job.counts.ok, 0);
    if (ok !== REPLICAS * EMAILS_PER_JOB)
      throw new Error(`the jobs invited ${ok} of ${REPLICAS * EMAILS_PER_JOB}: ${JSON.stringify(done)}`);
    return [
      {
        name: 'replicaJobs.throttledShare',
        value: (invites.throttled / Math.max(1, invites.requests)) * 100,
        unit: '%',
        goal: { on: 'value', atMost: 1 },
        note: `${invites.throttled} of ${invites.requests} InviteUsers calls answered 429; ${describeCalls(counters)}`,
      },
      {
        name: 'replicaJobs.wallTime',
        value: wallSeconds,
        unit: 's',
        baseline: { label: `optimum ${CALLS} calls / ${LIMIT.rate} s`, value: CALLS / LIMIT.rate },
        goal: { on: 'ratio', atMost: 1.1 },
        note: `${REPLICAS} replicas, one job of ${EMAILS_PER_JOB.toLocaleString('en-US')} emails each, from creation until all are done`,
      },
      {
        name: 'replicaJobs.usersPageP50',
        value: percentile(busy, 0.5),
        unit: 'ms',
        baseline: { label: 'idle p50', value: percentile(idle, 0.5) },
        goal: { on: 'ratio', atMost: 1.5 },
        note: `${PAGE_REQUESTS} pages of 50 (ListUsers from Chime), one every ${PAGE_EVERY_MS} ms; p95 busy ${percentile(busy, 0.95).toFixed(1)} ms, idle ${percentile(idle, 0.95).toFixed(1)} ms`,
        samples: busy,
      },
    ];
  } finally {
    await Promise.all(children.map((child) => child.stop()));
    await db.exec(`DROP SCHEMA ${schema} CASCADE`).finally(() => db.close());
  }
}

/** The users page asked PAGE_REQUESTS times, one at a time, PAGE_EVERY_MS apart; each answer's time. */
async function timePages(api: Api, path: string): Promise<number[]> {
  const times: number[] = [];
  for (let n = 0; n < PAGE_REQUESTS; n++) {
    const started = performance.now();
    const page = (await api('GET', path)) as { items: unknown[] };
    times.push(performance.now() - started);
    if (page.items.length !== 50) throw new Error(`the users page held ${page.items.length} users`);
    await sleep(PAGE_EVERY_MS - (performance.now() - started));
  }
  return times;
}

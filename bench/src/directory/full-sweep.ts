import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { startBulkBff, type Api } from '../bulk/bulk-stack.ts';
import { LIMIT, callsOf, type Counters } from '../bulk/run-job.ts';
import { MB } from '../bff/stats.ts';
import type { RunningChild } from '../lib/child.ts';
import type { Figure } from '../lib/figures.ts';
import { readRss, sampleRss } from '../lib/rss.ts';
import { BUDGET_ENV, describeCalls, startThrottledEmulator } from './throttled-emulator.ts';

const ACCOUNTS = 1000;
const USERS = 100_000;
const POLL_MS = 500;
const GIVE_UP_MS = 600_000;

interface DirectoryStatus {
  accounts: number;
  users: number;
  accountsSwept: number;
}

/**
 * The first sweep of 1,000 accounts of 100 users each (PGlite in a temporary directory), every
 * Chime operation limited to 10 calls/s and the BFF's budget set to match: wall time from the BFF's
 * start until every account is swept, against every page read back to back at the limit.
 */
export async function fullSweep(): Promise<Figure[]> {
  const children: RunningChild[] = [];
  const dataDir = await mkdtemp(join(tmpdir(), 'directory-bench-'));
  try {
    const { emulator, control } = await startThrottledEmulator(`generated:${USERS}:accounts=${ACCOUNTS}`, children);
    const started = performance.now();
    // The first sweep starts with the BFF; an hour between sweeps keeps it to one.
    const { bff, api } = await startBulkBff(emulator.url, dataDir, children, { ...BUDGET_ENV, DIRECTORY_SWEEP_SECONDS: '3600' });
    const listenedAt = (performance.now() - started) / 1000;
    const rssBefore = readRss(bff.pid);
    const sampler = sampleRss(bff.pid);
    const status = await sweptEverything(api);
    const wallSeconds = (performance.now() - started) / 1000;
    const rss = sampler.stop();
    const counters = (await control('GET', '/counters')) as Counters;
    if (status.users !== USERS) throw new Error(`the sweep indexed ${status.users} users of ${USERS}`);
    const listAccounts = callsOf(counters, 'ListAccounts');
    const listUsers = callsOf(counters, 'ListUsers');
    const pages = listAccounts.succeeded + listUsers.succeeded;
    const throttled = Object.keys(counters.operations).reduce((sum, operation) => sum + callsOf(counters, operation).throttled, 0);
    return [
      {
        name: 'sweep.full1000x100.wallTime',
        value: wallSeconds,
        unit: 's',
        baseline: {
          label: `optimum (${listAccounts.succeeded} + ${listUsers.succeeded} pages) / ${LIMIT.rate} s`,
          value: pages / LIMIT.rate,
        },
        goal: { on: 'ratio', atMost: 1.1 },
        note: `from the BFF's start (listening after ${listenedAt.toFixed(1)} s) until ${ACCOUNTS} accounts are swept; ${describeCalls(counters)}`,
      },
      {
        name: 'sweep.full1000x100.rssGrowth',
        value: (rss.peak - rssBefore) / MB,
        unit: 'MB',
        goal: { on: 'value', atMost: 100 },
        note: `BFF VmRSS ${(rssBefore / MB).toFixed(0)} MB once listening, peak ${(rss.peak / MB).toFixed(0)} MB over ${rss.samples} samples`,
      },
      {
        name: 'sweep.full1000x100.throttled',
        value: throttled,
        unit: 'calls',
        goal: { on: 'value', atMost: 0 },
        note: 'answered 429 (emulator counters)',
      },
    ];
  } finally {
    await Promise.all(children.map((child) => child.stop()));
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** Polls the directory status until every account is listed and swept. */
async function sweptEverything(api: Api): Promise<DirectoryStatus> {
  const deadline = performance.now() + GIVE_UP_MS;
  for (;;) {
    const status = (await api('GET', '/api/directory/status')) as DirectoryStatus;
    if (status.accounts === ACCOUNTS && status.accountsSwept === ACCOUNTS) return status;
    if (performance.now() > deadline) throw new Error(`the sweep did not finish in ${GIVE_UP_MS / 1000} s: ${JSON.stringify(status)}`);
    await sleep(POLL_MS);
  }
}

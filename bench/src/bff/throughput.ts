import type { RunningChild } from '../lib/child.ts';
import type { Figure } from '../lib/figures.ts';
import { httpRequest } from '../lib/http.ts';
import { arrayMember } from '../lib/json.ts';
import { measureLoad, type LoadOptions, type LoadResult, type LoadTarget } from '../lib/load.ts';
import { launchBareSdkServer, startStack, stopAll, type BffStack } from './stack.ts';

const USERS = 1000;
const PAGE_SIZE = 100;
const ROUNDS = 2;
const LOAD: LoadOptions = { connections: 20, warmupSeconds: 1, durationSeconds: 6 };

type Side = 'bare' | 'bff';

/**
 * The users page through the BFF under 20 concurrent connections, against a bare node:http server
 * making the same SDK call to the same emulator; alternating, best of two, like the emulator suite.
 */
export async function usersPageThroughput(): Promise<Figure[]> {
  const children: RunningChild[] = [];
  let stack: BffStack | undefined;
  try {
    stack = await startStack(USERS, children);
    const bare = await launchBareSdkServer(stack);
    const targets: Record<Side, LoadTarget> = {
      bare: { label: 'bare node:http + SDK', url: `${bare.url}/` },
      bff: {
        label: 'BFF users page',
        url: `${stack.bff.url}/api/accounts/${stack.accountId}/users?pageSize=${PAGE_SIZE}`,
        headers: { cookie: stack.cookie, accept: 'application/json' },
      },
    };
    for (const side of ['bare', 'bff'] as const) await expectPage(targets[side]);

    const runs: Record<Side, LoadResult[]> = { bare: [], bff: [] };
    // Alternating spreads the machine's noise over both sides; the best run of each is kept.
    for (let round = 0; round < ROUNDS; round++) {
      runs.bare.push(await measureLoad(targets.bare, LOAD));
      runs.bff.push(await measureLoad(targets.bff, LOAD));
    }
    return toFigures(runs.bff, runs.bare);
  } finally {
    await stopAll(stack, children);
  }
}

/** Both sides must answer the same 100 users before their speeds are compared. */
async function expectPage(target: LoadTarget): Promise<void> {
  const response = await httpRequest(new URL(target.url), 'GET', target.headers ?? {});
  const items = response.status === 200 ? arrayMember(JSON.parse(response.body.toString()), 'items')?.length : undefined;
  if (items !== PAGE_SIZE) throw new Error(`${target.label} answered ${response.status} with ${items} items`);
}

function toFigures(bffRuns: LoadResult[], bareRuns: LoadResult[]): Figure[] {
  const bff = best(bffRuns);
  const bare = best(bareRuns);
  const label = 'bare node:http + SDK';
  const load = `${LOAD.connections} connections, ${LOAD.durationSeconds} s, best of ${ROUNDS}`;
  const non2xx = [...bffRuns, ...bareRuns].reduce((sum, run) => sum + run.non2xx + run.errors, 0);
  return [
    {
      name: 'usersPage.requestsPerSecond',
      value: bff.requestsPerSecond,
      unit: 'req/s',
      baseline: { label, value: bare.requestsPerSecond },
      goal: { on: 'ratio', atLeast: 0.75 },
      samples: bffRuns.map((run) => run.requestsPerSecond),
      note: `${load}, bare samples ${bareRuns.map((run) => Math.round(run.requestsPerSecond)).join('/')}`,
    },
    { name: 'usersPage.loadLatencyP50', value: bff.p50Ms, unit: 'ms', baseline: { label, value: bare.p50Ms } },
    { name: 'usersPage.loadLatencyP99', value: bff.p99Ms, unit: 'ms', baseline: { label, value: bare.p99Ms } },
    {
      name: 'usersPage.non2xx',
      value: non2xx,
      unit: 'responses',
      goal: { on: 'value', atMost: 0 },
      note: `non-2xx answers and socket errors over every measured run of both sides, of ${[...bffRuns, ...bareRuns].reduce((sum, run) => sum + run.requests, 0)} requests`,
    },
  ];
}

function best(runs: LoadResult[]): LoadResult {
  const [first, ...rest] = runs;
  if (first === undefined) throw new Error('no load runs');
  return rest.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a), first);
}

import { launchChild, type RunningChild } from '../lib/child.ts';
import type { Figure } from '../lib/figures.ts';
import { httpRequest } from '../lib/http.ts';
import { arrayMember, isRecord } from '../lib/json.ts';
import { measureLoad, type LoadOptions, type LoadResult, type LoadTarget } from '../lib/load.ts';
import { signChimeRequest } from '@chime-console/chime-emulator/testing';
import { BENCH_CREDENTIALS, EMULATOR_CLI, credentialArgs, emulatorNodeArgs, localScript } from './paths.ts';

const USERS = 1000;
const PAGE_SIZE = 100;
const ROUNDS = 2;
const LOAD: LoadOptions = { connections: 20, warmupSeconds: 2, durationSeconds: 8 };

/** ListUsers (100 per page) on the emulator against node:http serving the same bytes, each in its own process. */
export async function listUsersThroughput(): Promise<Figure[]> {
  const children: RunningChild[] = [];
  try {
    const emulator = await launchChild(EMULATOR_CLI, ['--port', '0', '--seed', `generated:${USERS}`, ...credentialArgs], {
      name: 'emulator',
      nodeArgs: emulatorNodeArgs(),
    });
    children.push(emulator);
    const endpoint = new URL(emulator.url);
    const accountId = await onlyAccountId(endpoint);
    // Signed once and replayed: the emulator accepts a signature for 15 minutes.
    const signed = await signChimeRequest(endpoint.origin, BENCH_CREDENTIALS, {
      method: 'GET',
      path: `/accounts/${accountId}/users`,
      query: { 'max-results': String(PAGE_SIZE) },
    });
    const page = await httpRequest(new URL(signed.url), 'GET', signed.headers);
    if (page.status !== 200) throw new Error(`ListUsers answered ${page.status}: ${page.body.toString()}`);
    const users = countUsers(page.body);
    if (users !== PAGE_SIZE) throw new Error(`ListUsers returned ${users} users, expected ${PAGE_SIZE}`);

    const bare = await launchChild(localScript('bare-server.ts'), [], { name: 'bare server', stdin: page.body });
    children.push(bare);

    const targets: Record<'bare' | 'emulator', LoadTarget> = {
      bare: { label: 'bare node:http', url: `${bare.url}/` },
      emulator: { label: 'emulator ListUsers', url: signed.url, headers: signed.headers },
    };
    const runs: Record<'bare' | 'emulator', LoadResult[]> = { bare: [], emulator: [] };
    // Alternating spreads the machine's noise over both sides; the best run of each is kept.
    for (let round = 0; round < ROUNDS; round++) {
      runs.bare.push(await measureLoad(targets.bare, LOAD));
      runs.emulator.push(await measureLoad(targets.emulator, LOAD));
    }
    return toFigures(runs.emulator, runs.bare, page.body.length);
  } finally {
    await Promise.all(children.map((child) => child.stop()));
  }
}

function toFigures(emulatorRuns: LoadResult[], bareRuns: LoadResult[], bodyBytes: number): Figure[] {
  const emulator = best(emulatorRuns);
  const bare = best(bareRuns);
  const label = 'bare node:http';
  const load = `${LOAD.connections} connections, ${LOAD.durationSeconds} s, best of ${ROUNDS}`;
  return [
    {
      name: 'listUsers.requestsPerSecond',
      value: emulator.requestsPerSecond,
      unit: 'req/s',
      baseline: { label, value: bare.requestsPerSecond },
      goal: { on: 'ratio', atLeast: 0.5 },
      samples: emulatorRuns.map((run) => run.requestsPerSecond),
      note: `${load}, ${bodyBytes} B body, bare samples ${bareRuns.map((run) => Math.round(run.requestsPerSecond)).join('/')}`,
    },
    { name: 'listUsers.latencyP50', value: emulator.p50Ms, unit: 'ms', baseline: { label, value: bare.p50Ms } },
    { name: 'listUsers.latencyP99', value: emulator.p99Ms, unit: 'ms', baseline: { label, value: bare.p99Ms } },
  ];
}

function best(runs: LoadResult[]): LoadResult {
  const [first, ...rest] = runs;
  if (first === undefined) throw new Error('no load runs');
  return rest.reduce((a, b) => (b.requestsPerSecond > a.requestsPerSecond ? b : a), first);
}

async function onlyAccountId(endpoint: URL): Promise<string> {
  const signed = await signChimeRequest(endpoint.origin, BENCH_CREDENTIALS, { method: 'GET', path: '/accounts' });
  const response = await httpRequest(new URL(signed.url), 'GET', signed.headers);
  if (response.status !== 200) throw new Error(`ListAccounts answered ${response.status}: ${response.body.toString()}`);
  const accounts = arrayMember(JSON.parse(response.body.toString()), 'Accounts') ?? [];
  const [account] = accounts;
  if (accounts.length !== 1 || !isRecord(account) || typeof account.AccountId !== 'string') {
    throw new Error(`expected exactly one seeded account, ListAccounts said ${response.body.toString().slice(0, 200)}`);
  }
  return account.AccountId;
}

function countUsers(body: Buffer): number {
  return arrayMember(JSON.parse(body.toString()), 'Users')?.length ?? -1;
}

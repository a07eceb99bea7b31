import { Agent } from 'node:http';
import { ListUsersCommand } from '@aws-sdk/client-chime';
import type { RunningChild } from '../lib/child.ts';
import type { Figure } from '../lib/figures.ts';
import { httpRequest } from '../lib/http.ts';
import { arrayMember } from '../lib/json.ts';
import { percentile } from './stats.ts';
import { launchBareSdkServer, startStack, stopAll, type BffStack } from './stack.ts';

const USERS = 1000;
const PAGE_SIZE = 100;
const WARMUP_ROUNDS = 50;
const ROUNDS = 300;

const SIDES = ['bff', 'direct', 'hop'] as const;
type Side = (typeof SIDES)[number];

/**
 * A users page of 100 through the BFF (HTTP, session cookie, keep-alive) against the same page by a
 * direct SDK call from the bench to the same emulator. Sequential, one of each per round, the order
 * rotating every round so every side shares the machine's noise.
 *
 * A third side, for diagnosis only: the same page through the bare node:http + SDK server, i.e.
 * the cost of any extra HTTP hop in front of the SDK, without anything the BFF does itself.
 */
export async function pageLatency(): Promise<Figure[]> {
  const children: RunningChild[] = [];
  let stack: BffStack | undefined;
  const agents = { bff: new Agent({ keepAlive: true, maxSockets: 1 }), hop: new Agent({ keepAlive: true, maxSockets: 1 }) };
  try {
    stack = await startStack(USERS, children);
    const bare = await launchBareSdkServer(stack);
    const headers = { cookie: stack.cookie, accept: 'application/json' };
    const pages: Record<Side, () => Promise<number>> = {
      bff: httpPage('BFF', new URL(`/api/accounts/${stack.accountId}/users?pageSize=${PAGE_SIZE}`, stack.bff.url), headers, agents.bff),
      direct: directPage(stack),
      hop: httpPage('bare SDK server', new URL('/', bare.url), {}, agents.hop),
    };
    const times: Record<Side, number[]> = { bff: [], direct: [], hop: [] };
    for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
      for (let turn = 0; turn < SIDES.length; turn++) {
        const side = SIDES[(round + turn) % SIDES.length] as Side;
        const ms = await pages[side]();
        if (round >= WARMUP_ROUNDS) times[side].push(ms);
      }
    }
    return toFigures(times);
  } finally {
    agents.bff.destroy();
    agents.hop.destroy();
    await stopAll(stack, children);
  }
}

/** One timed GET of a users page, JSON parse included (the SDK's time includes its parse too). */
function httpPage(label: string, url: URL, headers: Record<string, string>, agent: Agent): () => Promise<number> {
  return async () => {
    const started = performance.now();
    const response = await httpRequest(url, 'GET', headers, undefined, agent);
    const body: unknown = JSON.parse(response.body.toString());
    const elapsed = performance.now() - started;
    const items = arrayMember(body, 'items')?.length;
    if (response.status !== 200 || items !== PAGE_SIZE) {
      throw new Error(`${label} users page answered ${response.status} with ${items} items: ${response.body.toString().slice(0, 300)}`);
    }
    return elapsed;
  };
}

function directPage(stack: BffStack): () => Promise<number> {
  return async () => {
    const started = performance.now();
    const output = await stack.sdk.send(new ListUsersCommand({ AccountId: stack.accountId, MaxResults: PAGE_SIZE }));
    const elapsed = performance.now() - started;
    if (output.Users?.length !== PAGE_SIZE) throw new Error(`direct ListUsers returned ${output.Users?.length} users`);
    return elapsed;
  };
}

function toFigures(times: Record<Side, number[]>): Figure[] {
  const label = 'direct SDK ListUsers';
  const p50 = (side: Side) => percentile(times[side], 0.5);
  const p90 = (side: Side) => percentile(times[side], 0.9);
  const difference = p50('bff') - p50('direct');
  const signed = (ms: number) => `${ms >= 0 ? '+' : ''}${ms.toFixed(2)} ms`;
  const runs = `${ROUNDS} sequential rounds after ${WARMUP_ROUNDS} warm-up, ${USERS} users, page of ${PAGE_SIZE}`;
  return [
    {
      name: 'usersPage.latencyP50',
      value: p50('bff'),
      unit: 'ms',
      baseline: { label, value: p50('direct') },
      goal: { on: 'ratio', atMost: 1.15, orExcessAtMost: 1 },
      note: `${signed(difference)}; ${runs}`,
    },
    { name: 'usersPage.latencyP50Difference', value: difference, unit: 'ms', note: 'BFF p50 minus direct SDK p50' },
    { name: 'usersPage.latencyP90', value: p90('bff'), unit: 'ms', baseline: { label, value: p90('direct') } },
    {
      name: 'usersPage.bareHopLatencyP50',
      value: p50('hop'),
      unit: 'ms',
      baseline: { label, value: p50('direct') },
      note: `the same page through bare node:http + SDK (${signed(p50('hop') - p50('direct'))}): any extra HTTP hop's share; the BFF's own is ${signed(p50('bff') - p50('hop'))}`,
    },
  ];
}
